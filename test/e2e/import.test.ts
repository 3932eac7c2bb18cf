import fs from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseFileName, openDatabase } from '../../electron/store/database'
import { insertAccount } from '../../electron/store/repositories/accounts'
import { accountFieldsSchema } from '../../src/shared/contract/accounts'
import { launchChromium, saveScreenshot, startBrowserMode, type RunningApp } from '../support/browserMode'
import { makeTempDir, removeTempDirs } from '../support/tempDatabase'
import { generateCompanies, toHubSpotCsv, toSalesforceCsv } from '../support/territory'

let app: RunningApp
let browser: Browser
let page: Page

const companies = generateCompanies(8, 31)
const alreadyThere = companies[3]
const formulaName = '=SUM(1,2) Holdings'

beforeAll(async () => {
  // The store already knows one company of the file (same website, other name) and one risky name.
  const dataDir = makeTempDir('groundwork-e2e-')
  const db = openDatabase(path.join(dataDir, databaseFileName))
  insertAccount(db, accountFieldsSchema.parse({ name: 'Known Before Import', website: alreadyThere?.website, city: 'Kept City' }))
  insertAccount(db, accountFieldsSchema.parse({ name: formulaName, industry: 'Finance' }))
  db.close()
  app = await startBrowserMode({ dataDir })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true })
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  removeTempDirs()
})

describe('import and export in browser mode', () => {
  it('imports a Salesforce export chosen as a file, with an adjusted column and a skipped duplicate', async () => {
    const file = path.join(makeTempDir('groundwork-csv-'), 'salesforce-accounts.csv')
    fs.writeFileSync(file, toSalesforceCsv(companies), 'utf8')

    await page.goto(app.url)
    await page.getByRole('link', { name: /^Import/ }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Import', level: 1 }).isVisible()).toBe(true)
    await page.locator('input[type=file]').setInputFiles(file)

    await expect.poll(() => page.getByText('Looks like a Salesforce accounts export.').isVisible()).toBe(true)
    expect(await page.getByLabel('Field for Billing City').inputValue()).toBe('city')
    const preview = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Row' }) }).first()
    await expect.poll(() => preview.getByRole('cell', { name: companies[0]?.name ?? '', exact: true }).isVisible()).toBe(true)
    expect(await preview.getByRole('columnheader', { name: 'Industry' }).count()).toBe(1)

    // Leave the industry out: the preview follows at once.
    await page.getByLabel('Field for Industry').selectOption({ label: 'Leave out' })
    await expect.poll(() => preview.getByRole('columnheader', { name: 'Industry' }).count()).toBe(0)
    expect(await page.getByText('Left out: Industry.').isVisible()).toBe(true)

    // The duplicate, found by website; keep both by default, but skip this row.
    await expect.poll(() => page.getByRole('heading', { name: 'Possible duplicates' }).isVisible()).toBe(true)
    const duplicates = page.locator('.duplicate-table')
    expect(await duplicates.getByRole('cell', { name: alreadyThere?.name ?? '', exact: true }).isVisible()).toBe(true)
    expect(await duplicates.getByText('Known Before Import').isVisible()).toBe(true)
    await page.getByRole('radio', { name: /Keep both/ }).check()
    await page.getByLabel('Choice for row 5').selectOption('skip')
    await saveScreenshot(page, 'import-review')

    // A look at another screen loses none of it, and the sidebar says a file is waiting.
    await page.getByRole('link', { name: /^Accounts/ }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Accounts', level: 1 }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('link', { name: /^Import/ }).textContent()).toContain('A file is waiting for review')
    await saveScreenshot(page, 'import-waiting')
    await page.getByRole('link', { name: /^Import/ }).click()
    await expect.poll(() => page.getByLabel('Choice for row 5').isVisible()).toBe(true)
    expect(await page.getByLabel('Field for Industry').inputValue()).toBe('')
    expect(await page.getByRole('radio', { name: /Keep both/ }).isChecked()).toBe(true)
    expect(await page.getByLabel('Choice for row 5').inputValue()).toBe('skip')
    expect(await preview.getByRole('columnheader', { name: 'Industry' }).count()).toBe(0)

    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Import finished' }).isVisible()).toBe(true)
    const bar = page.getByRole('progressbar', { name: 'Import progress' })
    expect(await bar.getAttribute('aria-valuenow')).toBe('8')
    expect(await bar.getAttribute('aria-valuemax')).toBe('8')
    expect(await page.locator('.summary-list').innerText()).toMatch(/7\s+added[\s\S]*0\s+updated[\s\S]*1\s+skipped/)
    await saveScreenshot(page, 'import-finished')

    await page.getByRole('link', { name: 'Open Accounts' }).click()
    for (const company of companies.filter((c) => c !== alreadyThere)) {
      await expect.poll(() => page.getByRole('cell', { name: company.name, exact: true }).isVisible()).toBe(true)
    }
    expect(await page.getByRole('cell', { name: alreadyThere?.name ?? '', exact: true }).count()).toBe(0)
    expect(await page.getByRole('cell', { name: 'Known Before Import', exact: true }).isVisible()).toBe(true)
    // Industry was left out, so none of the imported accounts has one.
    expect(await page.getByRole('cell', { name: companies[0]?.industry ?? '', exact: true }).count()).toBe(0)
  })

  it('lists past imports and refuses a file that is not CSV with the reason', async () => {
    await page.getByRole('link', { name: /^Import/ }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Past imports' }).isVisible()).toBe(true)
    // The heading shows while the list is still loading, so wait for the row itself.
    await expect.poll(() => page.getByRole('cell', { name: 'salesforce-accounts.csv' }).isVisible()).toBe(true)

    const workbook = path.join(makeTempDir('groundwork-xlsx-'), 'territory.xlsx')
    fs.writeFileSync(workbook, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]))
    await page.locator('input[type=file]').setInputFiles(workbook)
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'territory.xlsx is an Excel workbook, not a CSV file' }).isVisible()).toBe(true)

    const latin1 = path.join(makeTempDir('groundwork-latin1-'), 'old-export.csv')
    fs.writeFileSync(latin1, Buffer.from('Company name,City\r\nCaf\xe9 M\xfcller GmbH,K\xf6ln\r\n', 'latin1'))
    await page.locator('input[type=file]').setInputFiles(latin1)
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'old-export.csv is not UTF-8 text' }).isVisible()).toBe(true)
  })

  it('says when the past imports cannot be read, and reads them again with Try again', async () => {
    const failure = { ok: false, error: { code: 'INTERNAL', message: 'The import history could not be read just now.' } }
    await page.route('**/api/invoke/import.history', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(failure) }),
    )
    await page.reload()
    const history = page.getByRole('region', { name: 'Past imports' })
    const alert = history.getByRole('alert').filter({ hasText: 'The import history could not be read just now.' })
    await expect.poll(() => alert.isVisible()).toBe(true)
    // The rest of the screen is still there to use.
    expect(await page.getByRole('button', { name: 'Export accounts (CSV)' }).isVisible()).toBe(true)

    await page.unroute('**/api/invoke/import.history')
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => history.getByRole('cell', { name: 'salesforce-accounts.csv' }).isVisible()).toBe(true)
    await expect.poll(() => alert.count()).toBe(0)
  })

  it('exports accounts to a CSV whose formula-like cells are neutralised', async () => {
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export accounts (CSV)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^groundwork-accounts-\d{4}-\d{2}-\d{2}\.csv$/)
    const saved = await download.path()
    const bytes = fs.readFileSync(saved)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data
    expect(rows[0]?.slice(0, 3)).toEqual(['id', 'name', 'website'])
    expect(rows).toHaveLength(1 + 9)
    const names = rows.map((row) => row[1])
    expect(names).toContain(`'${formulaName}`)
    expect(names).not.toContain(formulaName)
    expect(text).toContain(`"'${formulaName}"`)
  })

  it('keeps an import running while the rep works elsewhere, and says when it has finished', async () => {
    const file = path.join(makeTempDir('groundwork-csv-'), 'hubspot-companies.csv')
    fs.writeFileSync(file, toHubSpotCsv(generateCompanies(30_000, 77)), 'utf8')
    await page.getByRole('link', { name: /^Import/ }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Past imports' }).isVisible()).toBe(true)
    await page.locator('input[type=file]').setInputFiles(file)
    await expect.poll(() => page.getByText('Looks like a HubSpot companies export.').isVisible(), { timeout: 15_000 }).toBe(true)

    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('link', { name: /^Call queue/ }).click()
    const finished = page.locator('.toast-message', { hasText: /^Import finished: 30,000 added, 0 updated\.$/ })
    await expect.poll(() => finished.isVisible(), { timeout: 30_000 }).toBe(true)
    await page.getByRole('button', { name: 'Open Import' }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Import finished' }).isVisible()).toBe(true)
    expect(await page.locator('.summary-list').innerText()).toMatch(/30,000\s+added/)

    // Seen, and left: the screen starts afresh next time.
    await page.getByRole('link', { name: /^Accounts/ }).click()
    await page.getByRole('link', { name: /^Import/ }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Past imports' }).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { name: 'Import finished' }).count()).toBe(0)
  })
})
