import type { Database } from 'better-sqlite3'
import { AppError } from '../../../src/shared/contract/envelope'
import type { ResearchNote, ResearchNoteFields, ResearchSettings } from '../../../src/shared/contract/research'
import { defaultStaleAfterDays, type ResearchNoteKind } from '../../../src/shared/domain/research'
import { gatherToVerify, type ToVerifyItem } from '../../../src/shared/domain/toVerify'
import { newId, nowIso } from '../ids'
import { expectOneChange, prepared } from '../statements'
import { requireLiveAccount } from './accounts'
import { listContacts } from './contacts'
import { explainFit } from './fit'
import { listQualifiers } from './qualifiers'

interface ResearchNoteRow {
  id: string
  account_id: string
  contact_id: string | null
  kind: ResearchNoteKind
  text: string
  source: string | null
  observed_on: string
  created_at: string
  updated_at: string
}

const columns = 'id, account_id, contact_id, kind, text, source, observed_on, created_at, updated_at'

export function toResearchNote(row: ResearchNoteRow): ResearchNote {
  return {
    id: row.id,
    accountId: row.account_id,
    contactId: row.contact_id,
    kind: row.kind,
    text: row.text,
    source: row.source,
    observedOn: row.observed_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** A note can be about one person, who must work at the note's account and still be on file. */
function requireContactAt(db: Database, contactId: string | null, accountId: string): void {
  if (contactId === null) return
  const found = prepared(db, 'SELECT 1 FROM contact WHERE id = ? AND account_id = ? AND deleted_at IS NULL').get(contactId, accountId)
  if (!found) {
    const message = 'That person is not on file at this account. Choose someone from the list or leave it empty.'
    throw new AppError('INVALID_INPUT', message, [{ path: 'fields.contactId', message }])
  }
}

/** The account's live notes, most recently observed first (newest written first on the same day). */
export function listResearchNotes(db: Database, accountId: string): ResearchNote[] {
  requireLiveAccount(db, accountId)
  const rows = prepared(
    db,
    `SELECT ${columns} FROM research_note WHERE account_id = ? AND deleted_at IS NULL ORDER BY observed_on DESC, created_at DESC, id DESC`,
  ).all(accountId) as ResearchNoteRow[]
  return rows.map(toResearchNote)
}

export function findResearchNote(db: Database, id: string): ResearchNote | undefined {
  const row = prepared(db, `SELECT ${columns} FROM research_note WHERE id = ? AND deleted_at IS NULL`).get(id) as ResearchNoteRow | undefined
  return row ? toResearchNote(row) : undefined
}

export function getResearchNote(db: Database, id: string): ResearchNote {
  const note = findResearchNote(db, id)
  if (!note) throw new AppError('NOT_FOUND', 'That note was not found. It may have been deleted.')
  return note
}

export function insertResearchNote(db: Database, accountId: string, fields: ResearchNoteFields, at: string = nowIso()): ResearchNote {
  return db.transaction(() => {
    requireLiveAccount(db, accountId)
    requireContactAt(db, fields.contactId, accountId)
    const id = newId()
    prepared(
      db,
      `INSERT INTO research_note (id, account_id, contact_id, kind, text, source, observed_on, created_at, updated_at)
       VALUES (@id, @account_id, @contact_id, @kind, @text, @source, @observed_on, @at, @at)`,
    ).run({
      id,
      account_id: accountId,
      contact_id: fields.contactId,
      kind: fields.kind,
      text: fields.text,
      source: fields.source,
      observed_on: fields.observedOn,
      at,
    })
    return getResearchNote(db, id)
  })()
}

export function updateResearchNote(db: Database, id: string, fields: ResearchNoteFields): ResearchNote {
  return db.transaction(() => {
    const current = getResearchNote(db, id)
    requireContactAt(db, fields.contactId, current.accountId)
    const result = prepared(
      db,
      `UPDATE research_note SET contact_id = @contact_id, kind = @kind, text = @text, source = @source, observed_on = @observed_on,
         updated_at = @at
       WHERE id = @id AND deleted_at IS NULL`,
    ).run({
      id,
      contact_id: fields.contactId,
      kind: fields.kind,
      text: fields.text,
      source: fields.source,
      observed_on: fields.observedOn,
      at: nowIso(),
    })
    expectOneChange(result.changes, 'That note')
    return getResearchNote(db, id)
  })()
}

/** Soft delete: the note leaves the list and search but comes back with Undo. */
export function softDeleteResearchNote(db: Database, id: string): { id: string; deletedAt: string } {
  const deletedAt = nowIso()
  const result = prepared(db, 'UPDATE research_note SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id)
  expectOneChange(result.changes, 'That note')
  return { id, deletedAt }
}

export function restoreResearchNote(db: Database, id: string): ResearchNote {
  return db.transaction(() => {
    const owner = prepared(db, 'SELECT account_id FROM research_note WHERE id = ? AND deleted_at IS NOT NULL').get(id) as
      | { account_id: string }
      | undefined
    if (!owner) throw new AppError('NOT_FOUND', 'That deleted note was not found.')
    requireLiveAccount(db, owner.account_id)
    const result = prepared(db, 'UPDATE research_note SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(nowIso(), id)
    expectOneChange(result.changes, 'That deleted note')
    return getResearchNote(db, id)
  })()
}

const staleAfterDaysKey = 'research.staleAfterDays'

export function getResearchSettings(db: Database): ResearchSettings {
  const raw = prepared(db, 'SELECT value FROM setting WHERE key = ?').pluck().get(staleAfterDaysKey) as string | undefined
  const stored = raw === undefined ? undefined : (JSON.parse(raw) as unknown)
  return { staleAfterDays: typeof stored === 'number' && Number.isInteger(stored) && stored > 0 ? stored : defaultStaleAfterDays }
}

export function setStaleAfterDays(db: Database, staleAfterDays: number): ResearchSettings {
  prepared(
    db,
    `INSERT INTO setting (key, value, updated_at) VALUES (@key, @value, @at)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run({ key: staleAfterDaysKey, value: JSON.stringify(staleAfterDays), at: nowIso() })
  return getResearchSettings(db)
}

/**
 * What to check on the next call with this account: its unknown qualifiers (must-haves and heavier
 * weights first), assumptions, need hypotheses, stale facts and presumed decision makers.
 */
export function listToVerify(db: Database, accountId: string, today: string): ToVerifyItem[] {
  requireLiveAccount(db, accountId)
  const fit = explainFit(db, accountId)
  const descriptions = new Map(listQualifiers(db).map((qualifier) => [qualifier.id, qualifier.description]))
  const unknownQualifiers = [...fit.unknown]
    .map((outcome, order) => ({ outcome, order }))
    .sort((a, b) => Number(b.outcome.mustHave) - Number(a.outcome.mustHave) || b.outcome.weight - a.outcome.weight || a.order - b.order)
    .map(({ outcome }) => ({ qualifierId: outcome.qualifierId, name: outcome.name, description: descriptions.get(outcome.qualifierId) ?? null }))
  return gatherToVerify({
    unknownQualifiers,
    notes: listResearchNotes(db, accountId),
    contacts: listContacts(db, accountId),
    today,
    staleAfterDays: getResearchSettings(db).staleAfterDays,
  })
}
