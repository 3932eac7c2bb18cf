import type { Database } from 'better-sqlite3'
import type { AccountStatus, UniverseBand, UniverseFacets, UniversePage, UniverseRow } from '../../../src/shared/contract/targets'
import { universeMaxLimit } from '../../../src/shared/contract/targets'
import { scoreAccountFast } from '../../../src/shared/domain/qualifiers'
import { changeStamp, prepared } from '../statements'
import { loadScoring, type Scoring } from './fit'
import {
  buildSnapshot,
  filteredPositions,
  patchSnapshot,
  rowsAt,
  sortedPositions,
  statusAt,
  type Snapshot,
  type UniverseFilterInput,
} from './universeSnapshot'

export type { UniverseFilterInput } from './universeSnapshot'

/**
 * The universe table reads a whole territory (100,000 accounts or more) many times a second while the
 * rep scrolls. What those reads need is worked out once and kept until the database changes: the
 * compiled qualifiers, the counts, and (only once the rep searches, filters or sorts by something
 * other than name) the whole-territory snapshot. The first screen, in name order, is read straight
 * from the name index, so it appears without scoring 100,000 accounts first.
 */
interface UniverseCache {
  readonly stamp: string
  snapshot?: Snapshot
  scoring?: Scoring
  total?: number
  listed?: Set<string>
  facets?: UniverseFacets
}

const caches = new WeakMap<Database, UniverseCache>()

export interface TargetListWrite {
  /** Accounts that joined (true) or left (false) the active list. */
  onList?: ReadonlyMap<string, boolean>
  status?: ReadonlyMap<string, AccountStatus>
}

/**
 * The target list's own writes change no score, so rather than dropping the whole cache (and reading
 * and scoring the territory again on the next sort or filter) they are applied to it in place, as long
 * as nothing else was written since `stampBefore` (the changeStamp taken before the write).
 */
export function noteTargetListWrite(db: Database, stampBefore: string, write: TargetListWrite): void {
  const cache = caches.get(db)
  if (!cache || cache.stamp !== stampBefore) return
  const fresh: UniverseCache = { stamp: changeStamp(db) }
  if (cache.scoring) fresh.scoring = cache.scoring
  if (cache.total !== undefined) fresh.total = cache.total
  if (cache.facets) fresh.facets = cache.facets
  if (cache.snapshot) {
    patchSnapshot(cache.snapshot, write)
    fresh.snapshot = cache.snapshot
  }
  caches.set(db, fresh)
}

function cacheOf(db: Database): UniverseCache {
  const stamp = changeStamp(db)
  const cached = caches.get(db)
  if (cached && cached.stamp === stamp) return cached
  const fresh: UniverseCache = { stamp }
  caches.set(db, fresh)
  return fresh
}

function snapshotOf(cache: UniverseCache, db: Database): Snapshot {
  cache.snapshot ??= buildSnapshot(db)
  return cache.snapshot
}

function scoringOf(cache: UniverseCache, db: Database): Scoring {
  cache.scoring ??= loadScoring(db)
  return cache.scoring
}

function listedOf(cache: UniverseCache, db: Database): Set<string> {
  cache.listed ??= new Set(prepared(db, 'SELECT account_id FROM target WHERE removed_at IS NULL').pluck().all() as string[])
  return cache.listed
}

interface ScorableRow {
  id: string
  name: string
  industry: string | null
  region: string | null
  country: string | null
  city: string | null
  employees: number | null
  annual_revenue: number | null
  website: string | null
  status: AccountStatus
  /** 1: the company asked never to be contacted. */
  do_not_contact: number
}

/** A row with its fit worked out on its own: for a page or a handful of targets, not a territory. */
function scoredRow(db: Database, cache: UniverseCache, row: ScorableRow): UniverseRow & { disqualified: boolean; unknownCount: number } {
  const scoring = scoringOf(cache, db)
  const fit = scoreAccountFast(
    { industry: row.industry, region: row.region, country: row.country, city: row.city, employees: row.employees, annualRevenue: row.annual_revenue },
    scoring.compiled,
    scoring.assessments.get(row.id),
  )
  return {
    id: row.id,
    name: row.name,
    industry: row.industry,
    city: row.city,
    region: row.region,
    country: row.country,
    employees: row.employees,
    annualRevenue: row.annual_revenue,
    website: row.website,
    status: row.status,
    onList: listedOf(cache, db).has(row.id),
    score: fit.score,
    band: fit.band,
    offLimits: row.do_not_contact === 1,
    disqualified: fit.disqualified,
    unknownCount: fit.unknownCount,
  }
}

const scorableColumns = 'id, name, industry, region, country, city, employees, annual_revenue, website, status, do_not_contact'

/** Name order with nothing filtered, read a window at a time from the name index (ties by rowid, as the snapshot). */
function namePage(db: Database, cache: UniverseCache, direction: 'asc' | 'desc', offset: number, limit: number): UniversePage {
  cache.total ??= prepared(db, 'SELECT count(*) FROM account WHERE deleted_at IS NULL').pluck().get() as number
  const order = direction === 'asc' ? 'name COLLATE NOCASE, rowid' : 'name COLLATE NOCASE DESC, rowid DESC'
  const rows = prepared(db, `SELECT ${scorableColumns} FROM account WHERE deleted_at IS NULL ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    limit,
    offset,
  ) as ScorableRow[]
  return {
    total: cache.total,
    offset,
    rows: rows.map((row) => {
      const { disqualified: _disqualified, unknownCount: _unknownCount, ...universeRow } = scoredRow(db, cache, row)
      return universeRow
    }),
  }
}

function isPlainNameOrder(filters: UniverseFilterInput): boolean {
  return (
    (filters.search ?? '').trim() === '' &&
    !filters.industries?.length &&
    !filters.regions?.length &&
    !filters.bands?.length &&
    !filters.statuses?.length &&
    (filters.onList ?? 'any') === 'any' &&
    (filters.sort === undefined || filters.sort.column === 'name')
  )
}

/** One window of the accounts that match, in the asked order, with how many match in all. */
export function queryUniverse(db: Database, filters: UniverseFilterInput, offset: number, limit: number): UniversePage {
  const cache = cacheOf(db)
  const count = Math.min(limit, universeMaxLimit)
  if (!cache.snapshot && isPlainNameOrder(filters)) return namePage(db, cache, filters.sort?.direction ?? 'asc', offset, count)
  const snapshot = snapshotOf(cache, db)
  const positions = filteredPositions(db, snapshot, filters)
  return { total: positions.length, offset, rows: rowsAt(db, snapshot, positions.subarray(offset, offset + count)) }
}

function countBy(db: Database, column: 'industry' | 'region'): { value: string | null; count: number }[] {
  const counts = prepared(db, `SELECT ${column} AS value, count(*) AS count FROM account WHERE deleted_at IS NULL GROUP BY ${column}`).all() as {
    value: string | null
    count: number
  }[]
  return counts.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value.localeCompare(b.value)))
}

/** The industries and regions present, with how many accounts each, for the filter menus. */
export function universeFacets(db: Database): UniverseFacets {
  const cache = cacheOf(db)
  cache.facets ??= {
    total: (cache.total ??= prepared(db, 'SELECT count(*) FROM account WHERE deleted_at IS NULL').pluck().get() as number),
    industries: countBy(db, 'industry'),
    regions: countBy(db, 'region'),
  }
  return cache.facets
}

export interface AccountFit {
  score: number
  band: UniverseBand
  disqualified: boolean
  unknownCount: number
  offLimits: boolean
}

/** Fit and contact standing of a few accounts (the target list), as the universe table shows them. */
export function fitOf(db: Database, accountIds: readonly string[]): Map<string, AccountFit> {
  const cache = cacheOf(db)
  const found = new Map<string, AccountFit>()
  if (accountIds.length === 0) return found
  const rows = prepared(
    db,
    `SELECT ${scorableColumns} FROM account WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(accountIds)) as ScorableRow[]
  for (const row of rows) {
    const { score, band, disqualified, unknownCount, offLimits } = scoredRow(db, cache, row)
    found.set(row.id, { score, band, disqualified, unknownCount, offLimits })
  }
  return found
}

const closedStatuses: ReadonlySet<AccountStatus> = new Set(['no-fit', 'closed'])

/**
 * The best-fitting accounts not on the list yet: scored, not ruled out by a must-have, not off-limits
 * and not already marked no fit or closed. Highest score first, then by name.
 */
export function suggestTargets(db: Database, limit: number): UniverseRow[] {
  const snapshot = snapshotOf(cacheOf(db), db)
  const picked: number[] = []
  for (const position of sortedPositions(db, snapshot, 'score', 'desc')) {
    if (picked.length >= limit) break
    const band = snapshot.bands[position]
    if (band === 'unscored') break
    const ruledOut = band === 'no-fit' || snapshot.disqualified[position] === 1
    if (snapshot.onList[position] === 1 || snapshot.offLimits[position] === 1 || ruledOut) continue
    if (closedStatuses.has(statusAt(db, snapshot, position))) continue
    picked.push(position)
  }
  return rowsAt(db, snapshot, picked)
}
