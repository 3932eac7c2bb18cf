import type { Database } from 'better-sqlite3'
import { AppError } from '../../../src/shared/contract/envelope'
import type { QualifierStatus } from '../../../src/shared/domain/qualifiers'
import { nowIso } from '../ids'
import { prepared } from '../statements'
import { requireLiveAccount } from './accounts'

/** What the rep recorded about one qualifier for one account. */
export interface SavedAssessment {
  qualifierId: string
  status: QualifierStatus
  note: string | null
  updatedAt: string
}

interface AssessmentRow {
  qualifier_id: string
  status: QualifierStatus
  note: string | null
  updated_at: string
}

function toSavedAssessment(row: AssessmentRow): SavedAssessment {
  return { qualifierId: row.qualifier_id, status: row.status, note: row.note, updatedAt: row.updated_at }
}

/** Both must be live: an assessment of a deleted account or qualifier would be invisible work. */
function requireLive(db: Database, accountId: string, qualifierId: string): void {
  requireLiveAccount(db, accountId)
  const qualifier = prepared(db, 'SELECT 1 FROM qualifier WHERE id = ? AND deleted_at IS NULL').pluck().get(qualifierId)
  if (qualifier === undefined) throw new AppError('NOT_FOUND', 'That qualifier was not found. It may have been deleted.')
}

export function setAssessment(db: Database, accountId: string, qualifierId: string, status: QualifierStatus, note: string | null): SavedAssessment {
  const at = nowIso()
  db.transaction(() => {
    requireLive(db, accountId, qualifierId)
    prepared(
      db,
      `INSERT INTO qualifier_assessment (account_id, qualifier_id, status, note, updated_at) VALUES (@accountId, @qualifierId, @status, @note, @at)
       ON CONFLICT (account_id, qualifier_id) DO UPDATE SET status = excluded.status, note = excluded.note, updated_at = excluded.updated_at`,
    ).run({ accountId, qualifierId, status, note, at })
  })()
  return { qualifierId, status, note, updatedAt: at }
}

/** Forgets the rep's assessment so the qualifier follows the account's record again. Clearing twice is harmless. */
export function clearAssessment(db: Database, accountId: string, qualifierId: string): void {
  db.transaction(() => {
    requireLive(db, accountId, qualifierId)
    prepared(db, 'DELETE FROM qualifier_assessment WHERE account_id = ? AND qualifier_id = ?').run(accountId, qualifierId)
  })()
}

/** One account's assessments of live qualifiers, by qualifier id. */
export function assessmentsForAccount(db: Database, accountId: string): Map<string, SavedAssessment> {
  const rows = prepared(
    db,
    `SELECT a.qualifier_id, a.status, a.note, a.updated_at FROM qualifier_assessment a
     JOIN qualifier q ON q.id = a.qualifier_id AND q.deleted_at IS NULL
     WHERE a.account_id = ?`,
  ).all(accountId) as AssessmentRow[]
  return new Map(rows.map((row) => [row.qualifier_id, toSavedAssessment(row)]))
}
