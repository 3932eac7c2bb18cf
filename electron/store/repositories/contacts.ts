import type { Database } from 'better-sqlite3'
import {
  liftReasonMessage,
  type AccountStanding,
  type Contact,
  type ContactFields,
  type DecisionRole,
  type DoNotContactEvent,
  type Relationship,
} from '../../../src/shared/contract/contacts'
import { AppError } from '../../../src/shared/contract/envelope'
import { newId, nowIso } from '../ids'
import { expectOneChange, prepared } from '../statements'
import { requireLiveAccount } from './accounts'

interface ContactRow {
  id: string
  account_id: string
  name: string
  title: string | null
  department: string | null
  email: string | null
  phone: string | null
  decision_role: DecisionRole
  role_confirmed: number
  relationship: Relationship
  do_not_contact: number
  do_not_contact_at: string | null
  do_not_contact_reason: string | null
  notes: string | null
  created_at: string
  updated_at: string
}

const columnNames = [
  'id',
  'account_id',
  'name',
  'title',
  'department',
  'email',
  'phone',
  'decision_role',
  'role_confirmed',
  'relationship',
  'do_not_contact',
  'do_not_contact_at',
  'do_not_contact_reason',
  'notes',
  'created_at',
  'updated_at',
] as const
const columns = columnNames.join(', ')
const qualifiedColumns = columnNames.map((name) => `c.${name}`).join(', ')

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    title: row.title,
    department: row.department,
    email: row.email,
    phone: row.phone,
    decisionRole: row.decision_role,
    roleConfirmed: row.role_confirmed === 1,
    relationship: row.relationship,
    doNotContact: row.do_not_contact === 1,
    doNotContactAt: row.do_not_contact_at,
    doNotContactReason: row.do_not_contact_reason,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function fieldParams(fields: ContactFields) {
  return {
    name: fields.name,
    title: fields.title,
    department: fields.department,
    email: fields.email,
    phone: fields.phone,
    decision_role: fields.decisionRole,
    role_confirmed: fields.roleConfirmed ? 1 : 0,
    relationship: fields.relationship,
    notes: fields.notes,
  }
}


/** The live people at a live account, by name. */
export function listContacts(db: Database, accountId: string): Contact[] {
  requireLiveAccount(db, accountId)
  const rows = prepared(
    db,
    `SELECT ${columns} FROM contact WHERE account_id = ? AND deleted_at IS NULL ORDER BY name COLLATE NOCASE, id`,
  ).all(accountId) as ContactRow[]
  return rows.map(toContact)
}

export function findContact(db: Database, id: string): Contact | undefined {
  const row = prepared(db, `SELECT ${columns} FROM contact WHERE id = ? AND deleted_at IS NULL`).get(id) as ContactRow | undefined
  return row ? toContact(row) : undefined
}

export function getContact(db: Database, id: string): Contact {
  const contact = findContact(db, id)
  if (!contact) throw new AppError('NOT_FOUND', 'That contact was not found. It may have been deleted.')
  return contact
}

export function insertContact(db: Database, accountId: string, fields: ContactFields, at: string = nowIso()): Contact {
  requireLiveAccount(db, accountId)
  const id = newId()
  prepared(
    db,
    `INSERT INTO contact (id, account_id, name, title, department, email, phone, decision_role, role_confirmed, relationship,
       notes, created_at, updated_at)
     VALUES (@id, @account_id, @name, @title, @department, @email, @phone, @decision_role, @role_confirmed, @relationship,
       @notes, @at, @at)`,
  ).run({ id, account_id: accountId, at, ...fieldParams(fields) })
  return getContact(db, id)
}

/** Changes what the rep typed; the do-not-contact state only changes through setContactDoNotContact, so it is always recorded. */
export function updateContact(db: Database, id: string, fields: ContactFields): Contact {
  const result = prepared(
    db,
    `UPDATE contact SET name = @name, title = @title, department = @department, email = @email, phone = @phone,
       decision_role = @decision_role, role_confirmed = @role_confirmed, relationship = @relationship, notes = @notes,
       updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id, at: nowIso(), ...fieldParams(fields) })
  expectOneChange(result.changes, 'That contact')
  return getContact(db, id)
}

/** Soft delete. Someone who asked not to be contacted stays on file, so the request keeps being honoured. */
export function softDeleteContact(db: Database, id: string): { id: string; deletedAt: string } {
  const contact = getContact(db, id)
  if (contact.doNotContact) {
    throw new AppError(
      'CONFLICT',
      `${contact.name} asked not to be contacted. Groundwork keeps them on file so the request is not forgotten; lift the flag first if it was set by mistake.`,
    )
  }
  const deletedAt = nowIso()
  const result = prepared(db, 'UPDATE contact SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id)
  expectOneChange(result.changes, 'That contact')
  return { id, deletedAt }
}

export function restoreContact(db: Database, id: string): Contact {
  const owner = prepared(db, 'SELECT account_id FROM contact WHERE id = ? AND deleted_at IS NOT NULL').get(id) as { account_id: string } | undefined
  if (!owner) throw new AppError('NOT_FOUND', 'That deleted contact was not found.')
  requireLiveAccount(db, owner.account_id)
  const result = prepared(db, 'UPDATE contact SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(nowIso(), id)
  expectOneChange(result.changes, 'That deleted contact')
  return getContact(db, id)
}

/** Adds one change to the do-not-contact record (the import records what a file says the same way). */
export function recordDoNotContact(db: Database, accountId: string, contactId: string | null, action: 'marked' | 'lifted', reason: string | null, at: string): void {
  prepared(db, 'INSERT INTO do_not_contact_event (id, account_id, contact_id, action, reason, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    newId(),
    accountId,
    contactId,
    action,
    reason,
    at,
  )
}

function requireLiftReason(reason: string | null): string {
  if (reason === null) {
    throw new AppError('INVALID_INPUT', liftReasonMessage, [{ path: 'reason', message: liftReasonMessage }])
  }
  return reason
}

/** Marks or lifts a person's do-not-contact flag and adds the change to the record, in one transaction. */
export function setContactDoNotContact(db: Database, id: string, doNotContact: boolean, reason: string | null): Contact {
  return db.transaction(() => {
    const contact = getContact(db, id)
    if (contact.doNotContact === doNotContact) {
      throw new AppError(
        'CONFLICT',
        doNotContact ? `${contact.name} is already marked do not contact.` : `${contact.name} is not marked do not contact.`,
      )
    }
    const at = nowIso()
    if (doNotContact) {
      prepared(db, 'UPDATE contact SET do_not_contact = 1, do_not_contact_at = ?, do_not_contact_reason = ?, updated_at = ? WHERE id = ?').run(at, reason, at, id)
      recordDoNotContact(db, contact.accountId, id, 'marked', reason, at)
    } else {
      const why = requireLiftReason(reason)
      prepared(db, 'UPDATE contact SET do_not_contact = 0, do_not_contact_at = NULL, do_not_contact_reason = NULL, updated_at = ? WHERE id = ?').run(at, id)
      recordDoNotContact(db, contact.accountId, id, 'lifted', why, at)
    }
    return getContact(db, id)
  })()
}

interface StandingRow {
  id: string
  name: string
  relationship: Relationship
  do_not_contact: number
  do_not_contact_at: string | null
  do_not_contact_reason: string | null
}

function standingRow(db: Database, accountId: string): StandingRow {
  const row = prepared(
    db,
    `SELECT id, name, relationship, do_not_contact, do_not_contact_at, do_not_contact_reason
       FROM account WHERE id = ? AND deleted_at IS NULL`,
  ).get(accountId) as StandingRow | undefined
  if (!row) throw new AppError('NOT_FOUND', 'That account was not found. It may have been deleted.')
  return row
}

function toStanding(row: StandingRow): AccountStanding {
  return {
    accountId: row.id,
    relationship: row.relationship,
    doNotContact: row.do_not_contact === 1,
    doNotContactAt: row.do_not_contact_at,
    doNotContactReason: row.do_not_contact_reason,
  }
}

export function getAccountStanding(db: Database, accountId: string): AccountStanding {
  return toStanding(standingRow(db, accountId))
}

export function setAccountRelationship(db: Database, accountId: string, relationship: Relationship): AccountStanding {
  const result = prepared(db, 'UPDATE account SET relationship = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(relationship, nowIso(), accountId)
  expectOneChange(result.changes, 'That account')
  return getAccountStanding(db, accountId)
}

/** Marks or lifts the company's own do-not-contact flag and records the change, in one transaction. */
export function setAccountDoNotContact(db: Database, accountId: string, doNotContact: boolean, reason: string | null): AccountStanding {
  return db.transaction(() => {
    const account = standingRow(db, accountId)
    if ((account.do_not_contact === 1) === doNotContact) {
      throw new AppError(
        'CONFLICT',
        doNotContact ? `${account.name} is already marked do not contact.` : `${account.name} is not marked do not contact.`,
      )
    }
    const at = nowIso()
    if (doNotContact) {
      prepared(db, 'UPDATE account SET do_not_contact = 1, do_not_contact_at = ?, do_not_contact_reason = ?, updated_at = ? WHERE id = ?').run(at, reason, at, accountId)
      recordDoNotContact(db, accountId, null, 'marked', reason, at)
    } else {
      const why = requireLiftReason(reason)
      prepared(db, 'UPDATE account SET do_not_contact = 0, do_not_contact_at = NULL, do_not_contact_reason = NULL, updated_at = ? WHERE id = ?').run(at, accountId)
      recordDoNotContact(db, accountId, null, 'lifted', why, at)
    }
    return getAccountStanding(db, accountId)
  })()
}

interface EventRow {
  id: string
  account_id: string
  contact_id: string | null
  contact_name: string | null
  action: 'marked' | 'lifted'
  reason: string | null
  at: string
}

/** The whole do-not-contact record of an account and its people (deleted people included), newest first. */
export function listDoNotContactHistory(db: Database, accountId: string): DoNotContactEvent[] {
  requireLiveAccount(db, accountId)
  const rows = prepared(
    db,
    `SELECT e.id, e.account_id, e.contact_id, c.name AS contact_name, e.action, e.reason, e.at
       FROM do_not_contact_event e LEFT JOIN contact c ON c.id = e.contact_id
      WHERE e.account_id = ?
      ORDER BY e.at DESC, e.id DESC`,
  ).all(accountId) as EventRow[]
  return rows.map((row) => ({
    id: row.id,
    accountId: row.account_id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    action: row.action,
    reason: row.reason,
    at: row.at,
  }))
}

/** The company itself asked never to be contacted. Unknown or deleted accounts are not off-limits. */
export function isAccountOffLimits(db: Database, accountId: string): boolean {
  const row = prepared(db, 'SELECT do_not_contact FROM account WHERE id = ? AND deleted_at IS NULL').get(accountId) as { do_not_contact: number } | undefined
  return row?.do_not_contact === 1
}

/** Every account id whose company asked never to be contacted. */
export function offLimitsAccountIds(db: Database): Set<string> {
  const ids = prepared(db, 'SELECT id FROM account WHERE do_not_contact = 1 AND deleted_at IS NULL').pluck().all() as string[]
  return new Set(ids)
}

export interface ExportedContact {
  contact: Contact
  accountName: string
}

/** Every live contact of every live account, with all its fields and its account's name, for the CSV export (account, then name order). */
export function listContactsWithAccountForExport(db: Database): ExportedContact[] {
  const rows = prepared(
    db,
    `SELECT ${qualifiedColumns}, a.name AS account_name
       FROM contact c JOIN account a ON a.id = c.account_id
      WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL
      ORDER BY a.name COLLATE NOCASE, a.id, c.name COLLATE NOCASE, c.id`,
  ).all() as (ContactRow & { account_name: string })[]
  return rows.map((row) => ({ contact: toContact(row), accountName: row.account_name }))
}
