import fs from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { accountFieldsSchema, type AccountFields } from '../../src/shared/contract/accounts'
import { AppError } from '../../src/shared/contract/envelope'
import { insertAccount } from '../store/repositories/accounts'
import { prepared } from '../store/statements'
import type { HandlerContext } from './context'

export const sampleTerritoryFile = 'sample-territory.csv'

type SampleRow = Record<string, string>

export const sampleTerritoryNotEmpty =
  'The sample territory was not loaded: your territory already has accounts (perhaps the sample itself, loaded from another window). ' +
  'The sample is only for trying Groundwork on an empty territory.'

/** The shipped file is part of the app: if it cannot be read, reinstalling is what repairs it. */
function damaged(detail: string): AppError {
  return new AppError(
    'IMPORT_FAILED',
    `The sample territory shipped with Groundwork is damaged (${detail}), so nothing was loaded. ` +
      'Reinstall Groundwork to repair it, or import your own territory from a CSV file.',
  )
}

/** Reads and checks every row of the shipped file before anything is written. */
function readSampleAccounts(file: string): AccountFields[] {
  const text = fs.readFileSync(file, 'utf8')
  const parsed = Papa.parse<SampleRow>(text, { header: true, skipEmptyLines: true, delimiter: ',' })
  // Papa numbers rows differently per kind of error, so only its message is passed on.
  const parseError = parsed.errors[0]
  if (parseError) throw damaged(parseError.message)
  if (parsed.data.length === 0) throw damaged('it holds no accounts')
  return parsed.data.map((row, index) => {
    const result = accountFieldsSchema.safeParse({
      name: row.name,
      website: row.website,
      industry: row.industry,
      city: row.city,
      region: row.region,
      country: row.country,
      employees: row.employees ? Number(row.employees) : null,
      annualRevenue: row.annual_revenue ? Number(row.annual_revenue) : null,
      description: row.description,
    })
    if (!result.success) {
      const issue = result.error.issues[0]
      const field = issue?.path.map(String).join('.') ?? ''
      throw damaged(`row ${index + 1}${field ? `, ${field}` : ''}: ${issue?.message ?? 'not a valid account'}`)
    }
    return result.data
  })
}

/**
 * Loads the fictional territory shipped with the app, in one transaction. Only into a territory with no
 * live accounts: a second load (another tab, a double click) would otherwise add every account again.
 */
export function loadSampleTerritory(ctx: HandlerContext): { added: number } {
  const accounts = readSampleAccounts(path.join(ctx.resourcesDir, sampleTerritoryFile))
  // IMMEDIATE takes the write lock before the check, so another connection cannot load it in between.
  ctx.db
    .transaction(() => {
      const hasAccounts = prepared(ctx.db, 'SELECT EXISTS (SELECT 1 FROM account WHERE deleted_at IS NULL)').pluck().get() === 1
      if (hasAccounts) throw new AppError('CONFLICT', sampleTerritoryNotEmpty)
      for (const fields of accounts) insertAccount(ctx.db, fields)
    })
    .immediate()
  return { added: accounts.length }
}
