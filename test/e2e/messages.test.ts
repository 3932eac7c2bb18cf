import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseFileName, openDatabase } from '../../electron/store/database'
import { setAccountDoNotContact } from '../../electron/store/repositories/contacts'
import { insertTestAccount } from '../support/accounts'
import { launchChromium, saveScreenshot, startBrowserMode, type RunningApp } from '../support/browserMode'

let app: RunningApp
let browser: Browser
let page: Page
let accountId = ''
let offLimitsId = ''

const productCentred = 'Hi, this is Sam from Brightline. Our superior system is the best on the market and our clients love us. We have great service. Call me back.'
const prospectCentred =
  "Hi Dana, this is Sam Reyes at Brightline. Dispatch teams like yours often lose hours each week re-planning routes when drivers call in sick. You could cut that re-planning time roughly in half. I'll call you again on Thursday. If it isn't a priority right now, just tell me and I won't follow up."

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-e2e-'))
  const db = openDatabase(path.join(dataDir, databaseFileName))
  accountId = insertTestAccount(db, { name: 'Kestrel Freight', industry: 'Logistics', city: 'Leeds', employees: 140 }).id
  offLimitsId = insertTestAccount(db, { name: 'Osprey Cold Storage', industry: 'Logistics', city: 'Leeds', employees: 140 }).id
  setAccountDoNotContact(db, offLimitsId, true, 'Asked on the phone never to be called again')
  db.close()
  app = await startBrowserMode({ dataDir })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } })
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function openPrep(id: string, tab: string) {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/prep/${id}/${tab}`)}`)
  await expect.poll(() => page.getByRole('tab', { name: tab === 'messages' ? 'Messages' : 'Analysis form' }).getAttribute('data-state')).toBe('active')
}

function voicemail() {
  return page.getByRole('region', { name: 'Voicemail' })
}

function coach() {
  return page.getByRole('complementary', { name: 'Coach on your voicemail' })
}

describe('messages and the analysis form in browser mode', () => {
  it('lists the prep tabs in the rep’s order', async () => {
    await page.goto(app.url)
    await openPrep(accountId, 'messages')
    const tabs = await page.getByRole('tablist', { name: 'Preparation steps' }).getByRole('tab').allTextContents()
    expect(tabs.indexOf('Messages')).toBe(tabs.indexOf('Questions') + 1)
    expect(tabs.indexOf('Objections')).toBe(tabs.indexOf('Messages') + 1)
    expect(tabs.indexOf('Analysis form')).toBe(tabs.indexOf('Objections') + 1)
    // Nobody has said who is calling yet: the tab asks first.
    expect(await page.getByRole('form', { name: 'Who is calling?' }).isVisible()).toBe(true)
  })

  it('fails a product-centred voicemail with findings that say why and what to do', async () => {
    await voicemail().getByLabel('Voicemail script').fill(productCentred)
    await expect.poll(() => coach().getByText('Needs work ✗').isVisible()).toBe(true)
    const findings = coach().getByRole('list', { name: 'What to fix' }).getByRole('listitem')
    // The coach reads a deferred copy of the script: wait until it has read the whole of it.
    await expect
      .poll(async () => (await findings.allTextContents()).some((t) => t.includes('Claims they have no reason to believe') && t.includes('"superior"')))
      .toBe(true)
    const texts = await findings.allTextContents()
    expect(texts.some((t) => t.includes('About you more than them'))).toBe(true)
    expect(texts.some((t) => t.includes('No easy way to say no'))).toBe(true)
    expect(texts.every((t) => t.includes('Must fix'))).toBe(true)
    await saveScreenshot(page, 'messages-voicemail-fails')
  })

  it('passes once rewritten around the prospect, and keeps it across a reload', async () => {
    await voicemail().getByLabel('Voicemail script').fill(prospectCentred)
    await expect.poll(() => coach().getByText('Passes the coach ✓').isVisible()).toBe(true)
    await expect.poll(() => coach().getByText(/fits a voicemail/).isVisible()).toBe(true)
    await expect.poll(() => coach().getByText(/Mostly about them/).isVisible()).toBe(true)
    await expect.poll(() => voicemail().getByText('Saved', { exact: true }).isVisible()).toBe(true)
    await saveScreenshot(page, 'messages-voicemail-passes')

    await page.reload()
    await expect.poll(() => voicemail().getByLabel('Voicemail script').inputValue()).toBe(prospectCentred)
    // From the store, not only this browser's own copy: a fresh profile sees it too.
    const other = await browser.newPage()
    await other.goto(app.url)
    await other.evaluate(`window.location.hash = ${JSON.stringify(`#/prep/${accountId}/messages`)}`)
    await expect.poll(() => other.getByRole('region', { name: 'Voicemail' }).getByLabel('Voicemail script').inputValue()).toBe(prospectCentred)
    await other.close()
  })

  it('asks once who is calling, with errors beside the fields', async () => {
    const profile = page.getByRole('form', { name: 'Who is calling?' })
    await profile.getByLabel('Your phone (optional)').fill('call me')
    await profile.getByRole('button', { name: 'Save who is calling' }).click()
    await expect.poll(() => profile.getByText('Add your name: the prospect needs to know who is calling').isVisible()).toBe(true)
    expect(await profile.getByRole('textbox', { name: 'Your phone (optional)' }).getAttribute('aria-invalid')).toBe('true')
    await profile.getByLabel('Your name').fill('Sam Reyes')
    await profile.getByLabel('Your company').fill('Brightline')
    await profile.getByLabel('Your phone (optional)').fill('555 0100')
    await profile.getByRole('button', { name: 'Save who is calling' }).click()
    await expect.poll(() => page.getByText('Messages are signed as').isVisible()).toBe(true)
    expect(await profile.count()).toBe(0)
  })

  it('drops what was typed when changing who is calling is cancelled', async () => {
    await page.locator('.rep-profile-line').getByRole('button', { name: 'Change' }).click()
    const profile = page.getByRole('form', { name: 'Who is calling?' })
    await profile.getByLabel('Your name').fill('Someone Else')
    await profile.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => page.getByText('Messages are signed as').isVisible()).toBe(true)
    expect(await page.locator('.rep-profile-line').getByText('Sam Reyes').isVisible()).toBe(true)

    // Opening the form again starts from the saved details, not from the abandoned edit.
    await page.locator('.rep-profile-line').getByRole('button', { name: 'Change' }).click()
    await expect.poll(() => profile.getByLabel('Your name').inputValue()).toBe('Sam Reyes')
    await profile.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => profile.count()).toBe(0)
  })

  it('drafts an opener into an empty editor, with Undo, and asks before replacing written text', async () => {
    const opener = page.getByRole('region', { name: 'Opener' })
    await opener.getByRole('button', { name: /Draft from my offering and research/ }).click()
    await expect.poll(() => opener.getByLabel('Opener script').inputValue()).toMatch(/^Hi, this is Sam Reyes at Brightline\..*Kestrel Freight/)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => opener.getByLabel('Opener script').inputValue()).toBe('')

    await voicemail().getByRole('button', { name: /Draft from my offering and research/ }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Replace your voicemail with this draft?' })
    await expect.poll(() => confirm.isVisible()).toBe(true)
    await confirm.getByRole('button', { name: 'Keep mine' }).click()
    await expect.poll(() => confirm.count()).toBe(0)
    expect(await voicemail().getByLabel('Voicemail script').inputValue()).toBe(prospectCentred)
  })

  it('keeps what was typed even when the save did not get through, and saves it on the next visit', async () => {
    // The store is out of reach for a moment: every save fails.
    await page.route('**/api/invoke/messages.save', (route) => route.abort())
    const opener = page.getByRole('region', { name: 'Opener' })
    const words = 'Hi Dana, this is Sam at Brightline. How do you plan routes when a driver calls in sick?'
    await opener.getByLabel('Opener script').fill(words)
    await expect.poll(() => opener.getByText('Not saved yet', { exact: true }).isVisible()).toBe(true)
    // The failure names no field: it is said once for the editor, not pinned under the script.
    expect(await opener.getByText(/^Not saved: Groundwork is not reachable\..* Your text is kept; try again\.$/).isVisible()).toBe(true)
    expect(await opener.getByLabel('Opener script').getAttribute('aria-invalid')).toBe('false')
    await page.unroute('**/api/invoke/messages.save')

    await page.reload()
    const back = page.getByRole('region', { name: 'Opener' })
    await expect.poll(() => back.getByLabel('Opener script').inputValue()).toBe(words)
    expect(await back.getByText('What you typed last time had not been saved yet.', { exact: false }).isVisible()).toBe(true)
    await expect.poll(() => back.getByText('Saved', { exact: true }).isVisible()).toBe(true)
  })

  it('saves two analysis fields that survive a reload', async () => {
    await openPrep(accountId, 'analysis')
    const form = page.getByRole('form', { name: 'Prospect Analysis Form, call 1' })
    await form.getByLabel('Current situation').fill('Two depots, 140 vans, planning in spreadsheets')
    await form.getByLabel('Needs and problems, in their words').fill('"Mondays are lost to re-planning"')
    await form.getByLabel('Fit verdict').selectOption('possible-fit')
    await expect.poll(() => page.getByText('Saved', { exact: true }).isVisible()).toBe(true)
    await saveScreenshot(page, 'analysis-form')

    await page.reload()
    const reloaded = page.getByRole('form', { name: 'Prospect Analysis Form, call 1' })
    await expect.poll(() => reloaded.getByLabel('Current situation').inputValue()).toBe('Two depots, 140 vans, planning in spreadsheets')
    expect(await reloaded.getByLabel('Needs and problems, in their words').inputValue()).toBe('"Mondays are lost to re-planning"')
    expect(await reloaded.getByLabel('Fit verdict').inputValue()).toBe('possible-fit')
  })

  it('starts a new call from a copy and lists the earlier call, read-only', async () => {
    await page.getByRole('button', { name: 'Start a new call' }).click()
    const second = page.getByRole('form', { name: 'Prospect Analysis Form, call 2' })
    await expect.poll(() => second.isVisible()).toBe(true)
    expect(await second.getByLabel('Current situation').inputValue()).toBe('Two depots, 140 vans, planning in spreadsheets')
    await second.getByLabel('Budget').fill('Set every October')
    await expect.poll(() => page.getByText('Saved', { exact: true }).isVisible()).toBe(true)

    const picker = page.getByLabel('Show the form from')
    const options = await picker.getByRole('option').allTextContents()
    expect(options[0]).toBe('Call 2 (this call)')
    expect(options[1]).toMatch(/^Call 1 · .* · Possible fit$/)
    await picker.selectOption({ index: 1 })
    await expect.poll(() => page.getByText('This is the form from call 1, kept as it was.', { exact: false }).isVisible()).toBe(true)
    expect(await page.locator('.analysis-panel').getByRole('textbox').count()).toBe(0)
    expect(await page.getByText('"Mondays are lost to re-planning"').isVisible()).toBe(true)
    // What was added on call 2 is not in call 1's record.
    expect(await page.getByText('Set every October').count()).toBe(0)
    await saveScreenshot(page, 'analysis-earlier-call')
    await page.getByRole('button', { name: 'Back to this call' }).click()
    await expect.poll(() => second.getByLabel('Budget').inputValue()).toBe('Set every October')
  })

  it('does not start a new call over changes that did not reach the store', async () => {
    const second = page.getByRole('form', { name: 'Prospect Analysis Form, call 2' })
    await page.route('**/api/invoke/analysis.save', (route) => route.abort())
    await second.getByLabel('Budget').fill('Set every October, signed off by the board')
    await page.getByRole('button', { name: 'Start a new call' }).click()
    await expect.poll(() => page.locator('.toast-message', { hasText: 'Not started: your latest changes to this call are not saved yet.' }).isVisible()).toBe(true)
    expect(await page.getByText(/^Not saved: Groundwork is not reachable\..* Your text is kept; try again\.$/).isVisible()).toBe(true)
    expect(await page.getByRole('form', { name: 'Prospect Analysis Form, call 3' }).count()).toBe(0)
    expect(await second.getByLabel('Budget').inputValue()).toBe('Set every October, signed off by the board')
    await page.unroute('**/api/invoke/analysis.save')

    await second.getByLabel('Budget').fill('Set every October')
    await expect.poll(() => page.getByText('Saved', { exact: true }).isVisible()).toBe(true)
  })

  it('prints the form as text, without buttons or pickers', async () => {
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'Start a new call' }).isVisible()).toBe(false)
    expect(await page.getByLabel('Show the form from').isVisible()).toBe(false)
    expect(await page.locator('.analysis-print-copy').getByText('Set every October').isVisible()).toBe(true)
    expect(await page.getByRole('form', { name: 'Prospect Analysis Form, call 2' }).isVisible()).toBe(false)
    await saveScreenshot(page, 'analysis-print')
    await page.emulateMedia({ media: 'screen' })
  })

  it('shows an unmistakable do-not-contact banner and drafts nothing for an off-limits company', async () => {
    await openPrep(offLimitsId, 'messages')
    const banner = page.getByRole('alert').filter({ hasText: 'Do not contact this prospect' })
    await expect.poll(() => banner.isVisible()).toBe(true)
    expect(await banner.textContent()).toContain('Asked on the phone never to be called again')
    for (const name of ['Opener', 'Voicemail', 'Follow-up email']) {
      expect(await page.getByRole('region', { name }).getByRole('button', { name: /Draft from my offering and research/ }).isDisabled()).toBe(true)
    }
    await saveScreenshot(page, 'messages-off-limits')
  })
})
