import type { Database } from 'better-sqlite3'
import { AppError } from '../../../src/shared/contract/envelope'
import { qualifierCountLimit, type FieldValue, type QualifierFields, type SavedQualifier } from '../../../src/shared/contract/targeting'
import { qualifierRuleSchema, type Qualifier, type ValueField } from '../../../src/shared/domain/qualifiers'
import { newId, nowIso } from '../ids'
import { expectOneChange, prepared } from '../statements'

interface QualifierRow {
  id: string
  name: string
  description: string | null
  rule: string
  must_have: number
  weight: number
  position: number
  created_at: string
  updated_at: string
}

const columns = 'id, name, description, rule, must_have, weight, position, created_at, updated_at'

/** The stored rule went through the same schema on its way in; parsing again catches a hand-edited file. */
function toSavedQualifier(row: QualifierRow): SavedQualifier {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    rule: qualifierRuleSchema.parse(JSON.parse(row.rule)),
    mustHave: row.must_have === 1,
    weight: row.weight,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** What the scoring rules need from a saved qualifier. */
export function toDomainQualifier(saved: SavedQualifier): Qualifier {
  return { id: saved.id, name: saved.name, description: saved.description, rule: saved.rule, mustHave: saved.mustHave, weight: saved.weight }
}

function fieldParams(fields: QualifierFields) {
  return {
    name: fields.name,
    description: fields.description,
    rule: JSON.stringify(fields.rule),
    must_have: fields.mustHave ? 1 : 0,
    weight: fields.weight,
  }
}

/** Live qualifiers in the rep's order. */
export function listQualifiers(db: Database): SavedQualifier[] {
  const rows = prepared(db, `SELECT ${columns} FROM qualifier WHERE deleted_at IS NULL ORDER BY position, created_at`).all() as QualifierRow[]
  return rows.map(toSavedQualifier)
}

export function listDomainQualifiers(db: Database): Qualifier[] {
  return listQualifiers(db).map(toDomainQualifier)
}

export function findQualifier(db: Database, id: string): SavedQualifier | undefined {
  const row = prepared(db, `SELECT ${columns} FROM qualifier WHERE id = ? AND deleted_at IS NULL`).get(id) as QualifierRow | undefined
  return row ? toSavedQualifier(row) : undefined
}

export function getQualifier(db: Database, id: string): SavedQualifier {
  const qualifier = findQualifier(db, id)
  if (!qualifier) throw new AppError('NOT_FOUND', 'That qualifier was not found. It may have been deleted.')
  return qualifier
}

function countLive(db: Database): number {
  return prepared(db, 'SELECT count(*) FROM qualifier WHERE deleted_at IS NULL').pluck().get() as number
}

function refuseOverLimit(db: Database): void {
  if (countLive(db) >= qualifierCountLimit) {
    throw new AppError(
      'LIMIT_REACHED',
      `You already have ${qualifierCountLimit} qualifiers. Merge or delete some first: a short profile keeps you focused.`,
    )
  }
}

/** A new qualifier goes to the end of the list. */
export function insertQualifier(db: Database, fields: QualifierFields): SavedQualifier {
  const id = newId()
  const at = nowIso()
  db.transaction(() => {
    refuseOverLimit(db)
    const next = prepared(db, 'SELECT coalesce(max(position) + 1, 0) FROM qualifier WHERE deleted_at IS NULL').pluck().get() as number
    prepared(
      db,
      `INSERT INTO qualifier (id, name, description, rule, must_have, weight, position, created_at, updated_at)
       VALUES (@id, @name, @description, @rule, @must_have, @weight, @position, @at, @at)`,
    ).run({ id, at, position: next, ...fieldParams(fields) })
  })()
  return getQualifier(db, id)
}

export function updateQualifier(db: Database, id: string, fields: QualifierFields): SavedQualifier {
  const result = prepared(
    db,
    `UPDATE qualifier SET name = @name, description = @description, rule = @rule, must_have = @must_have, weight = @weight,
       updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id, at: nowIso(), ...fieldParams(fields) })
  expectOneChange(result.changes, 'That qualifier')
  return getQualifier(db, id)
}

/** Soft delete: the qualifier and the rep's assessments of it stay until Undo or the bin is emptied. */
export function softDeleteQualifier(db: Database, id: string): { id: string; deletedAt: string } {
  const deletedAt = nowIso()
  const result = prepared(db, 'UPDATE qualifier SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id)
  expectOneChange(result.changes, 'That qualifier')
  return { id, deletedAt }
}

/** Back in its old place; assessments made against it count again. */
export function restoreQualifier(db: Database, id: string): SavedQualifier {
  db.transaction(() => {
    refuseOverLimit(db)
    const result = prepared(db, 'UPDATE qualifier SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(nowIso(), id)
    expectOneChange(result.changes, 'That deleted qualifier')
  })()
  return getQualifier(db, id)
}

/** Puts the live qualifiers in the given order; the list must name each of them exactly once. */
export function reorderQualifiers(db: Database, ids: readonly string[]): SavedQualifier[] {
  db.transaction(() => {
    const live = new Set(prepared(db, 'SELECT id FROM qualifier WHERE deleted_at IS NULL').pluck().all() as string[])
    const given = new Set(ids)
    if (given.size !== ids.length || given.size !== live.size || ids.some((id) => !live.has(id))) {
      throw new AppError('CONFLICT', 'The qualifiers changed while you were reordering them. Reload the list and try again.')
    }
    const setPosition = prepared(db, 'UPDATE qualifier SET position = ? WHERE id = ?')
    ids.forEach((id, position) => setPosition.run(position, id))
  })()
  return listQualifiers(db)
}

/** The most values offered to pick from; a rep can still type any other. */
export const fieldValueLimit = 500

/**
 * Each value field's query is a fixed text (the column comes from this table, never from input).
 * Spellings that differ only in case or surrounding spaces count as one value, as they do in scoring.
 */
const fieldValueQueries: Record<ValueField, string> = {
  industry: distinctValuesSql('industry'),
  region: distinctValuesSql('region'),
  country: distinctValuesSql('country'),
  city: distinctValuesSql('city'),
}

function distinctValuesSql(column: string): string {
  return `SELECT min(trim(${column})) AS value, count(*) AS count FROM account
          WHERE deleted_at IS NULL AND trim(coalesce(${column}, '')) <> ''
          GROUP BY lower(trim(${column})) ORDER BY count DESC, value LIMIT ${fieldValueLimit}`
}

export function distinctFieldValues(db: Database, field: ValueField): FieldValue[] {
  return prepared(db, fieldValueQueries[field]).all() as FieldValue[]
}
