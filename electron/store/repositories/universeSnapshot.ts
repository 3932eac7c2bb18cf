import type { Database } from 'better-sqlite3'
import { accountStatuses, type AccountStatus, type UniverseBand, type UniverseRow, type UniverseSortColumn } from '../../../src/shared/contract/targets'
import { prepared } from '../statements'
import { offLimitsAccountIds } from './contacts'
import { scoreAll } from './fit'

/**
 * The whole territory in memory, for searching, filtering and sorting 100,000 accounts without a query
 * per keystroke. Each account has a position (its place in rowid order); every array below is indexed
 * by it. Only ids, name order and fit are read up front: reading a column costs tens of ms at 100,000
 * accounts, so the others are read the first time a filter, search or sort needs them. The rows a call
 * returns are read by id. universe.ts decides when a snapshot is built and when it is stale.
 */
export interface Snapshot {
  readonly ids: readonly string[]
  /** Positions in name order (case-insensitive, then rowid): the tie-breaker for every other sort. */
  readonly nameOrder: Int32Array
  /** Each position's place in name order. */
  readonly nameRank: Int32Array
  readonly onList: Uint8Array
  readonly offLimits: Uint8Array
  readonly scores: Float64Array
  readonly bands: readonly UniverseBand[]
  readonly disqualified: Uint8Array
  readonly columns: Partial<{ [C in ColumnName]: ColumnValues[C][] }>
  indexById: Map<string, number> | undefined
  /** Lower-cased text the search box matches against. */
  haystacks: string[] | undefined
  readonly sorted: Map<string, Int32Array>
  /** The last filtered view, so scrolling through one result pages without refiltering. */
  view: { key: string; positions: Int32Array } | undefined
}

export interface UniverseFilterInput {
  search?: string | undefined
  industries?: (string | null)[] | undefined
  regions?: (string | null)[] | undefined
  bands?: UniverseBand[] | undefined
  statuses?: AccountStatus[] | undefined
  onList?: 'on' | 'off' | 'any' | undefined
  sort?: { column: UniverseSortColumn; direction: 'asc' | 'desc' } | undefined
}

interface ColumnValues {
  name: string
  industry: string | null
  region: string | null
  country: string | null
  website: string | null
  employees: number | null
  annual_revenue: number | null
  status: AccountStatus
}
type ColumnName = keyof ColumnValues

/** One fixed query per column (names from this table, never from input), in rowid order like the ids. */
const columnQueries: Record<ColumnName | 'id', string> = {
  id: 'SELECT id FROM account WHERE deleted_at IS NULL ORDER BY rowid',
  name: 'SELECT name FROM account WHERE deleted_at IS NULL ORDER BY rowid',
  industry: 'SELECT industry FROM account WHERE deleted_at IS NULL ORDER BY rowid',
  region: 'SELECT region FROM account WHERE deleted_at IS NULL ORDER BY rowid',
  country: 'SELECT country FROM account WHERE deleted_at IS NULL ORDER BY rowid',
  website: 'SELECT website FROM account WHERE deleted_at IS NULL ORDER BY rowid',
  employees: 'SELECT employees FROM account WHERE deleted_at IS NULL ORDER BY rowid',
  annual_revenue: 'SELECT annual_revenue FROM account WHERE deleted_at IS NULL ORDER BY rowid',
  status: 'SELECT status FROM account WHERE deleted_at IS NULL ORDER BY rowid',
}

export function buildSnapshot(db: Database): Snapshot {
  const { ids, rowids, nameOrderRowids } = db.transaction(() => ({
    ids: prepared(db, columnQueries.id).pluck().all() as string[],
    rowids: prepared(db, 'SELECT rowid FROM account WHERE deleted_at IS NULL ORDER BY rowid').pluck().all() as number[],
    // The partial index on name (COLLATE NOCASE, then rowid) gives this order without sorting.
    nameOrderRowids: prepared(db, 'SELECT rowid FROM account WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, rowid').pluck().all() as number[],
  }))()
  const count = ids.length
  const positionOfRowid = new Map<number, number>()
  rowids.forEach((rowid, position) => positionOfRowid.set(rowid, position))
  const nameOrder = new Int32Array(count)
  const nameRank = new Int32Array(count)
  nameOrderRowids.forEach((rowid, rank) => {
    const position = positionOfRowid.get(rowid) ?? 0
    nameOrder[rank] = position
    nameRank[position] = rank
  })

  const fits = scoreAll(db)
  const listed = new Set(prepared(db, 'SELECT account_id FROM target WHERE removed_at IS NULL').pluck().all() as string[])
  const offLimitsIds = offLimitsAccountIds(db)
  const onList = new Uint8Array(count)
  const offLimits = new Uint8Array(count)
  const scores = new Float64Array(count)
  const bands = new Array<UniverseBand>(count)
  const disqualified = new Uint8Array(count)
  for (let position = 0; position < count; position++) {
    const id = ids[position] as string
    const fit = fits.get(id)
    if (listed.has(id)) onList[position] = 1
    if (offLimitsIds.has(id)) offLimits[position] = 1
    scores[position] = fit?.score ?? 0
    bands[position] = fit?.band ?? 'unscored'
    if (fit?.disqualified) disqualified[position] = 1
  }
  return {
    ids,
    nameOrder,
    nameRank,
    onList,
    offLimits,
    scores,
    bands,
    disqualified,
    columns: {},
    indexById: undefined,
    haystacks: undefined,
    sorted: new Map(),
    view: undefined,
  }
}

function columnOf<C extends ColumnName>(db: Database, snapshot: Snapshot, column: C): ColumnValues[C][] {
  const loaded = snapshot.columns[column]
  if (loaded) return loaded
  const values = prepared(db, columnQueries[column]).pluck().all() as ColumnValues[C][]
  // Same stamp, same rows: a different length would mean the cache missed a write.
  if (values.length !== snapshot.ids.length) throw new Error(`The universe cache is out of step with the ${column} column`)
  snapshot.columns[column] = values as (typeof snapshot.columns)[C]
  return values
}

export function positionOf(snapshot: Snapshot, id: string): number | undefined {
  snapshot.indexById ??= new Map(snapshot.ids.map((accountId, position) => [accountId, position]))
  return snapshot.indexById.get(id)
}

/** Applies list and status changes in place, forgetting only the orders and the view they affect. */
export function patchSnapshot(snapshot: Snapshot, write: { onList?: ReadonlyMap<string, boolean>; status?: ReadonlyMap<string, AccountStatus> }): void {
  for (const [id, listed] of write.onList ?? []) {
    const position = positionOf(snapshot, id)
    if (position !== undefined) snapshot.onList[position] = listed ? 1 : 0
  }
  const statuses = snapshot.columns.status
  for (const [id, status] of write.status ?? []) {
    const position = positionOf(snapshot, id)
    if (position !== undefined && statuses) statuses[position] = status
  }
  for (const key of [...snapshot.sorted.keys()]) if (key.startsWith('onList:') || key.startsWith('status:')) snapshot.sorted.delete(key)
  snapshot.view = undefined
}

interface AccountRow {
  id: string
  name: string
  industry: string | null
  city: string | null
  region: string | null
  country: string | null
  employees: number | null
  annual_revenue: number | null
  website: string | null
  status: AccountStatus
}

/** The rows at these positions, in this order, read by id with their fit and standing from the snapshot. */
export function rowsAt(db: Database, snapshot: Snapshot, positions: ArrayLike<number>): UniverseRow[] {
  const ids = Array.from(positions, (position) => snapshot.ids[position] as string)
  if (ids.length === 0) return []
  const found = prepared(
    db,
    `SELECT id, name, industry, city, region, country, employees, annual_revenue, website, status
       FROM account WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as AccountRow[]
  const byId = new Map(found.map((row) => [row.id, row]))
  return Array.from(positions, (position) => {
    const id = snapshot.ids[position] as string
    const row = byId.get(id)
    if (!row) throw new Error('The universe cache is out of step with the accounts')
    return {
      id,
      name: row.name,
      industry: row.industry,
      city: row.city,
      region: row.region,
      country: row.country,
      employees: row.employees,
      annualRevenue: row.annual_revenue,
      website: row.website,
      status: row.status,
      onList: snapshot.onList[position] === 1,
      score: snapshot.scores[position] ?? 0,
      band: snapshot.bands[position] ?? 'unscored',
      offLimits: snapshot.offLimits[position] === 1,
    }
  })
}

const statusRank: Record<AccountStatus, number> = Object.fromEntries(accountStatuses.map((status, index) => [status, index])) as Record<
  AccountStatus,
  number
>

type Direction = 'asc' | 'desc'
type SmallKeyColumn = 'score' | 'status' | 'onList'
type ComparedColumn = Exclude<UniverseSortColumn, 'name' | SmallKeyColumn>

const lower = (value: string | null): string | null => value?.toLowerCase() ?? null

/** Sort keys per position for columns compared one with another; blanks are null. */
const comparedKeys: Record<ComparedColumn, (db: Database, s: Snapshot) => (string | number | null)[]> = {
  industry: (db, s) => columnOf(db, s, 'industry').map(lower),
  region: (db, s) => columnOf(db, s, 'region').map(lower),
  country: (db, s) => columnOf(db, s, 'country').map(lower),
  website: (db, s) => columnOf(db, s, 'website').map(lower),
  employees: (db, s) => columnOf(db, s, 'employees'),
  annualRevenue: (db, s) => columnOf(db, s, 'annual_revenue'),
}

/**
 * Keys that are whole numbers in a small range (-1 for blank), sorted by counting: one pass, no
 * comparisons. Unscored accounts have no score to compare: they go last, like blanks.
 */
const smallKeys: Record<SmallKeyColumn, (db: Database, s: Snapshot) => Int16Array> = {
  score: (_db, s) => Int16Array.from(s.scores, (score, position) => (s.bands[position] === 'unscored' ? -1 : Math.max(0, Math.min(100, Math.round(score))))),
  status: (db, s) => Int16Array.from(columnOf(db, s, 'status'), (status) => statusRank[status]),
  onList: (_db, s) => Int16Array.from(s.onList),
}

/** Stable bucket sort over positions taken in name order, blanks (-1) last in either direction. */
function countingSort(snapshot: Snapshot, keys: Int16Array, direction: Direction): Int32Array {
  let max = 0
  for (const key of keys) if (key > max) max = key
  const bucketOf = (key: number) => (key < 0 ? max + 1 : direction === 'asc' ? key : max - key)
  const starts = new Int32Array(max + 2)
  for (const key of keys) starts[bucketOf(key)] = (starts[bucketOf(key)] ?? 0) + 1
  let running = 0
  for (let bucket = 0; bucket < starts.length; bucket++) {
    const size = starts[bucket] ?? 0
    starts[bucket] = running
    running += size
  }
  const positions = new Int32Array(keys.length)
  for (const position of snapshot.nameOrder) {
    const bucket = bucketOf(keys[position] ?? -1)
    const at = starts[bucket] ?? 0
    positions[at] = position
    starts[bucket] = at + 1
  }
  return positions
}

/** Positions in the given order; blanks last either way; ties keep name order. */
export function sortedPositions(db: Database, snapshot: Snapshot, column: UniverseSortColumn, direction: Direction): Int32Array {
  const cacheKey = `${column}:${direction}`
  const cached = snapshot.sorted.get(cacheKey)
  if (cached) return cached
  let positions: Int32Array
  if (column === 'name') positions = direction === 'asc' ? snapshot.nameOrder : snapshot.nameOrder.slice().reverse()
  else if (column === 'score' || column === 'status' || column === 'onList') positions = countingSort(snapshot, smallKeys[column](db, snapshot), direction)
  else {
    const keys = comparedKeys[column](db, snapshot)
    const rank = snapshot.nameRank
    const sign = direction === 'asc' ? 1 : -1
    positions = snapshot.nameOrder.slice().sort((a, b) => {
      const ka = keys[a] ?? null
      const kb = keys[b] ?? null
      if (ka === kb) return (rank[a] ?? 0) - (rank[b] ?? 0)
      if (ka === null) return 1
      if (kb === null) return -1
      return ka < kb ? -sign : sign
    })
  }
  snapshot.sorted.set(cacheKey, positions)
  return positions
}

/** Search words never hold spaces, so joining the fields with one cannot make a match across two. */
const haystackQuery = `SELECT name || ' ' || coalesce(website, '') || ' ' || coalesce(industry, '') || ' ' || coalesce(region, '') || ' ' || coalesce(country, '')
  FROM account WHERE deleted_at IS NULL ORDER BY rowid`

function haystacksOf(db: Database, snapshot: Snapshot): string[] {
  if (snapshot.haystacks) return snapshot.haystacks
  const texts = prepared(db, haystackQuery).pluck().all() as string[]
  if (texts.length !== snapshot.ids.length) throw new Error('The universe cache is out of step with the accounts')
  // Lower-cased here, not in SQL: SQLite's lower() leaves letters outside ASCII alone.
  snapshot.haystacks = texts.map((text) => text.toLowerCase())
  return snapshot.haystacks
}

type PositionTest = (position: number) => boolean

function positionTests(db: Database, snapshot: Snapshot, filters: UniverseFilterInput): PositionTest[] {
  const tests: PositionTest[] = []
  const words = (filters.search ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length > 0) {
    const haystacks = haystacksOf(db, snapshot)
    tests.push((position) => {
      const text = haystacks[position] ?? ''
      return words.every((word) => text.includes(word))
    })
  }
  if (filters.industries && filters.industries.length > 0) {
    const wanted = new Set(filters.industries)
    const industries = columnOf(db, snapshot, 'industry')
    tests.push((position) => wanted.has(industries[position] ?? null))
  }
  if (filters.regions && filters.regions.length > 0) {
    const wanted = new Set(filters.regions)
    const regions = columnOf(db, snapshot, 'region')
    tests.push((position) => wanted.has(regions[position] ?? null))
  }
  if (filters.bands && filters.bands.length > 0) {
    const wanted = new Set<UniverseBand>(filters.bands)
    tests.push((position) => wanted.has(snapshot.bands[position] ?? 'unscored'))
  }
  if (filters.statuses && filters.statuses.length > 0) {
    const wanted = new Set<AccountStatus>(filters.statuses)
    const statuses = columnOf(db, snapshot, 'status')
    tests.push((position) => wanted.has(statuses[position] as AccountStatus))
  }
  if (filters.onList === 'on') tests.push((position) => snapshot.onList[position] === 1)
  if (filters.onList === 'off') tests.push((position) => snapshot.onList[position] !== 1)
  return tests
}

function viewKey(filters: UniverseFilterInput): string {
  return JSON.stringify([
    filters.search?.trim().toLowerCase() ?? '',
    filters.industries ?? [],
    filters.regions ?? [],
    filters.bands ?? [],
    filters.statuses ?? [],
    filters.onList ?? 'any',
    filters.sort ?? null,
  ])
}

/** The positions that match, in the asked order. */
export function filteredPositions(db: Database, snapshot: Snapshot, filters: UniverseFilterInput): Int32Array {
  const key = viewKey(filters)
  if (snapshot.view?.key === key) return snapshot.view.positions
  const sort = filters.sort ?? { column: 'name', direction: 'asc' }
  const order = sortedPositions(db, snapshot, sort.column, sort.direction)
  const tests = positionTests(db, snapshot, filters)
  let positions: Int32Array
  if (tests.length === 0) positions = order
  else {
    const kept = new Int32Array(order.length)
    let count = 0
    for (const position of order) if (tests.every((test) => test(position))) kept[count++] = position
    positions = kept.subarray(0, count)
  }
  snapshot.view = { key, positions }
  return positions
}

/** A position's status, for callers that rank by it. */
export function statusAt(db: Database, snapshot: Snapshot, position: number): AccountStatus {
  return columnOf(db, snapshot, 'status')[position] as AccountStatus
}
