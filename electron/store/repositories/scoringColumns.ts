import type { Database } from 'better-sqlite3'
import type { ScorableAccount } from '../../../src/shared/domain/qualifiers'
import { prepared } from '../statements'

export type ScorableField = keyof ScorableAccount

type ColumnValues = { [F in ScorableField]?: readonly (ScorableAccount[F] | null)[] }

/** Every live account's id and the fields scoring reads, as parallel lists in id order. */
export interface ScoringColumns {
  readonly ids: readonly string[]
  readonly values: Readonly<ColumnValues>
}

/**
 * One fixed query per column (names come from this table, never from input), all in id order. Each
 * scans the account_scoring index (migration 2), which holds exactly these columns for live accounts:
 * a few MB, where the table itself carries every description. A flat list per column also avoids
 * better-sqlite3's per-row arrays, which cost more than the scan itself.
 */
const columnQueries: Record<ScorableField | 'id', string> = {
  id: columnSql('id'),
  industry: columnSql('industry'),
  region: columnSql('region'),
  country: columnSql('country'),
  city: columnSql('city'),
  employees: columnSql('employees'),
  annualRevenue: columnSql('annual_revenue'),
}

function columnSql(column: string): string {
  return `SELECT ${column} FROM account WHERE deleted_at IS NULL ORDER BY id`
}

/** Migration 2's triggers that move scoring_stamp whenever one of these columns changes. */
const stampTriggers = ['account_scoring_stamp_insert', 'account_scoring_stamp_update', 'account_scoring_stamp_delete'] as const

interface Snapshot {
  stamp: number
  columns: { ids: readonly string[]; values: ColumnValues }
}

const snapshots = new WeakMap<Database, Snapshot>()

/**
 * Whether lists read now may be kept for later: not inside a transaction (it may still roll back) and
 * only while the triggers exist (a later migration that rebuilds the table would drop them).
 */
function mayKeep(db: Database): boolean {
  if (db.inTransaction) return false
  const triggers = prepared(db, `SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'account' AND name IN (?, ?, ?)`)
    .pluck()
    .get(...stampTriggers) as number
  return triggers === stampTriggers.length
}

/**
 * Reads the columns in one read transaction so they line up. While no account column changed since
 * the last read on this connection (the stamp says so), the lists read then are reused: rescoring
 * after a qualifier or assessment change then costs only the scoring.
 */
export function readScoringColumns(db: Database, fields: readonly ScorableField[]): ScoringColumns {
  const keep = mayKeep(db)
  return db.transaction(() => {
    const stamp = keep ? ((prepared(db, 'SELECT version FROM scoring_stamp WHERE id = 1').pluck().get() as number | undefined) ?? null) : null
    const previous = stamp === null ? undefined : snapshots.get(db)
    const columns: Snapshot['columns'] = previous !== undefined && previous.stamp === stamp ? previous.columns : { ids: readColumn<string>(db, 'id'), values: {} }
    for (const field of fields) {
      if (columns.values[field] === undefined) (columns.values as Record<ScorableField, unknown>)[field] = readColumn<unknown>(db, field)
    }
    if (stamp !== null) snapshots.set(db, { stamp, columns })
    return columns
  })()
}

function readColumn<T>(db: Database, column: ScorableField | 'id'): T[] {
  return prepared(db, columnQueries[column]).pluck().all() as T[]
}
