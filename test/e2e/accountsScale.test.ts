import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseFileName, openDatabase } from '../../electron/store/database'
import { launchChromium, startBrowserMode, type RunningApp } from '../support/browserMode'
import { seedAccounts } from '../support/seedTerritory'
import { makeTempDir, removeTempDirs } from '../support/tempDatabase'

/** A large territory: far more rows than a page could hold if every one were drawn. */
const accountCount = 20_000

interface SeededAccount {
  name: string
  city: string | null
  haystack: string
}

let app: RunningApp
let browser: Browser
let page: Page
let inNameOrder: SeededAccount[]

beforeAll(async () => {
  const dataDir = makeTempDir('groundwork-e2e-')
  const db = openDatabase(path.join(dataDir, databaseFileName))
  seedAccounts(db, accountCount, 2024)
  inNameOrder = db
    .prepare(
      `SELECT name, city, lower(name || ' ' || coalesce(website, '') || ' ' || coalesce(industry, '') || ' ' || coalesce(region, '') || ' ' || coalesce(country, '')) AS haystack
         FROM account ORDER BY name COLLATE NOCASE, rowid`,
    )
    .all() as SeededAccount[]
  db.close()
  app = await startBrowserMode({ dataDir })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
  await page.goto(`${app.url}#/accounts`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  removeTempDirs()
})

const count = () => page.locator('.accounts-count')
const scroller = () => page.locator('.accounts-scroll')
const cell = (name: string) => page.getByRole('cell', { name, exact: true })

/** An account in the middle of name order whose name no other account shares. */
function middleAccount(): SeededAccount {
  const names = new Map<string, number>()
  for (const account of inNameOrder) names.set(account.name, (names.get(account.name) ?? 0) + 1)
  const found = inNameOrder.slice(accountCount / 2).find((account) => names.get(account.name) === 1 && account.city !== null)
  if (!found) throw new Error('no account with a name of its own in the seeded territory')
  return found
}

describe('the accounts screen with 20,000 accounts', () => {
  it('counts every account and draws only the rows in view', async () => {
    await expect.poll(() => count().textContent()).toBe('20,000 accounts')
    const first = inNameOrder[0]?.name ?? ''
    await expect.poll(() => cell(first).isVisible()).toBe(true)
    const drawn = await page.locator('[data-account-row]').count()
    expect(drawn).toBeGreaterThan(10)
    expect(drawn).toBeLessThan(100)
  })

  it('scrolls to the end, where the last account by name is', async () => {
    const last = inNameOrder.at(-1)?.name ?? ''
    expect(await cell(last).count()).toBe(0)
    await scroller().evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
    await expect.poll(() => cell(last).isVisible()).toBe(true)
    const lastRow = page.locator('[data-account-row]').filter({ has: cell(last) })
    expect(await lastRow.getAttribute('aria-rowindex')).toBe(String(accountCount + 1))
    expect(await count().textContent()).toBe('20,000 accounts')
  })

  it('finds one account by name and edits it', async () => {
    const account = middleAccount()
    const words = account.name.toLowerCase().split(/\s+/)
    const matches = inNameOrder.filter((candidate) => words.every((word) => candidate.haystack.includes(word))).length
    await page.getByLabel('Filter accounts', { exact: true }).fill(account.name)
    await expect.poll(() => count().textContent()).toBe(`${matches.toLocaleString('en-US')} ${matches === 1 ? 'account' : 'accounts'} match, of 20,000`)
    await expect.poll(() => cell(account.name).isVisible()).toBe(true)
    expect(await scroller().evaluate((element) => element.scrollTop)).toBe(0)

    await page.getByRole('button', { name: `Edit ${account.name}`, exact: true }).click()
    const form = page.getByRole('dialog', { name: `Edit ${account.name}` })
    await expect.poll(() => form.isVisible()).toBe(true)
    // The table shows no city: the form has the whole account, read from the store.
    expect(await form.getByLabel('City').inputValue()).toBe(account.city)
    await form.getByLabel('Employees').fill('4321')
    await form.getByLabel('Industry').fill('Cold-chain logistics')
    await form.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => page.locator('.toast-message', { hasText: `Saved ${account.name}.` }).isVisible()).toBe(true)

    const row = page.locator('[data-account-row]').filter({ has: cell(account.name) })
    await expect.poll(() => row.getByRole('cell', { name: '4,321', exact: true }).isVisible()).toBe(true)
    expect(await row.getByRole('cell', { name: 'Cold-chain logistics', exact: true }).isVisible()).toBe(true)

    // The edit is in the store, not only on screen.
    await page.reload()
    await expect.poll(() => count().textContent()).toBe('20,000 accounts')
    await page.getByLabel('Filter accounts', { exact: true }).fill(account.name)
    await expect.poll(() => row.getByRole('cell', { name: '4,321', exact: true }).isVisible()).toBe(true)
  })
})
