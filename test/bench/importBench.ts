/**
 * Territory import, end to end: a 50,000-row HubSpot-style companies export goes through
 * import.analyse and import.run (dispatch, a real SQLite file in a temp folder). The baseline is a
 * bare better-sqlite3 prepared INSERT of the same companies into the same table, in one transaction,
 * on another fresh file: the cost the store cannot avoid. ratio = import throughput ÷ bare throughput.
 */
import type { Database } from 'better-sqlite3'
import { dispatch } from '../../electron/handlers/dispatch'
import { newId, nowIso } from '../../electron/store/ids'
import type { ImportAnalysis, ImportResult } from '../../src/shared/contract/import'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'
import { generateCompanies, toHubSpotCsv, type GeneratedCompany } from '../support/territory'
import { median, type BenchResult } from './benchResult'

export const importRows = 50_000
/** Up to this many rounds, but no new round once this much time has gone: the whole bench must stay under a minute. */
const maxRounds = 3
const roundBudgetMs = 12_000

async function timeImport(csv: string): Promise<number> {
  const { ctx, db } = openTempDatabase()
  try {
    const started = performance.now()
    const analysed = await dispatch(ctx, 'import.analyse', { text: csv, fileName: 'hubspot-companies.csv' })
    if (!analysed.ok) throw new Error(`analyse failed: ${analysed.error.message}`)
    const analysis = analysed.data as ImportAnalysis
    const ran = await dispatch(ctx, 'import.run', {
      importId: analysis.importId,
      mapping: analysis.mapping,
      duplicates: { default: 'skip', rows: [] },
      skipRowsWithProblems: false,
    })
    const elapsed = performance.now() - started
    if (!ran.ok) throw new Error(`run failed: ${ran.error.message}`)
    const { added } = ran.data as ImportResult
    if (added !== importRows) throw new Error(`expected ${importRows} accounts, the import added ${added}`)
    return elapsed
  } finally {
    db.close()
  }
}

function timeBareInsert(companies: readonly GeneratedCompany[]): number {
  const { db } = openTempDatabase()
  try {
    return bareInsert(db, companies)
  } finally {
    db.close()
  }
}

export function bareInsert(db: Database, companies: readonly GeneratedCompany[]): number {
  const insert = db.prepare(
    `INSERT INTO account (id, name, website, industry, city, region, country, employees, annual_revenue, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const started = performance.now()
  const at = nowIso()
  db.transaction(() => {
    for (const c of companies) {
      insert.run(newId(), c.name, c.website, c.industry, c.city, c.region, c.country, c.employees, c.annualRevenue, c.description, at, at)
    }
  })()
  return performance.now() - started
}

export async function run(): Promise<BenchResult[]> {
  const companies = generateCompanies(importRows, 20_240)
  const csv = toHubSpotCsv(companies)
  const importMs: number[] = []
  const bareMs: number[] = []
  try {
    // Alternated, so a busy moment on the machine weighs on both sides alike.
    const started = performance.now()
    for (let round = 0; round < maxRounds && (round === 0 || performance.now() - started < roundBudgetMs); round++) {
      importMs.push(await timeImport(csv))
      bareMs.push(timeBareInsert(companies))
    }
  } finally {
    removeTempDirs()
  }
  const importSeconds = median(importMs) / 1000
  const bareSeconds = median(bareMs) / 1000
  const megabytes = Buffer.byteLength(csv) / (1024 * 1024)
  return [
    {
      name: `import ${importRows.toLocaleString('en-US')}-row HubSpot export (${megabytes.toFixed(1)} MB, analyse + run)`,
      value: Number(importSeconds.toFixed(3)),
      unit: 's',
      target: '≤ 3 s; ratio ≥ 0.3',
      ratio: Number((bareSeconds / importSeconds).toFixed(3)),
    },
    { name: 'import throughput', value: Math.round(importRows / importSeconds), unit: 'rows/s' },
    { name: 'bare prepared insert of the same rows', value: Number(bareSeconds.toFixed(3)), unit: 's' },
  ]
}
