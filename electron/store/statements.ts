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

/** A write meant to touch exactly one row: anything else means the id was wrong. */
export function expectOneChange(changes: number, what: string): void {
  if (changes !== 1) throw new AppError('NOT_FOUND', `${what} was not found. It may have been deleted.`)
}
