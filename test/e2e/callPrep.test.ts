import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { offLimitsMissing } from '../../src/shared/domain/checklist'
import { localIsoDate } from '../../src/shared/domain/research'
import { launchChromium, saveScreenshot, screenshotDir, startBrowserMode, type RunningApp, invokeChannel } from '../support/browserMode'

let app: RunningApp
let browser: Browser
let page: Page
let accountId = ''

const accountName = 'Kestrel Freight'
const questions = ['How do you plan routes today?', 'What happens when a driver calls in sick?', 'Walk me through how a new customer is onboarded.']
const opener =
  'Hi Dana, this is Sam at Brightline. Dispatch teams like yours often lose hours re-planning when drivers call in sick. How do you handle that today?'
const productVoicemail =
  'Hi Dana, this is Sam from Brightline. Our superior routing system is the best on the market and our clients love us. Call me back.'
const prospectVoicemail =
  "Hi Dana, this is Sam Reyes at Brightline. Dispatch teams like yours often lose hours each week re-planning routes when drivers call in sick. You could cut that re-planning time roughly in half. I'll call you again on Thursday at 10. If it isn't a priority right now, just tell me and I won't follow up."

beforeAll(async () => {
  // A fresh data folder: nothing on file until the rep adds it.
  app = await startBrowserMode()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } })
  await page.goto(app.url)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const invoke = <T = unknown>(channel: string, payload: unknown): Promise<T> => invokeChannel<T>(app, channel, payload)

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0
}

async function go(hash: string) {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`)
}

async function openTab(name: string) {
  await page.getByRole('tablist', { name: 'Preparation steps' }).getByRole('tab', { name }).click()
  await expect.poll(() => page.getByRole('tab', { name, selected: true }).isVisible()).toBe(true)
}

function checklist(): Locator {
  return page.getByRole('list', { name: 'Pre-call checklist' })
}

function rule(label: RegExp): Locator {
  return checklist().getByRole('listitem').filter({ hasText: label })
}

function targetRow(): Locator {
  return page.locator('.target-row').filter({ hasText: accountName })
}

describe('taking one target from empty to ready, then to the phone', () => {
  it('adds an account and puts it on the target list, where it is not ready yet', async () => {
    await go('#/accounts')
    await page.getByRole('button', { name: 'Add your first account' }).click()
    await page.getByLabel('Name').fill(accountName)
    await page.getByLabel('Industry').fill('Logistics')
    await page.getByRole('button', { name: 'Add account' }).click()
    await expect.poll(() => page.getByRole('cell', { name: accountName, exact: true }).isVisible()).toBe(true)

    await go('#/universe')
    await page.getByRole('searchbox', { name: 'Search the universe' }).fill('Kestrel')
    await page.getByRole('checkbox', { name: `Select ${accountName}` }).check()
    await page.getByRole('button', { name: 'Add to target list' }).click()

    await go('#/targets')
    await expect.poll(() => targetRow().isVisible()).toBe(true)
    const readiness = targetRow().getByRole('button', { name: `Not ready: 7 things missing for ${accountName}` })
    await expect.poll(() => readiness.isVisible()).toBe(true)
    await readiness.click()
    const missing = page.getByRole('list', { name: `Missing for ${accountName}` }).getByRole('listitem')
    await expect.poll(() => missing.count()).toBe(7)
    expect(await missing.first().textContent()).toBe('Add at least one research note about the company, with where it came from.')
    await page.keyboard.press('Escape')

    // Nothing is ready, so the queue explains how a target gets there.
    await page.getByRole('navigation').getByRole('link', { name: /^Call queue/ }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'No target is ready to call yet' }).isVisible()).toBe(true)
    expect(await page.getByText('at least three open questions in the call plan').isVisible()).toBe(true)

    // Call prep with no target chosen offers the target list to pick from.
    await page.getByRole('navigation').getByRole('link', { name: /^Call prep/ }).click()
    const picker = page.getByRole('list', { name: 'Targets to prepare' }).getByRole('link', { name: new RegExp(`^${accountName}`) })
    await expect.poll(() => picker.isVisible()).toBe(true)
    expect(await picker.textContent()).toContain('No next step yet')
    await picker.click()
    await expect.poll(() => page.url()).toMatch(/#\/prep\/[0-9a-f-]{36}$/)

    await go('#/targets')
    await targetRow().getByRole('link', { name: accountName }).click()
    await expect.poll(() => page.url()).toMatch(/#\/prep\/[0-9a-f-]{36}$/)
    accountId = /#\/prep\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? ''
    expect(accountId).not.toBe('')
  })

  it('shows the checklist as the last prep tab, every rule crossed, each linking to where it is fixed', async () => {
    // The prep screen loads on demand, so wait for its tabs rather than reading them at once.
    const tabs = page.getByRole('tablist', { name: 'Preparation steps' }).getByRole('tab')
    await expect.poll(async () => (await tabs.allTextContents()).at(-1)).toBe('Checklist')
    await openTab('Checklist')
    await expect.poll(() => checklist().getByRole('listitem').count()).toBe(7)
    expect(await checklist().getByText('Done:', { exact: true }).count()).toBe(0)
    expect(await page.getByRole('status').filter({ hasText: 'Not ready' }).isVisible()).toBe(true)
    await saveScreenshot(page, 'checklist-empty')

    await rule(/Research is on file/).getByRole('link').click()
    await expect.poll(() => page.url()).toContain(`#/prep/${accountId}/research`)
  })

  it('adds a research fact with its source', async () => {
    await page.getByRole('button', { name: 'Add a fact' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Note').fill('Runs 40 delivery vans out of two depots')
    await dialog.getByLabel('Source').fill('https://kestrel.example.com/about')
    await dialog.getByRole('button', { name: 'Add note' }).click()
    await expect.poll(() => page.locator('.note-card').filter({ hasText: 'Runs 40 delivery vans' }).isVisible()).toBe(true)
  })

  it('plans three open questions', async () => {
    await openTab('Questions')
    const field = page.getByRole('textbox', { name: 'Add a question' })
    const form = page.getByRole('form', { name: 'Add a question' })
    for (const text of questions) {
      await field.fill(text)
      await expect.poll(() => form.getByText('Open ✓').isVisible()).toBe(true)
      await form.getByRole('button', { name: 'Add to plan' }).click()
      await expect.poll(() => page.getByRole('list', { name: 'Call plan' }).getByText(text).isVisible()).toBe(true)
    }
  })

  it('adds a presumed decision maker from the checklist', async () => {
    await openTab('Checklist')
    await expect.poll(() => rule(/Research is on file/).getByText('Done:', { exact: true }).count()).toBe(1)
    expect(await rule(/open questions are planned/).getByText('Done:', { exact: true }).count()).toBe(1)
    await rule(/A decision maker is identified/).getByRole('button', { name: 'Add the person who decides, even if you only presume it is them.' }).click()
    const drawer = page.getByRole('dialog', { name: `Contacts at ${accountName}` })
    await expect.poll(() => drawer.isVisible()).toBe(true)
    await drawer.getByRole('button', { name: 'Add contact' }).click()
    const form = page.getByRole('dialog', { name: 'New contact' })
    await form.getByLabel('Name').fill('Dana Whitfield')
    await form.getByLabel('Title').fill('Head of Operations')
    await form.getByLabel('Phone').fill('0113 496 0101')
    await form.getByLabel('Role in the decision').selectOption('decision-maker')
    await expect.poll(() => form.getByLabel('Presumed').isChecked()).toBe(true)
    await form.getByRole('button', { name: 'Add contact' }).click()
    await expect.poll(() => drawer.getByText('Decision maker · presumed').isVisible()).toBe(true)
    await drawer.getByRole('button', { name: 'Close contacts' }).click()
    await expect.poll(() => rule(/A decision maker is identified/).getByText('Done:', { exact: true }).count()).toBe(1)
  })

  it('writes an opener, and a voicemail the coach fails until it is about the prospect', async () => {
    await rule(/The opener passes the coach/).getByRole('link').click()
    await expect.poll(() => page.getByRole('tab', { name: 'Messages', selected: true }).isVisible()).toBe(true)
    const openerRegion = page.getByRole('region', { name: 'Opener' })
    await openerRegion.getByLabel('Opener script').fill(opener)
    await expect.poll(() => openerRegion.getByText('Saved', { exact: true }).isVisible()).toBe(true)

    const voicemail = page.getByRole('region', { name: 'Voicemail' })
    const coach = page.getByRole('complementary', { name: 'Coach on your voicemail' })
    await voicemail.getByLabel('Voicemail script').fill(productVoicemail)
    await expect.poll(() => coach.getByText('Needs work ✗').isVisible()).toBe(true)
    // The coach reads a deferred copy of the script: wait until it has read the whole of it.
    const findings = coach.getByRole('list', { name: 'What to fix' }).getByRole('listitem')
    await expect.poll(async () => (await findings.allTextContents()).some((finding) => finding.includes('"superior"'))).toBe(true)
    await expect.poll(() => voicemail.getByText('Saved', { exact: true }).isVisible()).toBe(true)

    // The checklist names what the coach found.
    await openTab('Checklist')
    await expect.poll(() => rule(/The voicemail passes the coach/).getByRole('link').textContent()).toMatch(/^Rework the voicemail until the coach passes it: .*no easy way to say no/)

    await openTab('Messages')
    await page.getByRole('region', { name: 'Voicemail' }).getByLabel('Voicemail script').fill(prospectVoicemail)
    await expect.poll(() => coach.getByText('Passes the coach ✓').isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('region', { name: 'Voicemail' }).getByText('Saved', { exact: true }).isVisible()).toBe(true)
  })

  it('starts the Prospect Analysis Form', async () => {
    await openTab('Analysis form')
    const form = page.getByRole('form', { name: 'Prospect Analysis Form, call 1' })
    await form.getByLabel('Current situation').fill('Two depots, 40 vans, routes planned in spreadsheets every evening')
    await expect.poll(() => page.getByText('Saved', { exact: true }).isVisible()).toBe(true)
  })

  it('is ready: the checklist, the target list and the call queue all say so', async () => {
    await openTab('Checklist')
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Ready' }).filter({ hasNotText: 'Not ready' }).isVisible()).toBe(true)
    expect(await checklist().getByText('Done:', { exact: true }).count()).toBe(7)
    expect(await checklist().getByText('Not done:', { exact: true }).count()).toBe(0)
    await saveScreenshot(page, 'checklist-ready')

    // An item of the rep's own makes it not ready until ticked.
    await page.getByRole('textbox', { name: 'Add your own item' }).fill('Read their latest annual report')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    const own = page.getByRole('list', { name: 'Your own items' })
    await expect.poll(() => own.getByText('Read their latest annual report', { exact: true }).first().isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 thing left before you call.' }).isVisible()).toBe(true)
    await own.getByRole('checkbox', { name: 'Done: Read their latest annual report' }).check()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Everything is in place' }).isVisible()).toBe(true)

    await page.getByRole('navigation').getByRole('link', { name: /^Target list The/ }).click()
    await expect.poll(() => targetRow().locator('.ready-badge').textContent()).toBe('Ready')
    await saveScreenshot(page, 'target-list-ready')

    await page.getByRole('navigation').getByRole('link', { name: /^Call queue/ }).click()
    const queue = page.getByRole('list', { name: 'Call queue' })
    await expect.poll(() => queue.getByRole('listitem').filter({ hasText: accountName }).first().isVisible()).toBe(true)
    expect(await queue.getByText(opener).isVisible()).toBe(true)
    expect(await queue.getByText('Dana Whitfield').isVisible()).toBe(true)
    await saveScreenshot(page, 'call-queue')
  })

  it('finds the account with the global search box', async () => {
    await page.keyboard.press('Control+k')
    const box = page.getByRole('combobox', { name: 'Search accounts, people and notes' })
    await expect.poll(() => box.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true)
    await box.fill('kestrel')
    const results = page.getByRole('listbox', { name: 'Search results' })
    const hit = results.getByRole('option').first()
    // Enter opens a result only once the results are for what was typed.
    await expect.poll(() => results.getAttribute('aria-busy')).toBe('false')
    await expect.poll(() => hit.locator('mark').first().textContent()).toBe('Kestrel')
    await expect.poll(() => hit.getAttribute('aria-selected')).toBe('true')
    expect(await hit.textContent()).toContain(accountName)
    await saveScreenshot(page, 'call-prep-search')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/prep/${accountId}$`))
    await expect.poll(() => page.getByRole('heading', { name: accountName, level: 1 }).isVisible()).toBe(true)
  })

  it('opens the call sheet and prints it on one page without the app around it', async () => {
    await page.locator('.screen-header').getByRole('link', { name: 'Call sheet' }).click()
    await expect.poll(() => page.url()).toContain(`#/sheet/${accountId}`)
    const sheet = page.getByRole('article', { name: `Call sheet for ${accountName}` })
    await expect.poll(() => sheet.isVisible()).toBe(true)
    // The sheet is reached by links only.
    expect(await page.getByRole('navigation').getByRole('link', { name: /^Call sheet/ }).count()).toBe(0)
    expect(await page.title()).toBe(`Call sheet – ${accountName}`)

    // In the browser, Print opens the browser's own dialog.
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1 }')
    await sheet.getByRole('button', { name: 'Print' }).click()
    await expect.poll(() => page.evaluate('window.__printed')).toBe(1)

    const sections = ['Fit', 'Who decides', 'Key research', 'To verify on the call', 'Questions, in order', 'Opener', 'Voicemail', 'Objections', 'Prospect Analysis Form']
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.sidebar').isVisible()).toBe(false)
    expect(await page.getByRole('navigation').isVisible()).toBe(false)
    expect(await sheet.getByRole('button', { name: 'Print' }).isVisible()).toBe(false)
    for (const name of sections) expect(await sheet.getByRole('region', { name, exact: true }).isVisible(), name).toBe(true)
    expect(await sheet.getByRole('region', { name: 'Who decides' }).getByText('Decision maker, presumed').isVisible()).toBe(true)
    expect(await sheet.getByRole('region', { name: 'Key research' }).getByText('https://kestrel.example.com/about').isVisible()).toBe(true)
    const planned = await sheet.getByRole('list', { name: 'Questions, in order' }).getByRole('listitem').allTextContents()
    expect(planned).toEqual(questions)
    expect(await sheet.getByRole('region', { name: 'Voicemail' }).getByText(prospectVoicemail).isVisible()).toBe(true)
    expect(await sheet.getByRole('region', { name: 'Prospect Analysis Form' }).getByRole('heading', { name: 'Current situation' }).isVisible()).toBe(true)
    // Paper stays white even when the screen is dark.
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(255, 255, 255)')
    await saveScreenshot(page, 'call-sheet')

    fs.mkdirSync(screenshotDir, { recursive: true })
    const pdfPath = path.join(screenshotDir, 'call-sheet.pdf')
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true })
    const pdf = fs.readFileSync(pdfPath)
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
    // One sheet of paper.
    expect(pageCount(pdf)).toBe(1)
    expect(pageCount(await page.pdf({ format: 'Letter', printBackground: true }))).toBe(1)
    await page.emulateMedia({ media: 'screen' })
  })

  it('still fits one page when the target has much more on file, and says what is left off paper', async () => {
    const long = 'they announced a major expansion of their northern depot network with forty new electric vans and a routing team led by a newly hired COO'
    for (let i = 1; i <= 5; i += 1) {
      const fields = { name: `Person ${i} Longname`, title: 'Regional Director of Fleet Operations', phone: '+44 113 496 0101', decisionRole: i < 3 ? 'decision-maker' : 'influencer' }
      await invoke('contacts.create', { accountId, fields })
    }
    for (let i = 1; i <= 8; i += 1) {
      const kind = i % 2 === 0 ? 'need-hypothesis' : 'trigger-event'
      await invoke('research.create', { accountId, fields: { kind, text: `Note ${i}: ${long}`, source: 'https://news.example.com/a/long/path/to/the/kestrel-expansion-story', observedOn: localIsoDate(new Date()) } })
      await invoke('research.create', { accountId, fields: { kind: 'assumption', text: `Assumption ${i}: dispatchers still re-plan every route by hand each evening with spreadsheets and phone calls`, observedOn: localIsoDate(new Date()) } })
    }
    for (let i = 1; i <= 12; i += 1) {
      await invoke('questions.addToPlan', { accountId, origin: 'own', text: `What happens to your delivery schedule and your customers when a driver calls in sick on a Monday in peak season (${i})?` })
    }
    for (let i = 1; i <= 6; i += 1) {
      await invoke('objections.create', { accountId, fields: { reaction: `We already have a routing tool our IT team built in-house (${i}).`, answer: 'Ask what it does not handle well today and what happens when it fails on a busy Monday; offer a short comparison on their own data.' } })
    }

    await page.reload()
    const sheet = page.getByRole('article', { name: `Call sheet for ${accountName}` })
    await expect.poll(() => sheet.getByRole('list', { name: 'Questions, in order' }).getByRole('listitem').count()).toBe(15)
    await page.emulateMedia({ media: 'print' })
    expect(await sheet.getByRole('region', { name: 'Questions, in order' }).getByText('+ 7 more in Groundwork').isVisible()).toBe(true)
    expect(await sheet.getByRole('list', { name: 'Questions, in order' }).getByRole('listitem').filter({ visible: true }).count()).toBe(8)
    for (const format of ['A4', 'Letter'] as const) expect(pageCount(await page.pdf({ format, printBackground: true })), format).toBe(1)
    await saveScreenshot(page, 'call-sheet-full')
    await page.emulateMedia({ media: 'screen' })
    // On screen nothing is left off.
    expect(await sheet.getByRole('list', { name: 'Questions, in order' }).getByRole('listitem').filter({ visible: true }).count()).toBe(15)
  })
})

describe('an account that is gone or cannot be read', () => {
  it('offers the way back to the target list for a deleted account, on call prep and on the call sheet', async () => {
    const gone = await invoke<{ id: string }>('accounts.create', { name: 'Heron Haulage', industry: 'Logistics' })
    await invoke('accounts.delete', { id: gone.id })
    for (const hash of [`#/prep/${gone.id}/research`, `#/sheet/${gone.id}`]) {
      await go(hash)
      const empty = page.getByRole('region', { name: 'This account is not here any more' })
      await expect.poll(() => empty.isVisible()).toBe(true)
      expect(await empty.getByRole('link', { name: 'Open the target list' }).getAttribute('href')).toBe('#/targets')
    }
    await page.getByRole('link', { name: 'Open the target list' }).click()
    await expect.poll(() => targetRow().isVisible()).toBe(true)
  })

  it('says why and offers Try again when the account could not be read', async () => {
    await page.route('**/api/invoke/accounts.get', (route) => route.abort())
    await go(`#/prep/${accountId}/research`)
    // A fresh start, so nothing read earlier is shown from memory.
    await page.reload()
    const retry = page.getByRole('button', { name: 'Try again' })
    await expect.poll(() => retry.isVisible()).toBe(true)
    expect(await page.getByText('Groundwork is not reachable.', { exact: false }).isVisible()).toBe(true)
    await page.unroute('**/api/invoke/accounts.get')
    await retry.click()
    await expect.poll(() => page.getByRole('heading', { name: accountName, level: 1 }).isVisible()).toBe(true)
  })
})

describe('what the checklist says beyond its items', () => {
  it('names what is left for a company that asked not to be contacted, above the list', async () => {
    await invoke('contacts.setAccountDoNotContact', { accountId, doNotContact: true, reason: 'Asked on the phone never to be called again' })
    await go(`#/prep/${accountId}/checklist`)
    // A fresh start, so the checklist is read with the company's request in it.
    await page.reload()
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 thing left before you call.' }).isVisible()).toBe(true)
    // Every item is done: the one thing left is the company's request, said where the rep can see it.
    expect(await checklist().getByText('Not done:', { exact: true }).count()).toBe(0)
    const warning = page.getByRole('alert').filter({ hasText: offLimitsMissing })
    await expect.poll(() => warning.isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: 'Open the call queue' }).count()).toBe(0)
    await saveScreenshot(page, 'checklist-off-limits')

    await invoke('contacts.setAccountDoNotContact', { accountId, doNotContact: false, reason: 'They called back and asked for a demo' })
    await page.reload()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Everything is in place' }).isVisible()).toBe(true)
    expect(await page.getByRole('alert').filter({ hasText: offLimitsMissing }).count()).toBe(0)
  })

  it('does not promise the call queue to a ready account that is not a target, and offers to add it', async () => {
    await invoke('targets.remove', { accountId, reason: null })
    await page.reload()
    const status = page.getByRole('status').filter({ hasText: 'Everything is in place' })
    await expect.poll(() => status.isVisible()).toBe(true)
    await expect.poll(() => page.getByText('It is not on your target list, and the call queue shows only targets', { exact: false }).isVisible()).toBe(true)
    expect(await status.textContent()).not.toContain('call queue')
    expect(await page.getByRole('link', { name: 'Open the call queue' }).count()).toBe(0)
    await saveScreenshot(page, 'checklist-not-a-target')

    await page.getByRole('button', { name: 'Add to the target list' }).click()
    await expect.poll(() => page.locator('.toast-message', { hasText: `Added ${accountName} to the target list` }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'this target is in your call queue' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Add to the target list' }).count()).toBe(0)
    await page.getByRole('link', { name: 'Open the call queue' }).click()
    const queue = page.getByRole('list', { name: 'Call queue' })
    await expect.poll(() => queue.getByRole('listitem').filter({ hasText: accountName }).first().isVisible()).toBe(true)
  })
})
