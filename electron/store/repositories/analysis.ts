import type { Database } from 'better-sqlite3'
import { AppError } from '../../../src/shared/contract/envelope'
import {
  analysisFieldsSchema,
  storedAnalysisFieldsSchema,
  type AccountAnalysis,
  type AnalysisFields,
  type AnalysisVersion,
  type AnalysisVersionSummary,
} from '../../../src/shared/contract/messages'
import { newId, nowIso } from '../ids'
import { expectOneChange, prepared } from '../statements'
import { requireLiveAccount } from './accounts'

interface AnalysisRow {
  id: string
  account_id: string
  call_number: number
  fields: string
  created_at: string
  updated_at: string
  closed_at: string | null
}

const columns = 'id, account_id, call_number, fields, created_at, updated_at, closed_at'

/** The stored JSON read through the contract's schema: unknown keys dropped, fields added since start blank. */
function readFields(json: string): AnalysisFields {
  return storedAnalysisFieldsSchema.parse(JSON.parse(json))
}

function toVersion(row: AnalysisRow): AnalysisVersion {
  return {
    id: row.id,
    accountId: row.account_id,
    callNumber: row.call_number,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    readOnly: row.closed_at !== null,
    fields: readFields(row.fields),
  }
}

function toSummary(row: AnalysisRow): AnalysisVersionSummary {
  const { id, callNumber, createdAt, updatedAt, fields } = toVersion(row)
  return { id, callNumber, createdAt, updatedAt, verdict: fields.verdict }
}

function currentRow(db: Database, accountId: string): AnalysisRow | undefined {
  return prepared(db, `SELECT ${columns} FROM analysis_form WHERE account_id = ? AND closed_at IS NULL`).get(accountId) as AnalysisRow | undefined
}

function rowById(db: Database, id: string): AnalysisRow | undefined {
  return prepared(db, `SELECT ${columns} FROM analysis_form WHERE id = ?`).get(id) as AnalysisRow | undefined
}

function insertVersion(db: Database, accountId: string, callNumber: number, fields: AnalysisFields, at: string): AnalysisRow {
  const id = newId()
  prepared(
    db,
    `INSERT INTO analysis_form (id, account_id, call_number, fields, created_at, updated_at) VALUES (@id, @accountId, @callNumber, @fields, @at, @at)`,
  ).run({ id, accountId, callNumber, fields: JSON.stringify(fields), at })
  const row = rowById(db, id)
  if (!row) throw new Error('analysis_form: the new version was not written')
  return row
}

/** The form of the call in progress, and the earlier calls' forms, newest first. */
export function getAnalysis(db: Database, accountId: string): AccountAnalysis {
  requireLiveAccount(db, accountId)
  const rows = prepared(db, `SELECT ${columns} FROM analysis_form WHERE account_id = ? ORDER BY call_number DESC`).all(accountId) as AnalysisRow[]
  const current = rows.find((row) => row.closed_at === null)
  return {
    accountId,
    current: current ? toVersion(current) : null,
    earlier: rows.filter((row) => row.closed_at !== null).map(toSummary),
  }
}

export function getAnalysisVersion(db: Database, versionId: string): AnalysisVersion {
  const row = rowById(db, versionId)
  const notFound = 'That form was not found. Its account may have been deleted.'
  if (!row) throw new AppError('NOT_FOUND', notFound)
  requireLiveAccount(db, row.account_id, notFound)
  return toVersion(row)
}

/**
 * Autosave of the current call's form. With no version yet (versionId null) the first call's form is
 * created. Saving what is already stored changes nothing, not even the time.
 */
export function saveAnalysis(db: Database, accountId: string, versionId: string | null, fields: AnalysisFields): AnalysisVersion {
  return db.transaction(() => {
    requireLiveAccount(db, accountId)
    const current = currentRow(db, accountId)
    if (versionId === null) {
      if (current) {
        throw new AppError('CONFLICT', 'This form was already started, perhaps in another window. Reload to see it, then carry on.')
      }
      return toVersion(insertVersion(db, accountId, 1, fields, nowIso()))
    }
    const row = rowById(db, versionId)
    if (!row || row.account_id !== accountId) throw new AppError('NOT_FOUND', 'That form was not found for this account.')
    if (row.closed_at !== null) {
      throw new AppError('CONFLICT', `This is the form from call ${row.call_number}. It is kept as it was; switch to the current call to make changes.`)
    }
    const json = JSON.stringify(fields)
    if (JSON.stringify(readFields(row.fields)) === json) return toVersion(row)
    const result = prepared(db, 'UPDATE analysis_form SET fields = @json, updated_at = @at WHERE id = @id AND closed_at IS NULL').run({
      json,
      at: nowIso(),
      id: row.id,
    })
    expectOneChange(result.changes, 'That form')
    return getAnalysisVersion(db, row.id)
  })()
}

/**
 * Starts the form for the next call: the current form is closed (read-only from now on) and its content
 * copied as the starting point, since most of what the rep learned still holds.
 */
export function startNewCallVersion(db: Database, accountId: string): AnalysisVersion {
  return db.transaction(() => {
    requireLiveAccount(db, accountId)
    const at = nowIso()
    const current = currentRow(db, accountId)
    if (!current) return toVersion(insertVersion(db, accountId, 1, analysisFieldsSchema.parse({}), at))
    const result = prepared(db, 'UPDATE analysis_form SET closed_at = @at WHERE id = @id AND closed_at IS NULL').run({ at, id: current.id })
    expectOneChange(result.changes, 'The current form')
    return toVersion(insertVersion(db, accountId, current.call_number + 1, readFields(current.fields), at))
  })()
}
