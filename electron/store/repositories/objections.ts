import type { Database } from 'better-sqlite3'
import { AppError } from '../../../src/shared/contract/envelope'
import { objectionsMax, type Objection, type ObjectionList } from '../../../src/shared/contract/questions'
import { newId, nowIso } from '../ids'
import { expectOneChange, prepared } from '../statements'
import { requireLiveAccount } from './accounts'

interface ObjectionRow {
  id: string
  account_id: string | null
  reaction: string
  answer: string | null
  position: number
  created_at: string
  updated_at: string
}

export interface ObjectionFields {
  reaction: string
  answer: string | null
}

const columns = 'id, account_id, reaction, answer, position, created_at, updated_at'

function toObjection(row: ObjectionRow): Objection {
  return {
    id: row.id,
    accountId: row.account_id,
    reaction: row.reaction,
    answer: row.answer,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** One scope's live objections in the rep's order: an account's, or the reusable ones (null). */
function listScope(db: Database, accountId: string | null): Objection[] {
  const rows = prepared(
    db,
    `SELECT ${columns} FROM objection WHERE account_id IS ? AND deleted_at IS NULL ORDER BY position, created_at, id`,
  ).all(accountId) as ObjectionRow[]
  return rows.map(toObjection)
}

export function listObjections(db: Database, accountId: string): ObjectionList {
  requireLiveAccount(db, accountId)
  return { accountId, account: listScope(db, accountId), general: listScope(db, null) }
}

export function getObjection(db: Database, id: string): Objection {
  const row = prepared(db, `SELECT ${columns} FROM objection WHERE id = ? AND deleted_at IS NULL`).get(id) as ObjectionRow | undefined
  if (!row) throw new AppError('NOT_FOUND', 'That reaction was not found. It may have been deleted.')
  return toObjection(row)
}

function refuseIfScopeFull(db: Database, accountId: string | null): void {
  const count = prepared(db, 'SELECT count(*) FROM objection WHERE account_id IS ? AND deleted_at IS NULL').pluck().get(accountId) as number
  if (count >= objectionsMax) {
    const where = accountId === null ? 'reusable reactions' : 'reactions for one account'
    throw new AppError('LIMIT_REACHED', `You can keep at most ${objectionsMax} ${where}. Delete some before adding more.`)
  }
}

/** Adds a reaction at the end of its list: an account's, or the reusable ones when accountId is null. */
export function insertObjection(db: Database, accountId: string | null, fields: ObjectionFields): Objection {
  return db.transaction(() => {
    if (accountId !== null) requireLiveAccount(db, accountId)
    refuseIfScopeFull(db, accountId)
    const id = newId()
    const at = nowIso()
    prepared(
      db,
      `INSERT INTO objection (id, account_id, reaction, answer, position, created_at, updated_at)
       VALUES (@id, @accountId, @reaction, @answer,
         (SELECT coalesce(max(position), -1) + 1 FROM objection WHERE account_id IS @accountId AND deleted_at IS NULL),
         @at, @at)`,
    ).run({ id, at, accountId, reaction: fields.reaction, answer: fields.answer })
    return getObjection(db, id)
  })()
}

export function updateObjection(db: Database, id: string, fields: ObjectionFields): Objection {
  const result = prepared(db, 'UPDATE objection SET reaction = @reaction, answer = @answer, updated_at = @at WHERE id = @id AND deleted_at IS NULL').run({
    id,
    at: nowIso(),
    reaction: fields.reaction,
    answer: fields.answer,
  })
  expectOneChange(result.changes, 'That reaction')
  return getObjection(db, id)
}

export function softDeleteObjection(db: Database, id: string): { id: string; deletedAt: string } {
  const deletedAt = nowIso()
  const result = prepared(db, 'UPDATE objection SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id)
  expectOneChange(result.changes, 'That reaction')
  return { id, deletedAt }
}

/** Undo of a delete: only onto a live account, and only while its list has room, as adding checks. */
export function restoreObjection(db: Database, id: string): Objection {
  return db.transaction(() => {
    const row = prepared(db, 'SELECT account_id FROM objection WHERE id = ? AND deleted_at IS NOT NULL').get(id) as { account_id: string | null } | undefined
    if (!row) throw new AppError('NOT_FOUND', 'That deleted reaction was not found.')
    if (row.account_id !== null) {
      requireLiveAccount(db, row.account_id, 'That reaction belongs to an account that has been deleted. Restore the account first, then the reaction.')
    }
    refuseIfScopeFull(db, row.account_id)
    const result = prepared(db, 'UPDATE objection SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(nowIso(), id)
    expectOneChange(result.changes, 'That deleted reaction')
    return getObjection(db, id)
  })()
}

/** Puts one list in the given order; the ids must be exactly that list's current reactions. */
export function reorderObjections(db: Database, accountId: string | null, orderedIds: readonly string[]): Objection[] {
  return db.transaction(() => {
    if (accountId !== null) requireLiveAccount(db, accountId)
    const live = listScope(db, accountId).map((objection) => objection.id)
    if (live.length !== orderedIds.length || !orderedIds.every((id) => live.includes(id))) {
      throw new AppError('CONFLICT', 'The list changed while you were reordering it. Try again on the current list.')
    }
    const move = prepared(db, 'UPDATE objection SET position = ? WHERE id = ? AND deleted_at IS NULL')
    orderedIds.forEach((id, position) => expectOneChange(move.run(position, id).changes, 'That reaction'))
    return listScope(db, accountId)
  })()
}
