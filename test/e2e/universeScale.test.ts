import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseFileName, openDatabase } from '../../electron/store/database'
import { launchChromium, startBrowserMode, type RunningApp } from '../support/browserMode'
import { seedAccounts, seedQualifiers } from '../support/seedTerritory'
import { makeTempDir, removeTempDirs } from '../support/tempDatabase'

/** Enough accounts for many pages of rows, few enough to write in a moment. */
const accountCount = 5_000

let app: RunningApp
let browser: Browser
let page: Page
let namesInOrder: string[]
let matchesFor: (word: string) => number

beforeAll(async () => {
  const dataDir = makeTempDir('groundwork-e2e-')
  const db = openDatabase(path.join(dataDir, databaseFileName))
  seedAccounts(db, accountCount, 77)
  seedQualifiers(db)
  namesInOrder = db.prepare('SELECT name FROM account ORDER BY name COLLATE NOCASE, rowid').pluck().all() as string[]
  const counts = new Map<string, number>()
  const texts = db
    .prepare("SELECT lower(name || ' ' || coalesce(website, '') || ' ' || coalesce(industry, '') || ' ' || coalesce(region, '') || ' ' || coalesce(country, '')) FROM account")
    .pluck()
    .all() as string[]
  matchesFor = (word) => counts.get(word) ?? counts.set(word, texts.filter((text) => text.includes(word)).length).get(word) ?? 0
  db.close()
  app = await startBrowserMode({ dataDir })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${app.url}#/universe`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  removeTempDirs()
})

const scroller = () => page.locator('.universe-scroll')

/** The names of the rows drawn at the given table positions (0-based), once they have loaded. */
async function namesAt(positions: number[]): Promise<string[]> {
  return Promise.all(
    positions.map(async (position) => {
      const row = page.locator(`[data-universe-row][aria-rowindex="${position + 2}"]`)
      await row.waitFor()
      return ((await row.getByRole('checkbox').getAttribute('aria-label')) ?? '').replace(/^Select /, '')
    }),
  )
}

describe('the universe with thousands of accounts', () => {
  it('draws only the rows in view', async () => {
    await expect.poll(() => page.locator('.universe-count').textContent()).toBe('5,000 accounts')
    const drawn = await page.locator('[data-universe-row]').count()
    expect(drawn).toBeGreaterThan(10)
    expect(drawn).toBeLessThan(100)
    expect(await namesAt([0, 1, 2])).toEqual(namesInOrder.slice(0, 3))
  })

  it('jumps to the middle and to the end, fetching those rows, without losing its place', async () => {
    const rowHeight = 36
    await scroller().evaluate((element, top) => element.scrollTo({ top }), 2_600 * rowHeight)
    expect(await namesAt([2_600, 2_601])).toEqual(namesInOrder.slice(2_600, 2_602))
    expect(await page.locator('.universe-count').textContent()).toBe('5,000 accounts')

    await scroller().evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
    expect(await namesAt([accountCount - 1])).toEqual(namesInOrder.slice(-1))
    expect(await scroller().evaluate((element) => element.scrollTop)).toBeGreaterThan(100_000)
  })

  it('counts a search over the whole territory, never showing the previous count as the answer', async () => {
    const word = (namesInOrder[2_600]?.split(' ')[0] ?? '').toLowerCase()
    expect(word).toMatch(/^[a-z]+$/)
    const answer = `${matchesFor(word).toLocaleString('en-US')} ${matchesFor(word) === 1 ? 'account' : 'accounts'} match, of 5,000`
    await page.getByLabel('Search the universe', { exact: true }).fill(word)
    await expect.poll(() => page.locator('.universe-count').textContent()).not.toBe('5,000 accounts')
    // Until the answer arrives the count says it is searching; then it is the number of matches.
    expect(['Searching…', answer]).toContain(await page.locator('.universe-count').textContent())
    await expect.poll(() => page.locator('.universe-count').textContent()).toBe(answer)
    await page.getByLabel('Search the universe', { exact: true }).fill('')
    await expect.poll(() => page.locator('.universe-count').textContent()).toBe('5,000 accounts')
  })

  it('sorts the whole territory by fit, best first, from the top again', async () => {
    await page.getByRole('button', { name: 'Fit', exact: true }).click()
    await expect.poll(() => scroller().evaluate((element) => element.scrollTop)).toBe(0)
    await expect.poll(() => page.locator('[data-universe-row][aria-rowindex="2"] .fit-badge').textContent()).toMatch(/^Strong fit/)
    const scores = (await page.locator('[data-universe-row] .fit-badge-score').allTextContents()).map(Number)
    expect(scores.length).toBeGreaterThan(5)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })
})
