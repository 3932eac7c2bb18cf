import type { Database } from 'better-sqlite3'
import { AppError } from '../../../src/shared/contract/envelope'
import { lessonLimits, type Lesson, type LessonFields } from '../../../src/shared/contract/targeting'
import { newId, nowIso } from '../ids'
import { expectOneChange, prepared } from '../statements'
import { requireLiveAccount } from './accounts'

interface LessonRow {
  id: string
  text: string
  account_id: string | null
  account_name: string | null
  created_at: string
}

function toLesson(row: LessonRow): Lesson {
  return { id: row.id, text: row.text, accountId: row.account_id, accountName: row.account_name, createdAt: row.created_at }
}

const select = `SELECT l.id, l.text, l.account_id, a.name AS account_name, l.created_at
  FROM fit_lesson l LEFT JOIN account a ON a.id = l.account_id AND a.deleted_at IS NULL`

/** Why accounts turned out to be no fit, newest first. */
export function listLessons(db: Database): Lesson[] {
  const rows = prepared(db, `${select} WHERE l.deleted_at IS NULL ORDER BY l.created_at DESC, l.id DESC`).all() as LessonRow[]
  return rows.map(toLesson)
}

function getLesson(db: Database, id: string): Lesson {
  const row = prepared(db, `${select} WHERE l.id = ? AND l.deleted_at IS NULL`).get(id) as LessonRow | undefined
  if (!row) throw new AppError('NOT_FOUND', 'That lesson was not found. It may have been deleted.')
  return toLesson(row)
}

function refuseIfLessonsFull(db: Database): void {
  const live = prepared(db, 'SELECT count(*) FROM fit_lesson WHERE deleted_at IS NULL').pluck().get() as number
  if (live >= lessonLimits.count) {
    throw new AppError('LIMIT_REACHED', `You have ${lessonLimits.count} lessons already. Fold the old ones into your qualifiers and delete them.`)
  }
}

export function addLesson(db: Database, fields: LessonFields): Lesson {
  const id = newId()
  db.transaction(() => {
    refuseIfLessonsFull(db)
    if (fields.accountId !== null) requireLiveAccount(db, fields.accountId)
    prepared(db, 'INSERT INTO fit_lesson (id, text, account_id, created_at) VALUES (?, ?, ?, ?)').run(id, fields.text, fields.accountId, nowIso())
  })()
  return getLesson(db, id)
}

export function softDeleteLesson(db: Database, id: string): { id: string; deletedAt: string } {
  const deletedAt = nowIso()
  const result = prepared(db, 'UPDATE fit_lesson SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id)
  expectOneChange(result.changes, 'That lesson')
  return { id, deletedAt }
}

/**
 * Undo of a delete, within the same limit as adding. The lesson's account need not be live: a lesson
 * outlives its account (listLessons keeps it, without the name, and a purge only clears the link), so
 * it comes back just as it would have stayed had it not been deleted.
 */
export function restoreLesson(db: Database, id: string): Lesson {
  db.transaction(() => {
    const binned = prepared(db, 'SELECT 1 FROM fit_lesson WHERE id = ? AND deleted_at IS NOT NULL').get(id) !== undefined
    if (!binned) throw new AppError('NOT_FOUND', 'That deleted lesson was not found.')
    refuseIfLessonsFull(db)
    const result = prepared(db, 'UPDATE fit_lesson SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id)
    expectOneChange(result.changes, 'That deleted lesson')
  })()
  return getLesson(db, id)
}
