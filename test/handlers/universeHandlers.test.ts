import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HandlerContext } from '../../electron/handlers/context'
import { dispatch } from '../../electron/handlers/dispatch'
import type { Database } from '../../electron/store/database'
import { insertAccount, softDeleteAccount } from '../../electron/store/repositories/accounts'
import { setAccountDoNotContact } from '../../electron/store/repositories/contacts'
import { scoreAll } from '../../electron/store/repositories/fit'
import { insertQualifier } from '../../electron/store/repositories/qualifiers'
import { addTargets, setAccountStatus } from '../../electron/store/repositories/targets'
import {
  accountStatuses,
  universeSortColumns,
  type UniverseFacets,
  type UniversePage,
  type UniverseQuery,
  type UniverseRow,
} from '../../src/shared/contract'
import { generateCompanies } from '../support/territory'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'
import { dataOf } from '../support/envelopes'

let db: Database
let ctx: HandlerContext
const companyCount = 600

beforeAll(() => {
  ;({ db, ctx } = openTempDatabase())
  const companies = generateCompanies(companyCount, 7)
  const ids = db.transaction(() =>
    companies.map((company, index) =>
      insertAccount(db, {
        ...company,
        // Some blanks, so "not recorded" filters and blanks-last sorting are exercised.
        industry: index % 17 === 0 ? null : company.industry,
        region: index % 23 === 0 ? null : company.region,
        employees: index % 13 === 0 ? null : company.employees,
        website: index % 29 === 0 ? null : company.website,
        description: null,
      }).id,
    ),
  )()
  const industries = [...new Set(companies.map((company) => company.industry))].slice(0, 4)
  insertQualifier(db, { name: 'Our industries', description: null, rule: { kind: 'values', field: 'industry', values: industries }, mustHave: false, weight: 4 })
  insertQualifier(db, { name: 'Big enough', description: null, rule: { kind: 'range', field: 'employees', min: 50, max: null }, mustHave: true, weight: 3 })
  insertQualifier(db, { name: 'Budget', description: null, rule: { kind: 'range', field: 'annualRevenue', min: 5_000_000, max: null }, mustHave: false, weight: 2 })
  addTargets(db, { accountIds: ids.slice(0, 12), reason: null })
  for (const id of ids.slice(40, 50)) setAccountStatus(db, id, 'researching')
  for (const id of ids.slice(50, 55)) setAccountStatus(db, id, 'no-fit')
  setAccountDoNotContact(db, ids[60] as string, true, null)
  softDeleteAccount(db, ids[61] as string)
})

afterAll(() => {
  db.close()
  removeTempDirs()
})

/** The universe as plain SQL and the fit repository see it: the oracle each query is checked against. */
function everyAccount(): UniverseRow[] {
  const fits = scoreAll(db)
  const rows = db
    .prepare(
      `SELECT a.id, a.name, a.industry, a.city, a.region, a.country, a.employees, a.annual_revenue AS annualRevenue, a.website, a.status,
              a.do_not_contact AS offLimits, EXISTS (SELECT 1 FROM target t WHERE t.account_id = a.id AND t.removed_at IS NULL) AS onList
         FROM account a WHERE a.deleted_at IS NULL ORDER BY a.name COLLATE NOCASE, a.rowid`,
    )
    .all() as (Omit<UniverseRow, 'onList' | 'offLimits' | 'score' | 'band'> & { onList: number; offLimits: number })[]
  return rows.map((row) => {
    const fit = fits.get(row.id)
    return { ...row, onList: row.onList === 1, offLimits: row.offLimits === 1, score: fit?.score ?? 0, band: fit?.band ?? 'unscored' }
  })
}

type Column = (typeof universeSortColumns)[number]
const statusOrder = new Map(accountStatuses.map((status, index) => [status, index]))

function keyOf(row: UniverseRow, column: Column): string | number | null {
  switch (column) {
    case 'name':
    case 'industry':
    case 'region':
    case 'country':
    case 'website':
      return row[column]?.toLowerCase() ?? null
    case 'status':
      return statusOrder.get(row.status) ?? null
    case 'onList':
      return row.onList ? 1 : 0
    case 'score':
      return row.band === 'unscored' ? null : row.score
    default:
      return row[column]
  }
}

function expected(query: Omit<UniverseQuery, 'offset' | 'limit'>): UniverseRow[] {
  const words = (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const matching = everyAccount().filter((row) => {
    const text = [row.name, row.website, row.industry, row.region, row.country].filter((part) => part !== null).join(' ').toLowerCase()
    if (!words.every((word) => text.includes(word))) return false
    if (query.industries?.length && !query.industries.includes(row.industry)) return false
    if (query.regions?.length && !query.regions.includes(row.region)) return false
    if (query.bands?.length && !query.bands.includes(row.band)) return false
    if (query.statuses?.length && !query.statuses.includes(row.status)) return false
    if (query.onList === 'on' && !row.onList) return false
    if (query.onList === 'off' && row.onList) return false
    return true
  })
  const sort = query.sort ?? { column: 'name', direction: 'asc' }
  const sign = sort.direction === 'asc' ? 1 : -1
  const position = new Map(matching.map((row, index) => [row.id, index]))
  return [...matching].sort((a, b) => {
    const ka = keyOf(a, sort.column)
    const kb = keyOf(b, sort.column)
    const tie = (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)
    if (ka === kb) return sort.column === 'name' ? tie * sign : tie
    if (ka === null) return 1
    if (kb === null) return -1
    return (ka < kb ? -1 : 1) * sign
  })
}

async function query(input: UniverseQuery): Promise<UniversePage> {
  return dataOf<UniversePage>(await dispatch(ctx, 'universe.query', input))
}

describe('universe.query', () => {
  it('lists every live account by name, with its fit, list and contact standing', async () => {
    const page = await query({ offset: 0, limit: 100_000 })
    const oracle = expected({})
    expect(page.total).toBe(companyCount - 1)
    expect(page.rows).toEqual(oracle)
    expect(page.rows.filter((row) => row.onList)).toHaveLength(12)
    expect(page.rows.filter((row) => row.offLimits)).toHaveLength(1)
    expect(new Set(page.rows.map((row) => row.band)).size).toBeGreaterThan(2)
  })

  it.each(universeSortColumns.flatMap((column) => (['asc', 'desc'] as const).map((direction) => ({ column, direction }))))(
    'sorts by $column $direction with blanks last',
    async (sort) => {
      const page = await query({ sort, offset: 0, limit: 100_000 })
      expect(page.rows.map((row) => row.id)).toEqual(expected({ sort }).map((row) => row.id))
    },
  )

  it('filters by search words, industry, region, fit, status and list membership, alone and together', async () => {
    const all = everyAccount()
    const industry = all.find((row) => row.industry !== null)?.industry ?? null
    const region = all.find((row) => row.region !== null)?.region ?? null
    const word = all[3]?.name.split(' ')[0]?.toLowerCase().slice(0, 4) ?? ''
    const cases: Omit<UniverseQuery, 'offset' | 'limit'>[] = [
      { search: word },
      { search: `  ${word.toUpperCase()}   ${(all[3]?.country ?? '').toLowerCase()} ` },
      { industries: [industry] },
      { industries: [null] },
      { industries: [industry, null], regions: [region] },
      { bands: ['strong', 'good'] },
      { bands: ['no-fit'], sort: { column: 'employees', direction: 'desc' } },
      { statuses: ['researching', 'no-fit'] },
      { onList: 'on' },
      { onList: 'off', bands: ['strong'], sort: { column: 'score', direction: 'desc' } },
      { search: 'no such company anywhere' },
    ]
    for (const filters of cases) {
      const page = await query({ ...filters, offset: 0, limit: 100_000 })
      const oracle = expected(filters)
      expect(page.total, JSON.stringify(filters)).toBe(oracle.length)
      expect(page.rows.map((row) => row.id), JSON.stringify(filters)).toEqual(oracle.map((row) => row.id))
    }
    expect((await query({ search: word, offset: 0, limit: 10 })).total).toBeGreaterThan(0)
    expect((await query({ industries: [null], offset: 0, limit: 10 })).total).toBeGreaterThan(0)
  })

  it('pages through a result without gaps or repeats', async () => {
    const filters = { bands: ['good', 'weak', 'strong'] as UniverseRow['band'][], sort: { column: 'score', direction: 'desc' } as const }
    const oracle = expected(filters).map((row) => row.id)
    const seen: string[] = []
    for (let offset = 0; offset < oracle.length; offset += 37) {
      const page = await query({ ...filters, offset, limit: 37 })
      expect(page.total).toBe(oracle.length)
      expect(page.offset).toBe(offset)
      seen.push(...page.rows.map((row) => row.id))
    }
    expect(seen).toEqual(oracle)
    const past = await query({ ...filters, offset: oracle.length + 5, limit: 10 })
    expect(past).toEqual({ total: oracle.length, offset: oracle.length + 5, rows: [] })
  })

  it('gives the same name-ordered pages before and after the whole territory is loaded for a filter', async () => {
    setAccountStatus(db, everyAccount()[5]?.id as string, 'meeting')
    const pages = async () =>
      [await query({ offset: 0, limit: 50 }), await query({ offset: 250, limit: 50 }), await query({ sort: { column: 'name', direction: 'desc' }, offset: 10, limit: 50 })]
    const fromIndex = await pages()
    await query({ statuses: ['meeting'], offset: 0, limit: 10 })
    const fromSnapshot = await pages()
    expect(fromSnapshot).toEqual(fromIndex)
    const oracle = expected({}).map((row) => row.id)
    expect(fromIndex[1]?.rows.map((row) => row.id)).toEqual(oracle.slice(250, 300))
    expect(fromIndex[2]?.rows.map((row) => row.id)).toEqual([...oracle].reverse().slice(10, 60))
  })

  it('shows a change as soon as it is written', async () => {
    const before = await query({ onList: 'on', offset: 0, limit: 100 })
    const outsider = (await query({ onList: 'off', offset: 0, limit: 1 })).rows[0] as UniverseRow
    addTargets(db, { accountIds: [outsider.id], reason: null })
    setAccountStatus(db, outsider.id, 'contacted')
    const after = await query({ onList: 'on', offset: 0, limit: 100 })
    expect(after.total).toBe(before.total + 1)
    expect(after.rows.find((row) => row.id === outsider.id)).toMatchObject({ onList: true, status: 'contacted' })
    // Orders and filters that read the list or the status follow too, and everything else stays as it was.
    const cases: Omit<UniverseQuery, 'offset' | 'limit'>[] = [
      { sort: { column: 'status', direction: 'desc' } },
      { sort: { column: 'onList', direction: 'desc' } },
      { statuses: ['contacted'] },
      { onList: 'off', sort: { column: 'score', direction: 'desc' } },
    ]
    for (const filters of cases) {
      const page = await query({ ...filters, offset: 0, limit: 100_000 })
      expect(page.rows, JSON.stringify(filters)).toEqual(expected(filters))
    }
    await dispatch(ctx, 'targets.remove', { accountId: outsider.id })
    expect((await query({ onList: 'on', offset: 0, limit: 100 })).total).toBe(before.total)
  })

  it('refuses more than 100,000 rows at a time, and unknown filter values, naming the field', async () => {
    const tooMany = await dispatch(ctx, 'universe.query', { offset: 0, limit: 100_001 })
    expect(!tooMany.ok && tooMany.error.issues?.[0]?.path).toBe('limit')
    const badBand = await dispatch(ctx, 'universe.query', { offset: 0, limit: 10, bands: ['excellent'] })
    expect(!badBand.ok && badBand.error.issues?.[0]?.path).toBe('bands.0')
    const badSort = await dispatch(ctx, 'universe.query', { offset: 0, limit: 10, sort: { column: 'description', direction: 'asc' } })
    expect(!badSort.ok && badSort.error.issues?.[0]?.path).toBe('sort.column')
  })
})

describe('universe.facets', () => {
  it('counts live accounts per industry and region, blanks included', async () => {
    const facets = dataOf<UniverseFacets>(await dispatch(ctx, 'universe.facets', {}))
    const all = everyAccount()
    expect(facets.total).toBe(all.length)
    for (const field of ['industry', 'region'] as const) {
      const counted = new Map<string | null, number>()
      for (const row of all) counted.set(row[field], (counted.get(row[field]) ?? 0) + 1)
      const list = field === 'industry' ? facets.industries : facets.regions
      expect(new Map(list.map((facet) => [facet.value, facet.count]))).toEqual(counted)
      expect(list.at(-1)?.value).toBeNull()
    }
  })
})
