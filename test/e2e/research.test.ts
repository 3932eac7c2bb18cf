import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { daysBetween, localIsoDate } from '../../src/shared/domain/research'
import { launchChromium, saveScreenshot, startBrowserMode, type RunningApp, invokeChannel } from '../support/browserMode'

let app: RunningApp
let browser: Browser
let page: Page
let accountId: string

const oldDate = '2024-01-15'

const invoke = <T = unknown>(channel: string, payload: unknown): Promise<T> => invokeChannel<T>(app, channel, payload)

beforeAll(async () => {
  app = await startBrowserMode()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } })
  await page.goto(app.url)
  accountId = (await invoke<{ id: string }>('accounts.create', { name: 'Kestrel Freight', industry: 'Logistics', city: 'Leeds' })).id
  await invoke('accounts.create', { name: 'Osprey Bakeries', industry: 'Food' })
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

function dialog() {
  return page.getByRole('dialog')
}

function noteCard(text: string) {
  return page.locator('.note-card').filter({ hasText: text })
}

describe('research, to verify and search', () => {
  it('starts with an empty Research tab that says what to do', async () => {
    await page.goto(`${app.origin}/#/prep/${accountId}/research`)
    await expect.poll(() => page.getByRole('heading', { name: 'No research yet' }).isVisible()).toBe(true)
    expect(await page.getByRole('tab', { name: 'Research', selected: true }).isVisible()).toBe(true)
  })

  it('asks where a fact came from, next to the field, and saves nothing until it knows', async () => {
    await page.getByRole('button', { name: 'Add a fact' }).click()
    await dialog().getByLabel('Note').fill('Opened a cold-chain depot in Wakefield')
    expect(await dialog().getByLabel('Observed on').inputValue()).toBe(localIsoDate(new Date()))
    await dialog().getByRole('button', { name: 'Add note' }).click()
    await expect.poll(() => dialog().getByText('Say where this came from').isVisible()).toBe(true)
    expect(await invoke<unknown[]>('research.list', { accountId })).toEqual([])
  })

  it('adds a fact with a source link and shows it', async () => {
    await dialog().getByLabel('Source').fill('https://news.example.com/kestrel-wakefield')
    await dialog().getByRole('button', { name: 'Add note' }).click()
    await expect.poll(() => noteCard('Opened a cold-chain depot in Wakefield').isVisible()).toBe(true)
    const link = noteCard('Wakefield').getByRole('link', { name: 'https://news.example.com/kestrel-wakefield' })
    expect(await link.getAttribute('href')).toBe('https://news.example.com/kestrel-wakefield')
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await noteCard('Wakefield').getByText(/stale/).count()).toBe(0)
  })

  it('marks an old fact stale with its age', async () => {
    await page.getByRole('button', { name: 'Add note' }).click()
    await dialog().getByLabel('Note').fill('Runs forty trucks out of Leeds')
    await dialog().getByLabel('Source').fill('Their 2023 annual report')
    await dialog().getByLabel('Observed on').fill(oldDate)
    await dialog().getByRole('button', { name: 'Add note' }).click()
    const age = daysBetween(oldDate, localIsoDate(new Date()))
    await expect.poll(() => noteCard('Runs forty trucks').getByText(`stale — observed ${age} days ago`).isVisible()).toBe(true)
    // A description is shown as words, not as a link.
    expect(await noteCard('Runs forty trucks').getByRole('link').count()).toBe(0)
    expect(await noteCard('Runs forty trucks').getByText('Their 2023 annual report').isVisible()).toBe(true)
    await saveScreenshot(page, 'research-stale')
  })

  it('adds an assumption, which shows under To verify with an open question to add', async () => {
    await page.getByRole('button', { name: 'Add note' }).click()
    await dialog().getByRole('radio', { name: 'Assumption' }).check()
    await dialog().getByLabel('Note').fill('They plan routes in spreadsheets')
    await dialog().getByRole('button', { name: 'Add note' }).click()
    await expect.poll(() => page.getByRole('region', { name: 'Assumptions' }).locator('.note-text', { hasText: 'They plan routes in spreadsheets' }).isVisible()).toBe(true)

    await page.getByRole('tab', { name: 'To verify' }).click()
    const assumptions = page.getByRole('region', { name: 'Assumptions' })
    await expect.poll(() => assumptions.locator('.verify-text', { hasText: 'They plan routes in spreadsheets' }).isVisible()).toBe(true)
    expect(await assumptions.locator('.verify-question', { hasText: 'How accurate is our understanding that they plan routes in spreadsheets?' }).isVisible()).toBe(true)
    const stale = page.getByRole('region', { name: 'Facts that may be out of date' })
    expect(await stale.locator('.verify-text', { hasText: /Runs forty trucks out of Leeds \(observed \d+ days ago\)/ }).isVisible()).toBe(true)
    expect(await page.getByText('Opened a cold-chain depot in Wakefield').count()).toBe(0)

    await assumptions.getByRole('button', { name: /Add as question/ }).click()
    await expect.poll(() => assumptions.getByText('In the call plan').isVisible()).toBe(true)
    const plan = await invoke<{ questions: { text: string; sourceKey: string | null }[] }>('questions.plan', { accountId })
    expect(plan.questions.map((question) => question.text)).toContain('How accurate is our understanding that they plan routes in spreadsheets?')
    await saveScreenshot(page, 'to-verify')
  })

  it('finds the account from a word in a note, with the word highlighted, and opens it', async () => {
    await page.goto(`${app.origin}/#/accounts`)
    await page.keyboard.press('Control+k')
    const box = page.getByRole('combobox', { name: 'Search accounts, people and notes' })
    await expect.poll(() => box.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true)
    await box.fill('spreadsh')
    const results = page.getByRole('listbox', { name: 'Search results' })
    const hit = results.getByRole('option').filter({ hasText: 'They plan routes in spreadsheets' })
    await expect.poll(() => hit.isVisible()).toBe(true)
    expect(await hit.getByText('Kestrel Freight').isVisible()).toBe(true)
    expect(await hit.locator('mark').allTextContents()).toEqual(['spreadsheets'])
    expect(await results.getByRole('group', { name: 'Research notes' }).isVisible()).toBe(true)
    await saveScreenshot(page, 'search')
    await hit.click()
    await expect.poll(() => page.url()).toContain(`#/prep/${accountId}/research`)
    await expect.poll(() => page.getByRole('heading', { name: 'Kestrel Freight' }).isVisible()).toBe(true)
  })

  it('opens an account from the keyboard, names ranked above notes', async () => {
    await page.goto(`${app.origin}/#/accounts`)
    await page.keyboard.press('Control+k')
    await page.keyboard.type('kestrel')
    const results = page.getByRole('listbox', { name: 'Search results' })
    const first = results.getByRole('option').first()
    await expect.poll(() => first.locator('mark').first().textContent()).toBe('Kestrel')
    expect(await first.getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/prep/${accountId}$`))
    await page.keyboard.press('Control+k')
    await page.keyboard.type('osprey')
    await expect.poll(() => results.getByRole('option').filter({ hasText: 'Osprey Bakeries' }).isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => results.isVisible()).toBe(false)
  })

  it('deletes a note with Undo', async () => {
    await page.goto(`${app.origin}/#/prep/${accountId}/research`)
    await noteCard('Wakefield').getByRole('button', { name: /Delete/ }).click()
    await expect.poll(() => page.locator('.toast-message', { hasText: 'Note deleted.' }).isVisible()).toBe(true)
    await expect.poll(() => noteCard('Wakefield').count()).toBe(0)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => noteCard('Wakefield').isVisible()).toBe(true)
  })

  it('lets the rep change the stale age', async () => {
    await page.getByRole('button', { name: 'Change' }).click()
    const days = page.getByLabel('Facts count as stale after')
    await days.fill('0')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => page.getByText('Use at least 1 day').isVisible()).toBe(true)
    await days.fill('5000')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => page.getByText('Use at most 3650 days (about ten years)').isVisible()).toBe(true)
    await days.fill('3000')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => page.getByText('Facts older than 3,000 days count as stale.').isVisible()).toBe(true)
    expect(await noteCard('Runs forty trucks').getByText(/stale/).count()).toBe(0)
    await saveScreenshot(page, 'research')
  })
})
