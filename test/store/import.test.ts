import Papa from 'papaparse'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../electron/handlers/dispatch'
import type { HandlerContext } from '../../electron/handlers/context'
import type { Database } from '../../electron/store/database'
import { insertAccount, listAccounts, softDeleteAccount, updateAccount } from '../../electron/store/repositories/accounts'
import {
  getAccountStanding,
  getContact,
  insertContact,
  listContactsWithAccountForExport,
  listDoNotContactHistory,
  setAccountDoNotContact,
  setAccountRelationship,
  setContactDoNotContact,
  softDeleteContact,
} from '../../electron/store/repositories/contacts'
import { contactFieldsSchema, type Contact, type ContactFields, type ContactFieldsInput } from '../../src/shared/contract/contacts'
import { accountFieldsSchema, type Account, type AccountFieldsInput } from '../../src/shared/contract/accounts'
import type { Envelope } from '../../src/shared/contract/envelope'
import { importLimits, type DuplicateChoice, type ImportAnalysis, type ImportResult } from '../../src/shared/contract/import'
import type { ExportFile } from '../../src/shared/contract/export'
import { normaliseDomain, normaliseName } from '../../src/shared/domain/duplicates'
import { accountFields } from '../support/accounts'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'
import { generateCompanies, hubSpotRecordId, toHubSpotCsv, toSalesforceCsv, type GeneratedCompany } from '../support/territory'

afterAll(removeTempDirs)

type Ctx = HandlerContext

function unwrap<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
  return envelope.data as T
}

function failure(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error(`expected a failure, got ${JSON.stringify(envelope.data).slice(0, 200)}`)
  return envelope.error
}

async function analyse(ctx: Ctx, text: string, fileName: string | null = 'accounts.csv'): Promise<ImportAnalysis> {
  return unwrap<ImportAnalysis>(await dispatch(ctx, 'import.analyse', { text, fileName }))
}

interface RunOptions {
  mapping?: ImportAnalysis['mapping']
  default?: DuplicateChoice
  rows?: { row: number; choice: DuplicateChoice }[]
  skipRowsWithProblems?: boolean
}

function runPayload(analysis: ImportAnalysis, options: RunOptions = {}) {
  return {
    importId: analysis.importId,
    mapping: options.mapping ?? analysis.mapping,
    duplicates: { default: options.default ?? 'skip', rows: options.rows ?? [] },
    skipRowsWithProblems: options.skipRowsWithProblems ?? false,
  }
}

async function importText(ctx: Ctx, text: string, options: RunOptions = {}): Promise<{ analysis: ImportAnalysis; result: ImportResult }> {
  const analysis = await analyse(ctx, text)
  const result = unwrap<ImportResult>(await dispatch(ctx, 'import.run', runPayload(analysis, options)))
  return { analysis, result }
}

/** Every row of every table (FTS shadow tables included), to prove that a failed import changed nothing. */
function dump(db: Database): Record<string, unknown[]> {
  const tables = (db.prepare('PRAGMA table_list').all() as { schema: string; name: string; type: string }[])
    .filter((table) => table.schema === 'main' && table.type === 'table' && !table.name.startsWith('sqlite_'))
    .map((table) => table.name)
    .sort()
  // No ORDER BY: some FTS shadow tables have no rowid, and a rollback restores the very same pages anyway.
  return Object.fromEntries(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]))
}

/** Accounts as the app stores them: through the same schema as the form (which trims, for one). */
function seed(db: Database, ...accounts: AccountFieldsInput[]): Account[] {
  return accounts.map((fields) => insertAccount(db, accountFieldsSchema.parse(fields)))
}

function csv(rows: (string | number)[][]): string {
  return Papa.unparse(rows, { newline: '\r\n' })
}

const plainHeader = ['Company name', 'Website', 'Industry', 'City', 'Employees', 'Annual revenue', 'Description']

/** What an account holds, without the bookkeeping that an import does not carry over. */
function content(account: Account) {
  const { createdAt: _created, updatedAt: _updated, ...rest } = account
  return rest
}

function asFields(company: GeneratedCompany): Omit<Account, 'id' | 'createdAt' | 'updatedAt'> {
  return { ...company }
}

describe('importing a CRM export', () => {
  it('recognises a HubSpot companies export, previews it and imports every row with its record id', async () => {
    const { db, ctx } = openTempDatabase()
    const companies = generateCompanies(300, 11)
    const analysis = await analyse(ctx, toHubSpotCsv(companies), 'hubspot-companies.csv')
    expect(analysis.source).toBe('hubspot')
    expect(analysis.rowCount).toBe(300)
    expect(analysis.problems).toEqual([])
    expect(analysis.duplicates).toEqual([])
    expect(analysis.newCount).toBe(300)
    expect(analysis.mapping[analysis.headers.indexOf('Company name')]).toBe('name')
    expect(analysis.mapping[analysis.headers.indexOf('Record ID')]).toBe('externalId')
    expect(analysis.preview).toHaveLength(importLimits.previewRows)
    expect(analysis.preview[0]).toEqual({
      row: 2,
      values: expect.objectContaining({ name: companies[0]?.name, employees: companies[0]?.employees, externalId: hubSpotRecordId(0) }),
    })

    const result = unwrap<ImportResult>(await dispatch(ctx, 'import.run', runPayload(analysis)))
    expect(result).toMatchObject({ added: 300, updated: 0, skippedDuplicates: 0, skippedWithProblems: 0 })

    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
    expect(listAccounts(db).map(content).map(({ id: _id, ...fields }) => fields).sort(byName)).toEqual(companies.map(asFields).sort(byName))
    const stored = db.prepare('SELECT external_id, source, domain, name_key, import_batch_id FROM account WHERE name = ?').get(companies[5]?.name) as Record<string, string>
    expect(stored).toEqual({
      external_id: hubSpotRecordId(5),
      source: 'hubspot',
      domain: normaliseDomain(companies[5]?.website ?? null),
      name_key: normaliseName(companies[5]?.name ?? ''),
      import_batch_id: result.batchId,
    })
    const history = unwrap<{ id: string; fileName: string; source: string; rows: number; added: number }[]>(await dispatch(ctx, 'import.history', {}))
    expect(history).toEqual([expect.objectContaining({ id: result.batchId, fileName: 'hubspot-companies.csv', source: 'hubspot', rows: 300, added: 300 })])
    expect(unwrap<{ phase: string; done: number; total: number }>(await dispatch(ctx, 'import.progress', { importId: analysis.importId }))).toEqual({
      importId: analysis.importId,
      phase: 'done',
      done: 300,
      total: 300,
    })
    db.close()
  })

  it('recognises a Salesforce accounts export', async () => {
    const { db, ctx } = openTempDatabase()
    const companies = generateCompanies(40, 12)
    const { analysis, result } = await importText(ctx, toSalesforceCsv(companies))
    expect(analysis.source).toBe('salesforce')
    expect(analysis.mapping[analysis.headers.indexOf('Billing City')]).toBe('city')
    expect(result.added).toBe(40)
    expect(db.prepare("SELECT count(*) FROM account WHERE source = 'salesforce' AND external_id LIKE '001%'").pluck().get()).toBe(40)
    db.close()
  })

  it('matches a second import of the same export by record id, even after a rename', async () => {
    const { db, ctx } = openTempDatabase()
    const companies = generateCompanies(30, 13)
    await importText(ctx, toHubSpotCsv(companies))
    const renamed = companies.map((c, i) => (i === 3 ? { ...c, name: 'Completely New Name Ltd', website: 'https://new-name.example' } : c))
    const again = await analyse(ctx, toHubSpotCsv(renamed))
    expect(again.duplicateCount).toBe(30)
    expect(again.duplicates.every((d) => d.by === 'id')).toBe(true)
    const run = unwrap<ImportResult>(await dispatch(ctx, 'import.run', runPayload(again, { default: 'update' })))
    expect(run).toMatchObject({ added: 0, updated: 30 })
    expect(listAccounts(db).map((a) => a.name)).toContain('Completely New Name Ltd')
    expect(listAccounts(db)).toHaveLength(30)
    db.close()
  })

  it('lets the rep change the mapping and sees the effect before importing', async () => {
    const { db, ctx } = openTempDatabase()
    const text = csv([
      ['Company name', 'Town', 'Notes'],
      ['Quillmere Ltd', 'Leeds', 'met at the fair'],
    ])
    const first = await analyse(ctx, text)
    expect(first.mapping).toEqual(['name', 'city', null])
    expect(first.columnSamples).toEqual(['Quillmere Ltd', 'Leeds', 'met at the fair'])
    const remapped = unwrap<ImportAnalysis>(await dispatch(ctx, 'import.remap', { importId: first.importId, mapping: ['name', 'region', 'description'] }))
    expect(remapped.preview[0]?.values).toEqual({ name: 'Quillmere Ltd', region: 'Leeds', description: 'met at the fair' })
    await dispatch(ctx, 'import.run', runPayload(remapped))
    expect(listAccounts(db)[0]).toMatchObject({ name: 'Quillmere Ltd', city: null, region: 'Leeds', description: 'met at the fair' })
    db.close()
  })
})

describe('row problems', () => {
  const withProblems = [
    'Company name,Website,Employees,Annual revenue',
    'Good One Ltd,goodone.example,12,"$1.2M"',
    ',nameless.example,5,100',
    '',
    'Bad Number Ltd,badnumber.example,about fifty,100',
    'Bad Site Ltd,not a web address,5,100',
    `${'Long'.repeat(60)},long.example,5,100`,
    'Good Two Ltd,goodtwo.example,"1,200",4.5 million',
  ].join('\r\n')

  it('lists each problem with its spreadsheet row number (header = row 1, blank lines counted)', async () => {
    const { db, ctx } = openTempDatabase()
    const analysis = await analyse(ctx, withProblems)
    expect(analysis.rowCount).toBe(6)
    expect(analysis.rowsWithErrors).toBe(4)
    const errors = analysis.problems.filter((p) => p.severity === 'error')
    expect(errors.map((p) => p.row)).toEqual([3, 5, 6, 7])
    expect(errors[0]?.message).toBe('Name is required')
    expect(errors[1]?.message).toBe('Employees “about fifty” is not a number')
    expect(errors[2]?.message).toBe('Website “not a web address” is not a web address')
    expect(errors[3]?.message).toBe('Name can be at most 200 characters')
    db.close()
  })

  it('writes nothing when rows have problems and the rep did not choose to import the rest', async () => {
    const { db, ctx } = openTempDatabase()
    seed(db, { name: 'Already Here Ltd', website: 'already.example' })
    const before = dump(db)
    const analysis = await analyse(ctx, withProblems)
    const error = failure(await dispatch(ctx, 'import.run', runPayload(analysis)))
    expect(error.code).toBe('IMPORT_FAILED')
    expect(error.message).toContain('4 rows have problems (row 3, 5, 6, 7)')
    expect(error.issues?.map((issue) => issue.path)).toEqual(['row.3', 'row.5', 'row.6', 'row.7'])
    expect(dump(db)).toEqual(before)
    expect(unwrap<unknown[]>(await dispatch(ctx, 'import.history', {}))).toEqual([])
    db.close()
  })

  it('imports the other rows when the rep chooses to skip the ones with problems', async () => {
    const { db, ctx } = openTempDatabase()
    const { result } = await importText(ctx, withProblems, { skipRowsWithProblems: true })
    expect(result).toMatchObject({ added: 2, skippedWithProblems: 4 })
    expect(listAccounts(db).map((a) => [a.name, a.employees, a.annualRevenue])).toEqual([
      ['Good One Ltd', 12, 1_200_000],
      ['Good Two Ltd', 1200, 4_500_000],
    ])
    db.close()
  })

  it('rolls back everything when a row fails while writing', async () => {
    const { db, ctx } = openTempDatabase()
    seed(db, { name: 'Already Here Ltd' })
    const companies = generateCompanies(5_000, 14)
    const analysis = await analyse(ctx, toHubSpotCsv(companies))
    const before = dump(db)
    // A constraint the plan cannot foresee: the 4,321st new account breaks it halfway through the write.
    db.exec(`CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON main.account WHEN new.name = '${companies[4_320]?.name.replace(/'/g, "''")}'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`)
    const error = failure(await dispatch(ctx, 'import.run', runPayload(analysis)))
    db.exec('DROP TRIGGER fail_midway')
    expect(error.code).toBe('IMPORT_FAILED')
    expect(error.message).toContain('nothing was changed')
    // What to do next, in the rep's words: the database's own message stays in the log.
    expect(error.message).toContain('Try the import again')
    // Rows go in many at a time, so the rep is pointed at the stretch that held the failing row (4,322).
    const [, from, to] = /between rows (\d+) and (\d+)\./.exec(error.message) ?? []
    expect(Number(from)).toBeLessThanOrEqual(4_322)
    expect(Number(to)).toBeGreaterThanOrEqual(4_322)
    expect(error.message).not.toContain('refused by the test')
    expect(dump(db)).toEqual(before)
    expect(unwrap<{ phase: string }>(await dispatch(ctx, 'import.progress', { importId: analysis.importId })).phase).toBe('failed')
    db.close()
  })
})

/** Polls import.progress as the renderer does, until the first chunk is written. */
async function firstProgressTick(ctx: Ctx, importId: string): Promise<{ phase: string; done: number; total: number }> {
  for (;;) {
    const progress = unwrap<{ phase: string; done: number; total: number }>(await dispatch(ctx, 'import.progress', { importId }))
    if (progress.done > 0) return progress
    await new Promise((resolve) => setImmediate(resolve))
  }
}

describe('cancelling', () => {
  it('rolls back a running import at the next chunk after the rep cancels', async () => {
    const { db, ctx } = openTempDatabase()
    seed(db, { name: 'Already Here Ltd', website: 'already.example' })
    const analysis = await analyse(ctx, toHubSpotCsv(generateCompanies(12_000, 15)))
    const before = dump(db)

    const running = dispatch(ctx, 'import.run', runPayload(analysis))
    const progress = await firstProgressTick(ctx, analysis.importId)
    expect(progress.phase).toBe('writing')
    expect(progress.done).toBeGreaterThan(0)
    expect(progress.done).toBeLessThan(progress.total)
    const cancelled = unwrap<{ outcome: string }>(await dispatch(ctx, 'import.cancel', { importId: analysis.importId }))
    expect(cancelled.outcome).toBe('rolled-back')

    expect(failure(await running)).toEqual({ code: 'CANCELLED', message: 'Import cancelled. Nothing was changed.' })
    expect(unwrap<{ phase: string }>(await dispatch(ctx, 'import.progress', { importId: analysis.importId })).phase).toBe('cancelled')
    expect(dump(db)).toEqual(before)
    db.close()
  })

  it('makes other calls wait for a running import, so they neither see nor join its rows', async () => {
    const { db, ctx } = openTempDatabase()
    const analysis = await analyse(ctx, toHubSpotCsv(generateCompanies(12_000, 18)))
    const running = dispatch(ctx, 'import.run', runPayload(analysis))
    await firstProgressTick(ctx, analysis.importId)
    const listed = dispatch(ctx, 'accounts.list', {})
    const created = dispatch(ctx, 'accounts.create', { name: 'Typed During Import Ltd' })
    await dispatch(ctx, 'import.cancel', { importId: analysis.importId })
    expect(failure(await running).code).toBe('CANCELLED')
    expect(unwrap<Account[]>(await listed)).toEqual([])
    unwrap(await created)
    expect(listAccounts(db).map((a) => a.name)).toEqual(['Typed During Import Ltd'])
    db.close()
  })

  it('can run the same file again after a cancel', async () => {
    const { db, ctx } = openTempDatabase()
    const analysis = await analyse(ctx, toHubSpotCsv(generateCompanies(4_500, 16)))
    const running = dispatch(ctx, 'import.run', runPayload(analysis))
    await dispatch(ctx, 'import.cancel', { importId: analysis.importId })
    expect(failure(await running).code).toBe('CANCELLED')
    const result = unwrap<ImportResult>(await dispatch(ctx, 'import.run', runPayload(analysis)))
    expect(result.added).toBe(4_500)
    expect(failure(await dispatch(ctx, 'import.run', runPayload(analysis))).code).toBe('CONFLICT')
    db.close()
  })

  it('forgets an analysed file that was never imported', async () => {
    const { db, ctx } = openTempDatabase()
    const analysis = await analyse(ctx, csv([['Company name'], ['Orlbrook Ltd']]))
    expect(unwrap<{ outcome: string }>(await dispatch(ctx, 'import.cancel', { importId: analysis.importId })).outcome).toBe('discarded')
    expect(failure(await dispatch(ctx, 'import.progress', { importId: analysis.importId })).code).toBe('NOT_FOUND')
    expect(listAccounts(db)).toEqual([])
    db.close()
  })
})

describe('duplicates', () => {
  function setUp() {
    const opened = openTempDatabase()
    const [acme, borealis, binned] = seed(
      opened.db,
      { name: 'Acme Industrial', website: 'https://www.acme-industrial.example/', city: 'Leeds', industry: 'Manufacturing' },
      { name: 'Borealis Freight Ltd', city: 'York' },
      { name: 'Binned Co', website: 'binned.example' },
    )
    softDeleteAccount(opened.db, binned?.id ?? '')
    const text = csv([
      plainHeader,
      ['Acme Industrial Inc.', 'http://acme-industrial.example', '', 'Bradford', 250, '', ''],
      ['Borealis Freight', '', 'Logistics', '', '', '', 'Cold chain'],
      ['Fresh Start Co', 'freshstart.example', '', '', 12, '', ''],
      ['Fresh Start Company', 'https://freshstart.example/about', '', 'Hull', '', '', ''],
      ['Binned Co', 'binned.example', '', '', '', '', ''],
    ])
    return { ...opened, acme: acme as Account, borealis: borealis as Account, text }
  }

  it('finds them by domain (ignoring scheme, www and path), then by normalised name, and within the file', async () => {
    const { db, ctx, acme, borealis, text } = setUp()
    const analysis = await analyse(ctx, text)
    expect(analysis.duplicates).toEqual([
      { row: 2, name: 'Acme Industrial Inc.', by: 'domain', existingId: acme.id, existingName: 'Acme Industrial', earlierRow: null },
      { row: 3, name: 'Borealis Freight', by: 'name', existingId: borealis.id, existingName: 'Borealis Freight Ltd', earlierRow: null },
      { row: 5, name: 'Fresh Start Company', by: 'domain', existingId: null, existingName: 'Fresh Start Co', earlierRow: 4 },
    ])
    expect(analysis.newCount).toBe(2)
    db.close()
  })

  it('skips them', async () => {
    const { db, ctx, acme, borealis, text } = setUp()
    const { result } = await importText(ctx, text, { default: 'skip' })
    expect(result).toMatchObject({ added: 2, updated: 0, skippedDuplicates: 3 })
    expect(listAccounts(db).find((a) => a.id === acme.id)).toEqual(acme)
    expect(listAccounts(db).find((a) => a.id === borealis.id)).toEqual(borealis)
    expect(listAccounts(db).map((a) => a.name)).toEqual(['Acme Industrial', 'Binned Co', 'Borealis Freight Ltd', 'Fresh Start Co'])
    db.close()
  })

  it('updates the existing account: filled cells replace, blank cells keep what was there', async () => {
    const { db, ctx, acme, borealis, text } = setUp()
    const { result } = await importText(ctx, text, { default: 'update' })
    expect(result).toMatchObject({ added: 2, updated: 3, skippedDuplicates: 0 })
    const accounts = listAccounts(db)
    expect(accounts.find((a) => a.id === acme.id)).toMatchObject({
      name: 'Acme Industrial Inc.',
      website: 'http://acme-industrial.example',
      city: 'Bradford',
      industry: 'Manufacturing',
      employees: 250,
    })
    expect(accounts.find((a) => a.id === borealis.id)).toMatchObject({ name: 'Borealis Freight', city: 'York', industry: 'Logistics', description: 'Cold chain' })
    // The repeat within the file updated the account its first row created.
    expect(accounts.filter((a) => a.name.startsWith('Fresh Start'))).toEqual([
      expect.objectContaining({ name: 'Fresh Start Company', website: 'https://freshstart.example/about', city: 'Hull', employees: 12 }),
    ])
    expect(db.prepare('SELECT name_key FROM account WHERE id = ?').pluck().get(acme.id)).toBe(normaliseName('Acme Industrial Inc.'))
    db.close()
  })

  it('keeps both, and honours a choice per row over the default', async () => {
    const { db, ctx, acme, text } = setUp()
    const { result } = await importText(ctx, text, { default: 'keep-both', rows: [{ row: 2, choice: 'skip' }, { row: 5, choice: 'update' }] })
    expect(result).toMatchObject({ added: 3, updated: 1, skippedDuplicates: 1 })
    const names = listAccounts(db).map((a) => a.name)
    expect(names).toEqual(['Acme Industrial', 'Binned Co', 'Borealis Freight', 'Borealis Freight Ltd', 'Fresh Start Company'])
    expect(listAccounts(db).find((a) => a.id === acme.id)).toEqual(acme)
    db.close()
  })
})

describe('reading files', () => {
  const rows = [
    ['Company name', 'Website', 'Description'],
    ['Smith, Jones & Partners', 'smithjones.example', 'Line one\r\nline two\nline "three"'],
    ['Émile Thé GmbH', 'emile-the.example', '東京 office, "quoted", 🚀'],
  ]

  it('reads UTF-8 with or without a BOM the same way', async () => {
    const { db, ctx } = openTempDatabase()
    const plain = await analyse(ctx, csv(rows))
    const withBom = await analyse(ctx, `\uFEFF${csv(rows)}`)
    expect(withBom.headers).toEqual(plain.headers)
    expect(withBom.mapping).toEqual(['name', 'website', 'description'])
    expect(withBom.preview).toEqual(plain.preview)
    db.close()
  })

  it('keeps quoted commas, quotes and line breaks, and skips blank lines', async () => {
    const { db, ctx } = openTempDatabase()
    const text = `\r\n${csv(rows.slice(0, 2))}\r\n\r\n\r\n${csv(rows.slice(2))}\r\n\r\n`
    const { analysis, result } = await importText(ctx, text)
    expect(analysis.rowCount).toBe(2)
    // Numbered as a spreadsheet shows them: the leading blank line is row 1, a quoted line break stays in its row.
    expect(analysis.preview.map((p) => p.row)).toEqual([3, 6])
    expect(result.added).toBe(2)
    expect(listAccounts(db).map((a) => [a.name, a.description])).toEqual([
      ['Smith, Jones & Partners', 'Line one\r\nline two\nline "three"'],
      ['Émile Thé GmbH', '東京 office, "quoted", 🚀'],
    ])
    db.close()
  })

  it('keeps a leading quote in a CRM export as it is: only Groundwork’s own files are unprotected', async () => {
    const { db, ctx } = openTempDatabase()
    const text = csv([
      ['Company name', 'Website', 'Description'],
      ["'=Quoted on purpose Ltd", 'quoted.example', "'-5 days of backlog"],
    ])
    const { analysis, result } = await importText(ctx, text)
    expect(analysis.source).not.toBe('groundwork')
    expect(analysis.columnSamples).toEqual(["'=Quoted on purpose Ltd", 'quoted.example', "'-5 days of backlog"])
    expect(result.added).toBe(1)
    const [stored] = listAccounts(db)
    expect([stored?.name, stored?.description]).toEqual(["'=Quoted on purpose Ltd", "'-5 days of backlog"])

    // The same values written by Groundwork's export come back exactly, protection undone.
    const exported = unwrap<ExportFile>(await dispatch(ctx, 'export.accounts', {}))
    expect(exported.text).toContain("''=Quoted on purpose Ltd")
    const { db: other, ctx: otherCtx } = openTempDatabase()
    const again = await importText(otherCtx, exported.text)
    expect(again.analysis.source).toBe('groundwork')
    const [copy] = listAccounts(other)
    expect([copy?.name, copy?.description]).toEqual(["'=Quoted on purpose Ltd", "'-5 days of backlog"])
    other.close()
    db.close()
  })

  it('reads a 50 KB field; a description longer than an account holds is a row problem', async () => {
    const { db, ctx } = openTempDatabase()
    const notes = 'n,"'.repeat(17_000)
    const text = csv([
      ['Company name', 'Description', 'Notes'],
      ['Wide Notes Ltd', 'd'.repeat(9_999), notes],
      ['Too Long Ltd', 'x'.repeat(10_001), 'short'],
    ])
    const analysis = await analyse(ctx, text)
    expect(analysis.problems).toEqual([{ row: 3, severity: 'error', message: 'Description can be at most 10000 characters' }])
    const result = unwrap<ImportResult>(await dispatch(ctx, 'import.run', runPayload(analysis, { skipRowsWithProblems: true })))
    expect(result.added).toBe(1)
    expect(listAccounts(db)[0]?.description).toHaveLength(9_999)
    db.close()
  })

  it('imports a file of about 50 MB and refuses one just over, saying how large it is', async () => {
    const { db, ctx } = openTempDatabase()
    const bulk = 'Background: '.padEnd(10_000, 'lorem ipsum ')
    const header = 'Company name,Website,Notes\r\n'
    const line = (i: number) => `Bulk Company ${i},bulk${i}.example,${bulk}\r\n`
    const lines: string[] = [header]
    let size = header.length
    for (let i = 0; size + line(i).length < importLimits.maxFileBytes - 200_000; i++) {
      lines.push(line(i))
      size += line(i).length
    }
    const text = lines.join('')
    expect(Buffer.byteLength(text)).toBeGreaterThan(49 * 1024 * 1024)
    const { analysis, result } = await importText(ctx, text)
    expect(result.added).toBe(analysis.rowCount)
    expect(result.added).toBe(lines.length - 1)

    const tooLarge = text + line(999_999).repeat(Math.ceil(300_000 / line(0).length))
    const error = failure(await dispatch(ctx, 'import.analyse', { text: tooLarge, fileName: 'big.csv' }))
    expect(error.code).toBe('IMPORT_FAILED')
    expect(error.message).toMatch(/^This file is 50\.\d MB; Groundwork imports files up to 50\.0 MB\./)

    const huge = failure(await dispatch(ctx, 'import.analyse', { text: 'x'.repeat(importLimits.maxTextChars + 1), fileName: 'huge.csv' }))
    expect(huge.code).toBe('INVALID_INPUT')
    expect(huge.message).toBe('text: This file is larger than 60 MB. Groundwork imports files up to 50 MB.')
    db.close()
  }, 120_000)

  it.each([
    ['an unclosed quote', 'Company name,Website\r\nGood Ltd,good.example\r\n"Broken Ltd,broken.example\r\nLast Ltd,last.example', /^Row 3 opens a quoted value that is never closed/],
    ['binary bytes', 'PK\u0003\u0004\u0000\u0000binary', /^This is not a text file/],
    ['an empty file', '\uFEFF  \r\n', /^The file is empty\./],
    ['a first row of values instead of a header', 'Acme Ltd,acme.example,250\r\nBeta Ltd,beta.example,12', /^The first row holds values, not column names/],
    ['a header with no rows', 'Company name,Website\r\n', /^The file has column names but no rows to import\./],
  ])('refuses %s with a clear reason', async (_label, text, message) => {
    const { db, ctx } = openTempDatabase()
    const before = dump(db)
    const error = failure(await dispatch(ctx, 'import.analyse', { text, fileName: 'input.csv' }))
    expect(error.code).toBe('IMPORT_FAILED')
    expect(error.message).toMatch(message)
    expect(dump(db)).toEqual(before)
    db.close()
  })

  it('refuses a workbook by its name and says what to do', async () => {
    const { db, ctx } = openTempDatabase()
    const error = failure(await dispatch(ctx, 'import.analyse', { text: 'Company name\r\nA Ltd', fileName: 'Territory.xlsx' }))
    expect(error).toMatchObject({ code: 'IMPORT_FAILED', message: expect.stringContaining('Territory.xlsx is an Excel workbook, not a CSV file. Save or export it as CSV') })
    db.close()
  })
})

describe('export', () => {
  const nasty: AccountFieldsInput[] = [
    { name: '=SUM(A1:A9)', website: 'formula.example', description: '+1 and more', city: '-2', region: '@x', country: "'=already quoted" },
    { name: 'Quotes "and", commas Ltd', description: 'line one\r\nline two\nline three', industry: "'plain quote" },
    { name: 'Ünïcödé 東京 🚀 Ltd', website: 'https://www.unicode.example/path?q=1', employees: 0, annualRevenue: 0.1 },
    { name: '@handle Co', description: '\tleading tab, trimmed like the form does; inner\ttab kept', employees: 10_000_000, annualRevenue: 12_345_678.9 },
    { name: 'Minus Co', industry: '-', city: '=', region: '+', country: '@' },
  ]

  it('writes a formula-safe CSV with a BOM and CRLF, in Groundwork’s own columns', async () => {
    const { db, ctx } = openTempDatabase()
    seed(db, ...nasty)
    const file = unwrap<ExportFile>(await dispatch(ctx, 'export.accounts', {}))
    expect(file.fileName).toMatch(/^groundwork-accounts-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(file.rowCount).toBe(5)
    expect(
      file.text.startsWith(
        '\uFEFF"id","name","website","industry","city","region","country","employees","annual_revenue","description",' +
          '"relationship","do_not_contact","do_not_contact_at","do_not_contact_reason"\r\n',
      ),
    ).toBe(true)
    const cells = Papa.parse<string[]>(file.text.slice(1), { skipEmptyLines: true }).data.flat()
    expect(cells).toContain("'=SUM(A1:A9)")
    expect(cells).toContain("'+1 and more")
    expect(cells).toContain("'-2")
    expect(cells).toContain("'@handle Co")
    expect(cells).toContain("''=already quoted")
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    db.close()
  })

  it('dates the file by the rep’s own calendar day, not by UTC', async () => {
    const { db, ctx } = openTempDatabase()
    // Late on the 31st west of UTC, or early on it east of UTC, is another day in UTC.
    const moments = [new Date(2025, 0, 31, 23, 59, 30), new Date(2025, 0, 31, 0, 0, 30)]
    const moment = moments.find((date) => !date.toISOString().startsWith('2025-01-31')) ?? moments[0]
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(moment ?? new Date(2025, 0, 31, 12))
    try {
      const accounts = unwrap<ExportFile>(await dispatch(ctx, 'export.accounts', {}))
      const contacts = unwrap<ExportFile>(await dispatch(ctx, 'export.contacts', {}))
      expect(accounts.fileName).toBe('groundwork-accounts-2025-01-31.csv')
      expect(contacts.fileName).toBe('groundwork-contacts-2025-01-31.csv')
    } finally {
      vi.useRealTimers()
      db.close()
    }
  })

  it('re-imports losslessly into an empty store: same ids, same fields', async () => {
    const source = openTempDatabase()
    const made = seed(source.db, ...nasty, ...generateCompanies(200, 17).map(asFields))
    // An edited and a deleted account: the export holds what is live, as it is now.
    updateAccount(source.db, made[5]?.id ?? '', accountFields({ name: 'Edited Later Ltd', city: 'Cork' }))
    softDeleteAccount(source.db, made[6]?.id ?? '')
    const file = unwrap<ExportFile>(await dispatch(source.ctx, 'export.accounts', {}))

    const target = openTempDatabase()
    const { analysis, result } = await importText(target.ctx, file.text)
    expect(analysis.source).toBe('groundwork')
    expect(analysis.problems).toEqual([])
    expect(result.added).toBe(204)
    expect(listAccounts(target.db).map(content)).toEqual(listAccounts(source.db).map(content))

    // Exported again, the file is the same apart from nothing at all.
    const second = unwrap<ExportFile>(await dispatch(target.ctx, 'export.accounts', {}))
    expect(second.text).toBe(file.text)
    // Imported once more into the same store: every row is recognised by its id.
    const again = await analyse(target.ctx, file.text)
    expect(again.duplicateCount).toBe(204)
    expect(new Set(again.duplicates.map((d) => d.by))).toEqual(new Set(['id']))
    source.db.close()
    target.db.close()
  })
})

describe('standing and contacts', () => {
  function contactFields(fields: ContactFieldsInput): ContactFields {
    return contactFieldsSchema.parse(fields)
  }

  /** A store with companies and people worth keeping exactly: tags, do-not-contact records, risky text. */
  function richStore() {
    const opened = openTempDatabase()
    const [acme, beacon, quiet] = seed(
      opened.db,
      { name: 'Acme Industrial', website: 'acme-industrial.example', industry: 'Manufacturing' },
      { name: '=Beacon Partners', city: '-Leeds' },
      { name: 'Quiet Co' },
    )
    setAccountRelationship(opened.db, acme?.id ?? '', 'client')
    setAccountDoNotContact(opened.db, quiet?.id ?? '', true, 'Asked on 3 May, "never again", by email')
    const ada = insertContact(
      opened.db,
      acme?.id ?? '',
      contactFields({ name: 'Ada Brenwick', title: 'Head of Ops', email: 'ada@acme.example', decisionRole: 'decision-maker', roleConfirmed: true, notes: '=HYPERLINK("x")\nsecond line' }),
    )
    insertContact(opened.db, acme?.id ?? '', contactFields({ name: '@Bo Tamwell', phone: '+44 113 496 0000', relationship: 'partner', department: '+Sales' }))
    const cleo = insertContact(opened.db, beacon?.id ?? '', contactFields({ name: 'Cléo Ørsted', decisionRole: 'gatekeeper' }))
    setContactDoNotContact(opened.db, cleo.id, true, null)
    const gone = insertContact(opened.db, beacon?.id ?? '', contactFields({ name: 'Deleted Person' }))
    softDeleteContact(opened.db, gone.id)
    return { ...opened, acme: acme as Account, quiet: quiet as Account, ada }
  }

  const contactContent = ({ createdAt: _c, updatedAt: _u, ...rest }: Contact) => rest
  const standings = (db: Database) => listAccounts(db).map((account) => getAccountStanding(db, account.id))

  it('round-trips accounts with their standing, and contacts with theirs, through export and import', async () => {
    const source = richStore()
    const accountsFile = unwrap<ExportFile>(await dispatch(source.ctx, 'export.accounts', {}))
    const contactsFile = unwrap<ExportFile>(await dispatch(source.ctx, 'export.contacts', {}))
    expect(contactsFile.rowCount).toBe(3)
    expect(contactsFile.text).toContain(`"'=HYPERLINK(""x"")\nsecond line"`)

    const target = openTempDatabase()
    const accounts = await importText(target.ctx, accountsFile.text)
    expect(accounts.analysis.restoredColumns).toHaveLength(4)
    const contacts = await analyse(target.ctx, contactsFile.text)
    expect(contacts.kind).toBe('contacts')
    expect(contacts.problems).toEqual([])
    expect(contacts.previewColumns.map((column) => column.label)).toContain('Account')
    const result = unwrap<ImportResult>(await dispatch(target.ctx, 'import.run', runPayload(contacts)))
    expect(result.added).toBe(3)

    expect(listAccounts(target.db).map(content)).toEqual(listAccounts(source.db).map(content))
    expect(standings(target.db)).toEqual(standings(source.db))
    const exportedContents = (db: Database) => listContactsWithAccountForExport(db).map(({ contact }) => contactContent(contact))
    expect(exportedContents(target.db)).toEqual(exportedContents(source.db))
    // The do-not-contact record comes along, dated when the company asked.
    const history = listDoNotContactHistory(target.db, source.quiet.id)
    expect(history).toEqual([expect.objectContaining({ action: 'marked', reason: 'Asked on 3 May, "never again", by email', at: getAccountStanding(source.db, source.quiet.id).doNotContactAt })])
    // And both files come out of the new store exactly as they went in.
    expect(unwrap<ExportFile>(await dispatch(target.ctx, 'export.accounts', {})).text).toBe(accountsFile.text)
    expect(unwrap<ExportFile>(await dispatch(target.ctx, 'export.contacts', {})).text).toBe(contactsFile.text)
    source.db.close()
    target.db.close()
  })

  it('places contacts by account name when the ids differ, and asks for the accounts file when the account is missing', async () => {
    const source = richStore()
    const contactsFile = unwrap<ExportFile>(await dispatch(source.ctx, 'export.contacts', {}))
    const target = openTempDatabase()
    seed(target.db, { name: 'Acme Industrial' })
    const analysis = await analyse(target.ctx, contactsFile.text)
    expect(analysis.rowsWithErrors).toBe(1)
    expect(analysis.problems).toEqual([{ row: 2, severity: 'error', message: 'No account “=Beacon Partners” in Groundwork. Import the accounts file first.' }])
    const result = unwrap<ImportResult>(await dispatch(target.ctx, 'import.run', runPayload(analysis, { skipRowsWithProblems: true })))
    expect(result).toMatchObject({ added: 2, skippedWithProblems: 1 })
    source.db.close()
    target.db.close()
  })

  it('matches known contacts by id, name or email, and never lifts a do-not-contact flag', async () => {
    const { db, ctx, acme, quiet, ada } = richStore()
    const accountsFile = unwrap<ExportFile>(await dispatch(ctx, 'export.accounts', {}))
    const contactsFile = unwrap<ExportFile>(await dispatch(ctx, 'export.contacts', {}))
    // The file says Quiet Co may be contacted again: an import must not be how that happens.
    const table = Papa.parse<string[]>(accountsFile.text.slice(1), { skipEmptyLines: true }).data
    const flag = table[0]?.indexOf('do_not_contact') ?? -1
    for (const row of table) if (row[1] === 'Quiet Co') row.splice(flag, 3, 'no', '', '')
    const liftedInFile = Papa.unparse(table, { newline: '\r\n' })
    const again = await analyse(ctx, liftedInFile)
    expect(again.duplicateCount).toBe(3)
    await dispatch(ctx, 'import.run', runPayload(again, { default: 'update' }))
    expect(getAccountStanding(db, quiet.id).doNotContact).toBe(true)
    expect(getAccountStanding(db, acme.id).relationship).toBe('client')

    const people = await analyse(ctx, contactsFile.text.replace(ada.id, '0190a000-0000-7000-8000-0000000000aa'))
    expect(people.duplicates.map((d) => [d.row, d.by, d.existingName])).toEqual([
      [2, 'id', 'Cléo Ørsted'],
      [3, 'id', '@Bo Tamwell'],
      [4, 'name', 'Ada Brenwick'],
    ])
    db.close()
  })
})

describe('updating known contacts from a file', () => {
  function knownClient() {
    const opened = openTempDatabase()
    const [acme] = seed(opened.db, { name: 'Acme Industrial' })
    const contact = insertContact(
      opened.db,
      acme?.id ?? '',
      contactFieldsSchema.parse({ name: 'Ada Brenwick', title: 'Head of Ops', decisionRole: 'decision-maker', roleConfirmed: true, relationship: 'client' }),
    )
    return { ...opened, accountId: acme?.id ?? '', contact }
  }

  async function update(ctx: Ctx, rows: string[][]): Promise<ImportResult> {
    const analysis = await analyse(ctx, csv(rows), 'contacts.csv')
    expect(analysis.kind).toBe('contacts')
    expect(analysis.problems).toEqual([])
    expect(analysis.duplicateCount).toBe(1)
    return unwrap<ImportResult>(await dispatch(ctx, 'import.run', runPayload(analysis, { default: 'update' })))
  }

  it('keeps the relationship and a confirmed role when the file has no such columns', async () => {
    const { db, ctx, accountId, contact } = knownClient()
    const result = await update(ctx, [
      ['contact_id', 'account_id', 'name', 'title', 'decision_role'],
      [contact.id, accountId, 'Ada Brenwick', 'COO', 'decision-maker'],
    ])
    expect(result.updated).toBe(1)
    expect(getContact(db, contact.id)).toMatchObject({ title: 'COO', decisionRole: 'decision-maker', roleConfirmed: true, relationship: 'client' })
    db.close()
  })

  it('keeps them when the cells are blank, and takes them when the file fills them', async () => {
    const { db, ctx, accountId, contact } = knownClient()
    const header = ['contact_id', 'account_id', 'name', 'decision_role', 'role_confirmed', 'relationship']
    await update(ctx, [header, [contact.id, accountId, 'Ada Brenwick', 'decision-maker', '', '']])
    expect(getContact(db, contact.id)).toMatchObject({ decisionRole: 'decision-maker', roleConfirmed: true, relationship: 'client' })
    await update(ctx, [header, [contact.id, accountId, 'Ada Brenwick', 'decision-maker', 'no', 'partner']])
    expect(getContact(db, contact.id)).toMatchObject({ decisionRole: 'decision-maker', roleConfirmed: false, relationship: 'partner' })
    db.close()
  })

  it('does not carry a confirmation over to a new role the file does not confirm', async () => {
    const { db, ctx, accountId, contact } = knownClient()
    await update(ctx, [
      ['contact_id', 'account_id', 'name', 'decision_role'],
      [contact.id, accountId, 'Ada Brenwick', 'champion'],
    ])
    expect(getContact(db, contact.id)).toMatchObject({ decisionRole: 'champion', roleConfirmed: false, relationship: 'client' })
    db.close()
  })
})

describe('the handlers refuse bad input and write nothing', () => {
  it.each([
    ['import.analyse', {}, 'text'],
    ['import.analyse', { text: 'a', fileName: 'x'.repeat(300) }, 'fileName'],
    ['import.analyse', { text: 'a', extra: true }, 'extra'],
    ['import.remap', { importId: 'not-an-id', mapping: [] }, 'importId'],
    ['import.remap', { importId: '0190a000-0000-7000-8000-000000000001', mapping: ['name', 'name'] }, 'mapping'],
    ['import.remap', { importId: '0190a000-0000-7000-8000-000000000001', mapping: ['nickname'] }, 'mapping.0'],
    [
      'import.run',
      { importId: '0190a000-0000-7000-8000-000000000001', mapping: ['website'], duplicates: { default: 'skip', rows: [] }, skipRowsWithProblems: false },
      'mapping',
    ],
    [
      'import.run',
      { importId: '0190a000-0000-7000-8000-000000000001', mapping: ['name'], duplicates: { default: 'merge', rows: [] }, skipRowsWithProblems: false },
      'duplicates.default',
    ],
    ['import.run', { importId: '0190a000-0000-7000-8000-000000000001', mapping: ['name'], duplicates: { default: 'skip', rows: [] } }, 'skipRowsWithProblems'],
    ['import.progress', { importId: 42 }, 'importId'],
    ['import.cancel', {}, 'importId'],
    ['export.accounts', { all: true }, 'all'],
  ])('%s with %j names %s', async (channel, payload, path) => {
    const { db, ctx } = openTempDatabase()
    seed(db, { name: 'Sample Ltd' })
    const before = dump(db)
    const error = failure(await dispatch(ctx, channel, payload))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues?.map((issue) => issue.path)).toContain(path)
    expect(dump(db)).toEqual(before)
    db.close()
  })

  it('says that an import id is unknown, and that a mapping must cover the file’s columns', async () => {
    const { db, ctx } = openTempDatabase()
    const unknown = failure(await dispatch(ctx, 'import.progress', { importId: '0190a000-0000-7000-8000-000000000001' }))
    expect(unknown).toEqual({ code: 'NOT_FOUND', message: 'That file is no longer open for import. Choose it again.' })
    const analysis = await analyse(ctx, csv([['Company name', 'City'], ['Tamwell Ltd', 'Bath']]))
    const narrow = failure(await dispatch(ctx, 'import.run', runPayload(analysis, { mapping: ['name'] })))
    expect(narrow).toMatchObject({ code: 'INVALID_INPUT', message: 'The file has 2 columns but the mapping names 1.' })
    expect(listAccounts(db)).toEqual([])
    db.close()
  })
})

describe('duplicate keys on accounts', () => {
  it('are kept current when the rep creates and edits an account', () => {
    const { db } = openTempDatabase()
    const [account] = seed(db, { name: 'The Keyed Company, Inc.', website: 'HTTPS://WWW.Keyed.example/home' })
    const keys = () => db.prepare('SELECT domain, name_key FROM account WHERE id = ?').get(account?.id)
    expect(keys()).toEqual({ domain: 'keyed.example', name_key: normaliseName('The Keyed Company, Inc.') })
    updateAccount(db, account?.id ?? '', accountFields({ name: 'Renamed Ltd' }))
    expect(keys()).toEqual({ domain: null, name_key: normaliseName('Renamed Ltd') })
    db.close()
  })
})
