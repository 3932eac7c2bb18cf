import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { coachQuestion } from '../../src/shared/domain/questionCoach'
import { launchChromium, saveScreenshot, startBrowserMode, type RunningApp, invokeChannel } from '../support/browserMode'

let app: RunningApp
let browser: Browser
let page: Page
let accountId: string

const invoke = <T = unknown>(channel: string, payload: unknown): Promise<T> => invokeChannel<T>(app, channel, payload)

beforeAll(async () => {
  app = await startBrowserMode()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } })
  await page.goto(app.url)
  accountId = (await invoke<{ id: string }>('accounts.create', { name: 'Kestrel Freight', industry: 'Logistics', city: 'Leeds' })).id
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

function planItems(): Locator {
  return page.getByRole('list', { name: 'Call plan' }).getByRole('listitem').filter({ has: page.locator('.plan-text') })
}

async function planTexts(): Promise<string[]> {
  return planItems().locator('.plan-text').allTextContents()
}

async function hints(): Promise<string> {
  return (await page.getByRole('list', { name: 'Coach’s hints' }).textContent()) ?? ''
}

async function countOf(purpose: string): Promise<string> {
  const item = page.getByRole('list', { name: 'Questions per purpose' }).getByRole('listitem').filter({ hasText: purpose })
  return (await item.locator('strong').textContent()) ?? ''
}

describe('questions for the next call', () => {
  it('flags a closed question as it is typed and offers an open rewrite that can be used', async () => {
    await page.goto(`${app.origin}/#/prep/${accountId}/questions`)
    await expect.poll(() => page.getByRole('heading', { name: 'Questions for the next call' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('heading', { name: 'No questions planned yet' }).isVisible()).toBe(true)

    const field = page.getByRole('textbox', { name: 'Add a question' })
    const form = page.getByRole('form', { name: 'Add a question' })
    const closed = 'Do you use spreadsheets to plan your routes?'
    await field.pressSequentially(closed)
    await expect.poll(() => form.getByText('Closed ✗').isVisible()).toBe(true)
    // The coach reads a deferred copy of the text, so for a moment it may still be coaching a
    // partial question: wait until it offers the rewrite of the whole one.
    const rewrite = coachQuestion(closed).rewrite ?? ''
    expect(rewrite.length).toBeGreaterThan(0)
    expect(rewrite).not.toBe(closed)
    await expect.poll(() => form.locator('.coach-rewrite-text').textContent()).toBe(rewrite)
    await saveScreenshot(page, 'questions-coach-closed')

    await form.getByRole('button', { name: 'Use this rewrite' }).click()
    await expect.poll(() => field.inputValue()).toBe(rewrite)
    await expect.poll(() => form.getByText('Open ✓').isVisible()).toBe(true)
    await form.getByRole('button', { name: 'Add to plan' }).click()
    await expect.poll(planTexts).toEqual([rewrite])
    await expect.poll(() => field.inputValue()).toBe('')
  })

  it('adds two bank questions in one click each, marks them, and the balance hints follow', async () => {
    const before = await hints()
    expect(before.length).toBeGreaterThan(0)
    const bank = page.getByRole('region', { name: 'From your question bank' })

    const added: string[] = []
    for (const purpose of ['Problem', 'Implication']) {
      await bank.getByRole('tab', { name: new RegExp(`^${purpose}`) }).click()
      const panel = bank.getByRole('tabpanel')
      const first = panel.getByRole('listitem').first()
      added.push(((await first.locator('.bank-text').textContent()) ?? '').trim())
      await first.getByRole('button', { name: /^Add/ }).click()
      await expect.poll(() => first.getByText('✓ In the plan').isVisible()).toBe(true)
    }

    await expect.poll(planTexts).toEqual([expect.any(String), ...added])
    await expect.poll(() => countOf('Problem')).toBe('1')
    await expect.poll(() => countOf('Implication')).toBe('1')
    await expect.poll(hints).not.toBe(before)
    await saveScreenshot(page, 'questions-plan')
  })

  it('reorders with Alt+↑ and with the buttons, and the order is kept', async () => {
    const [first, second, third] = await planTexts()
    await planItems().nth(2).focus()
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(planTexts).toEqual([first, third, second])
    // The moved question keeps the focus, so it can be moved again.
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(planTexts).toEqual([third, first, second])

    await page.getByRole('button', { name: 'Move question 1 down' }).click()
    await expect.poll(planTexts).toEqual([first, third, second])

    await page.reload()
    await expect.poll(planTexts).toEqual([first, third, second])
  })

  it('removes a question and brings it back with Undo', async () => {
    const texts = await planTexts()
    await page.getByRole('button', { name: 'Remove question 2' }).click()
    await expect.poll(planTexts).toEqual([texts[0], texts[2]])
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(planTexts).toEqual(texts)
  })

  it('keeps an edit in progress, still in edit mode, when the rep leaves the tab and comes back', async () => {
    const texts = await planTexts()
    const edited = 'What does a driver calling in sick on a Monday cost you?'
    const editor = page.getByRole('textbox', { name: 'Edit question 1' })
    await page.getByRole('button', { name: 'Edit question 1' }).click()
    await editor.fill(edited)

    await page.getByRole('tab', { name: 'To verify', exact: true }).click()
    await expect.poll(() => page.getByRole('tab', { name: 'To verify', selected: true }).isVisible()).toBe(true)
    await expect.poll(() => editor.count()).toBe(0)
    await page.getByRole('tab', { name: 'Questions', exact: true }).click()
    await expect.poll(() => editor.inputValue()).toBe(edited)
    expect(await page.getByRole('list', { name: 'Call plan' }).getByRole('button', { name: 'Save', exact: true }).isVisible()).toBe(true)
    // Nothing is saved until the rep says so.
    const saved = await invoke<{ questions: { text: string }[] }>('questions.plan', { accountId })
    expect(saved.questions.map((question) => question.text)).toEqual(texts)

    // Cancel ends the edit for good: leaving and coming back does not bring it back.
    await page.getByRole('list', { name: 'Call plan' }).getByRole('button', { name: 'Cancel', exact: true }).click()
    await expect.poll(planTexts).toEqual(texts)
    await page.getByRole('tab', { name: 'To verify', exact: true }).click()
    await expect.poll(() => page.getByRole('tab', { name: 'To verify', selected: true }).isVisible()).toBe(true)
    await page.getByRole('tab', { name: 'Questions', exact: true }).click()
    await expect.poll(planTexts).toEqual(texts)
    expect(await editor.count()).toBe(0)
    expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.includes('questions.plan.edit')))).toEqual([])
  })
})

describe('objection rehearsal', () => {
  it('adds a reaction with a planned answer, autosaves an edit, and practice reveals the answer on demand', async () => {
    await page.getByRole('tab', { name: 'Objections' }).click()
    const form = page.getByRole('form', { name: 'Add a reaction' })
    await form.getByLabel('They might say').fill('We already have a freight broker we like.')
    await form.getByLabel('My planned answer').fill('Good to hear. What would make it worth comparing?')
    await form.getByRole('button', { name: 'Add reaction' }).click()

    const mine = page.getByRole('list', { name: "This prospect's reactions" })
    await expect.poll(() => mine.getByRole('listitem').count()).toBe(1)
    const answer = mine.getByLabel('My planned answer')
    await expect.poll(() => answer.inputValue()).toBe('Good to hear. What would make it worth comparing?')

    await answer.fill('Good to hear. What would have to be true for a second option to be worth a look?')
    await expect.poll(() => mine.getByText('Saved').isVisible()).toBe(true)
    await page.reload()
    await expect
      .poll(() => page.getByRole('list', { name: "This prospect's reactions" }).getByLabel('My planned answer').inputValue())
      .toBe('Good to hear. What would have to be true for a second option to be worth a look?')

    await page.getByRole('button', { name: 'Practice' }).click()
    await expect.poll(() => page.getByText('“We already have a freight broker we like.”').isVisible()).toBe(true)
    const planned = page.getByText('What would have to be true for a second option to be worth a look?')
    expect(await planned.count()).toBe(0)
    await page.keyboard.press('Space')
    await expect.poll(() => planned.isVisible()).toBe(true)
    await saveScreenshot(page, 'objections-practice')
    await page.getByRole('button', { name: 'Hide my answer' }).click()
    await expect.poll(() => planned.count()).toBe(0)
  })
})

describe('the question bank screen', () => {
  it('adds a question of the rep’s own, coached, and deletes it with Undo', async () => {
    await page.getByRole('button', { name: 'Prepare' }).click()
    await saveScreenshot(page, 'objections-prepare')
    await page.goto(`${app.origin}/#/questions`)
    await expect.poll(() => page.getByRole('heading', { name: 'Question bank', level: 1 }).isVisible()).toBe(true)
    const timing = page.getByRole('region', { name: /^Timing/ })
    // The heading shows before the bank has loaded: wait for its questions.
    await expect.poll(() => timing.getByRole('listitem').count()).toBeGreaterThan(0)
    const before = await timing.getByRole('listitem').count()

    const form = page.getByRole('form', { name: 'Add a question to the bank' })
    await form.getByRole('textbox', { name: 'New question' }).fill('What has to happen before your peak season starts?')
    await expect.poll(() => form.getByText('Open ✓').isVisible()).toBe(true)
    await form.getByLabel('Purpose').selectOption('timing')
    await form.getByRole('button', { name: 'Add to the bank' }).click()
    await expect.poll(() => timing.getByRole('listitem').count()).toBe(before + 1)
    const own = timing.getByRole('listitem').filter({ hasText: 'What has to happen before your peak season starts?' })
    expect(await own.getByText('Yours').isVisible()).toBe(true)

    await own.getByRole('button', { name: /^Delete/ }).click()
    await expect.poll(() => timing.getByRole('listitem').count()).toBe(before)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => timing.getByRole('listitem').count()).toBe(before + 1)
  })
})

describe('an objection edit the store did not take', () => {
  it('says so once for the row, keeps the text, and saves it on the next visit', async () => {
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/prep/${accountId}/objections`)}`)
    const mine = page.getByRole('list', { name: "This prospect's reactions" })
    await expect.poll(() => mine.getByRole('listitem').count()).toBe(1)
    // The store is out of reach for a moment: every save fails.
    await page.route('**/api/invoke/objections.update', (route) => route.abort())
    const words = 'Fair. What would a second option have to do better before it is worth an hour?'
    await mine.getByLabel('My planned answer').fill(words)
    await expect.poll(() => mine.getByText('Not saved yet', { exact: true }).isVisible()).toBe(true)
    // The failure names no field, so it is not pinned under either input.
    expect(await mine.getByText(/^Not saved: Groundwork is not reachable\..* Your text is kept; try again\.$/).isVisible()).toBe(true)
    expect(await mine.getByLabel('They might say').getAttribute('aria-invalid')).toBe('false')
    await page.unroute('**/api/invoke/objections.update')

    await page.reload()
    const back = page.getByRole('list', { name: "This prospect's reactions" })
    await expect.poll(() => back.getByLabel('My planned answer').inputValue()).toBe(words)
    expect(await back.getByText('What you typed last time had not been saved yet.', { exact: false }).isVisible()).toBe(true)
    await expect.poll(() => back.getByText('Saved', { exact: true }).isVisible()).toBe(true)
    // From the store, not only this browser's own copy.
    const saved = await invoke<{ account: { answer: string | null }[] }>('objections.list', { accountId })
    expect(saved.account.map((o) => o.answer)).toContain(words)
  })
})
