/**
 * A large generated territory written straight into a real SQLite file, and an ideal-prospect profile
 * of six qualifiers so every account has a fit: for benches and for tests of the universe at scale.
 */
import type { Database } from 'better-sqlite3'
import { newId, nowIso } from '../../electron/store/ids'
import { insertQualifier } from '../../electron/store/repositories/qualifiers'
import type { SavedQualifier } from '../../src/shared/contract/targeting'
import { GENERATED_INDUSTRIES, generateCompanies } from './territory'

export function seedAccounts(db: Database, count: number, seed: number): void {
  const insert = db.prepare(
    `INSERT INTO account (id, name, website, industry, city, region, country, employees, annual_revenue, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  )
  const at = nowIso()
  db.transaction(() => {
    for (const c of generateCompanies(count, seed)) {
      insert.run(newId(), c.name, c.website, c.industry, c.city, c.region, c.country, c.employees, c.annualRevenue, at, at)
    }
  })()
}

/** Six qualifiers of every kind a rep writes: industries, places, size, revenue, and two to find out on calls. */
export function seedQualifiers(db: Database): SavedQualifier[] {
  const industries = GENERATED_INDUSTRIES.slice(0, 6)
  return [
    insertQualifier(db, { name: 'Industries we serve', description: null, rule: { kind: 'values', field: 'industry', values: industries }, mustHave: true, weight: 3 }),
    insertQualifier(db, { name: 'In our countries', description: null, rule: { kind: 'values', field: 'country', values: ['Canada', 'United States', 'United Kingdom', 'Ireland'] }, mustHave: false, weight: 3 }),
    insertQualifier(db, { name: 'Mid-sized', description: null, rule: { kind: 'range', field: 'employees', min: 200, max: 5000 }, mustHave: false, weight: 4 }),
    insertQualifier(db, { name: 'Budget to spend', description: null, rule: { kind: 'range', field: 'annualRevenue', min: 20_000_000, max: null }, mustHave: false, weight: 2 }),
    insertQualifier(db, { name: 'Insights team buys', description: null, rule: { kind: 'evidence' }, mustHave: false, weight: 5 }),
    insertQualifier(db, { name: 'Recent trigger event', description: null, rule: { kind: 'evidence' }, mustHave: false, weight: 1 }),
  ]
}
