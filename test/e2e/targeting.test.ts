import fs from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, saveScreenshot, startBrowserMode, type RunningApp } from '../support/browserMode'

let app: RunningApp
let browser: Browser
let page: Page

/** A logistics company and a software company from the shipped sample territory. */
function sampleCompanies(): { logistics: string; other: string } {
  const text = fs.readFileSync(path.resolve('resources', 'sample-territory.csv'), 'utf8')
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
  const logistics = rows.find((row) => row.industry === 'Logistics')?.name
  const other = rows.find((row) => row.industry === 'Software')?.name
  if (!logistics || !other) throw new Error('the sample territory has no logistics or software company')
  return { logistics, other }
}

beforeAll(async () => {
  app = await startBrowserMode()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } })
  await page.goto(app.url)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** The accounts table draws only the rows in view, so an account further down is found by filtering. */
async function showAccount(name: string) {
  await page.getByLabel('Filter accounts', { exact: true }).fill(name)
}

describe('offering, ideal prospect and fit in browser mode', () => {
  it('autosaves the offering with a value statement and a differentiator, and keeps it after a reload', async () => {
    await page.getByRole('link', { name: /^Offering/ }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Offering', level: 1 }).isVisible()).toBe(true)
    await page.getByLabel('What it is', { exact: true }).fill('Route planning for regional carriers')

    await page.getByRole('button', { name: 'Add a value statement' }).click()
    // The new row takes the focus: the rep can type at once.
    await page.keyboard.type('Fewer empty miles')
    await page.getByLabel('For whom', { exact: true }).fill('Dispatch managers')
    await page.getByLabel('Proof', { exact: true }).fill('A 40-truck fleet cut empty miles by 12%')

    await page.getByRole('button', { name: 'Add a competitor' }).click()
    await page.getByLabel('Competitor', { exact: true }).fill('RouteRight')
    await page.getByLabel('How you differ', { exact: true }).fill('Plans around driver hours, not only distance')
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).isVisible(), { timeout: 10_000 }).toBe(true)
    await saveScreenshot(page, 'offering')

    await page.reload()
    await expect.poll(() => page.getByLabel('Benefit', { exact: true }).inputValue()).toBe('Fewer empty miles')
    expect(await page.getByLabel('What it is', { exact: true }).inputValue()).toBe('Route planning for regional carriers')
    expect(await page.getByLabel('Competitor', { exact: true }).inputValue()).toBe('RouteRight')
    expect(await page.getByText('Changes you had not saved').count()).toBe(0)
  })

  it('marks a value statement without a benefit and saves nothing until it is fixed', async () => {
    await page.getByLabel('Benefit', { exact: true }).fill('')
    await expect.poll(() => page.getByText('Benefit is required').isVisible()).toBe(true)
    expect(await page.getByRole('status').filter({ hasText: 'Not saved: fix the marked field' }).isVisible()).toBe(true)
    await page.getByLabel('Benefit', { exact: true }).fill('Fewer empty miles')
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).isVisible(), { timeout: 10_000 }).toBe(true)
  })

  it('keeps what was typed just before a reload, and saves it', async () => {
    const summary = 'Plans each day around driver hours and depot slots.'
    await page.getByLabel('In a few sentences', { exact: true }).fill(summary)
    await page.reload()
    await expect.poll(() => page.getByLabel('In a few sentences', { exact: true }).inputValue()).toBe(summary)
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).isVisible(), { timeout: 10_000 }).toBe(true)
    // From the store, not only this browser's copy: a fresh profile sees it too.
    const other = await browser.newPage()
    await other.goto(`${app.url}#/offering`)
    await expect.poll(() => other.getByLabel('In a few sentences', { exact: true }).inputValue()).toBe(summary)
    await other.close()
  })

  it('keeps what was typed when the rep leaves the screen straight away', async () => {
    await page.getByLabel('In a few sentences', { exact: true }).fill('Plans that respect driver hours')
    await page.getByRole('link', { name: /^Accounts/ }).click()
    await page.getByRole('link', { name: /^Offering/ }).click()
    await expect.poll(() => page.getByLabel('In a few sentences', { exact: true }).inputValue()).toBe('Plans that respect driver hours')
    await page.reload()
    await expect.poll(() => page.getByLabel('In a few sentences', { exact: true }).inputValue()).toBe('Plans that respect driver hours')
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).isVisible(), { timeout: 10_000 }).toBe(true)
  })

  it('defines a must-have industry qualifier and a weighted evidence qualifier', async () => {
    await page.getByRole('link', { name: /^Ideal prospect/ }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'No qualifiers yet' }).isVisible()).toBe(true)

    await page.getByRole('button', { name: 'Add your first qualifier' }).click()
    await page.getByLabel('Name', { exact: true }).fill('Moves freight')
    // Values is the default kind; a value must be chosen before it can be saved.
    await page.getByRole('button', { name: 'Add qualifier' }).click()
    await expect.poll(() => page.getByText('Add at least one value').isVisible()).toBe(true)
    await page.getByLabel('Values that qualify').fill('Logistics')
    await page.getByLabel('Values that qualify').press('Enter')
    await page.getByRole('checkbox', { name: /Must-have/ }).check()
    await page.getByRole('button', { name: 'Add qualifier' }).click()
    await expect.poll(() => page.getByRole('heading', { name: /Moves freight/ }).isVisible()).toBe(true)

    await page.getByRole('button', { name: 'New qualifier' }).click()
    await page.getByLabel('Name', { exact: true }).fill('Has a consumer-insights team')
    await page.getByRole('radio', { name: /Something you find out/ }).check()
    await page.getByRole('radiogroup', { name: 'Weight' }).getByText('4', { exact: true }).click()
    await page.getByLabel('Description', { exact: true }).fill('Who owns customer research there?')
    await saveScreenshot(page, 'qualifier-dialog')
    await page.getByRole('button', { name: 'Add qualifier' }).click()
    await expect.poll(() => page.getByRole('heading', { name: /Has a consumer-insights team/ }).isVisible()).toBe(true)
    expect(await page.getByText('Weight 4').isVisible()).toBe(true)
    expect(await page.getByText('Industry is Logistics').isVisible()).toBe(true)
  })

  it('scores a sample account, explains it, and rescores it when the rep records the evidence', async () => {
    const { logistics, other } = sampleCompanies()
    await page.getByRole('link', { name: /^Accounts/ }).click()
    await page.getByRole('button', { name: 'Load the sample territory' }).click()
    await showAccount(logistics)
    await expect.poll(() => page.getByRole('cell', { name: logistics, exact: true }).isVisible()).toBe(true)

    // Another industry misses the must-have: ruled out.
    await showAccount(other)
    await page.getByRole('button', { name: `Fit of ${other}`, exact: true }).click()
    const drawer = page.getByRole('dialog')
    await expect.poll(() => drawer.getByText('No fit', { exact: true }).isVisible()).toBe(true)
    expect(await drawer.getByText(/Ruled out: misses the must-have “Moves freight”/).isVisible()).toBe(true)
    await drawer.getByRole('button', { name: 'Close fit' }).click()

    await showAccount(logistics)
    await page.getByRole('button', { name: `Fit of ${logistics}`, exact: true }).click()
    // Must-have met (weight 3), evidence unknown (weight 4, half credit): (3 + 2) / 7 = 71.
    await expect.poll(() => drawer.getByLabel('Fit score 71 out of 100').isVisible()).toBe(true)
    expect(await drawer.getByText('Good fit', { exact: true }).isVisible()).toBe(true)
    expect(await drawer.getByText('Industry is Logistics').isVisible()).toBe(true)
    const findOut = drawer.getByRole('region', { name: 'To find out on the call' })
    expect(await findOut.getByText('Who owns customer research there?').isVisible()).toBe(true)
    await saveScreenshot(page, 'fit-explanation')

    const evidence = drawer.getByRole('group', { name: /Has a consumer-insights team/ })
    // click, not check: the choice is confirmed by the store's answer, which the poll below waits for.
    await evidence.getByRole('radio', { name: 'Met', exact: true }).click()
    await expect.poll(() => drawer.getByLabel('Fit score 100 out of 100').isVisible()).toBe(true)
    expect(await drawer.getByText('Strong fit', { exact: true }).isVisible()).toBe(true)
    expect(await findOut.count()).toBe(0)
    expect(await drawer.getByText('Confirmed by you').isVisible()).toBe(true)

    // A note, then the score holds after reopening.
    await drawer.getByRole('group', { name: /Has a consumer-insights team/ }).getByRole('button', { name: /Add a note/ }).click()
    await drawer.getByLabel('Note on Has a consumer-insights team').fill('Met their insights lead at a trade show')
    await drawer.getByRole('button', { name: 'Save note' }).click()
    await expect.poll(() => drawer.getByText('Confirmed by you: Met their insights lead at a trade show').isVisible()).toBe(true)
    await drawer.getByRole('button', { name: 'Close fit' }).click()
    await page.getByRole('button', { name: `Fit of ${logistics}`, exact: true }).click()
    await expect.poll(() => drawer.getByLabel('Fit score 100 out of 100').isVisible()).toBe(true)
    await drawer.getByRole('button', { name: 'Close fit' }).click()
  })

  it('shows how the territory meets each qualifier on the ideal-prospect screen', async () => {
    await page.getByRole('link', { name: /^Ideal prospect/ }).click()
    const summary = page.getByRole('list', { name: 'How your accounts score' })
    await expect.poll(() => summary.isVisible()).toBe(true)
    expect(await summary.getByText(/of 200 accounts/).isVisible()).toBe(true)
    // Every sample account has an industry, so the industry qualifier has no unknowns; one account has the evidence.
    const evidenceRow = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Has a consumer-insights team/ }) })
    expect(await evidenceRow.getByText('1 meet · 0 miss · 199 unknown').isVisible()).toBe(true)
    await saveScreenshot(page, 'ideal-prospect')
  })

  it('keeps lessons from calls, and says when they cannot be read, with Try again', async () => {
    const lessons = page.getByRole('region', { name: 'Lessons from calls' })
    await expect.poll(() => lessons.getByText('No lessons yet.', { exact: false }).isVisible()).toBe(true)
    await lessons.getByLabel('What did the call teach you?').fill('Shippers that outsource their fleet do not plan routes in house')
    await lessons.getByRole('button', { name: 'Keep this lesson' }).click()
    await expect.poll(() => lessons.getByRole('listitem').count()).toBe(1)
    expect(await lessons.getByText('No lessons yet.', { exact: false }).count()).toBe(0)

    const failure = { ok: false, error: { code: 'INTERNAL', message: 'The lessons could not be read just now.' } }
    await page.route('**/api/invoke/lessons.list', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(failure) }),
    )
    await page.reload()
    const alert = lessons.getByRole('alert').filter({ hasText: 'The lessons could not be read just now.' })
    await expect.poll(() => alert.isVisible()).toBe(true)
    // Not "no lessons": nothing is known about them yet. The form is still there to write one.
    expect(await lessons.getByText('No lessons yet.', { exact: false }).count()).toBe(0)
    expect(await lessons.getByLabel('What did the call teach you?').isEditable()).toBe(true)

    await page.unroute('**/api/invoke/lessons.list')
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => lessons.getByRole('listitem').count()).toBe(1)
    await expect.poll(() => alert.count()).toBe(0)
  })
})
