import type { Database, Statement } from 'better-sqlite3'
import { AppError } from '../../src/shared/contract/envelope'

const cache = new WeakMap<Database, Map<string, Statement>>()

/** A prepared statement, compiled once per connection. */
export function prepared(db: Database, sql: string): Statement {
  let byText = cache.get(db)
  if (!byText) {
    byText = new Map()
    cache.set(db, byText)
  }
  let statement = byText.get(sql)
  if (!statement) {
    statement = db.prepare(sql)
    byText.set(sql, statement)
  }
  return statement
}

/**
 * Changes whenever anything is written: total_changes() counts this connection's writes and
 * data_version moves when another connection commits. Two equal stamps mean nothing was written in
 * between, so what was read before still holds; a differing one may over-invalidate, never under.
 */
export function changeStamp(db: Database): string {
  const { changes } = prepared(db, 'SELECT total_changes() AS changes').get() as { changes: number }
  const version = db.pragma('data_version', { simple: true }) as number
  return `${changes}:${version}`
}

/** A write meant to touch exactly one row: anything else means the id was wrong. */
export function expectOneChange(changes: number, what: string): void {
  if (changes !== 1) throw new AppError('NOT_FOUND', `${what} was not found. It may have been deleted.`)
}
