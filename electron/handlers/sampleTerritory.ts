import fs from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { accountFieldsSchema } from '../../src/shared/contract/accounts'
import { AppError } from '../../src/shared/contract/envelope'
import { insertAccount } from '../store/repositories/accounts'
import type { HandlerContext } from './context'

export const sampleTerritoryFile = 'sample-territory.csv'

type SampleRow = Record<string, string>

/** Loads the fictional territory shipped with the app, in one transaction. */
export function loadSampleTerritory(ctx: HandlerContext): { added: number } {
  const file = path.join(ctx.resourcesDir, sampleTerritoryFile)
  const text = fs.readFileSync(file, 'utf8')
  const parsed = Papa.parse<SampleRow>(text, { header: true, skipEmptyLines: true })
  if (parsed.errors.length > 0) throw new AppError('INTERNAL', `The sample territory file is damaged: ${parsed.errors[0]?.message}`)
  const accounts = parsed.data.map((row) =>
    accountFieldsSchema.parse({
      name: row.name,
      website: row.website,
      industry: row.industry,
      city: row.city,
      region: row.region,
      country: row.country,
      employees: row.employees ? Number(row.employees) : null,
      annualRevenue: row.annual_revenue ? Number(row.annual_revenue) : null,
      description: row.description,
    }),
  )
  ctx.db.transaction(() => {
    for (const fields of accounts) insertAccount(ctx.db, fields)
  })()
  return { added: accounts.length }
}
