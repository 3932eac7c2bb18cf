import type { Database } from 'better-sqlite3'
import type { AccountFields } from '../../../src/shared/contract/accounts'
import type { ContactFields, Relationship } from '../../../src/shared/contract/contacts'
import type { ImportBatch } from '../../../src/shared/contract/import'
import { prepared } from '../statements'
import { recordDoNotContact } from './contacts'

/** Where an imported account came from (and so what its external id means). Groundwork's own files and other CSVs are 'csv'. */
export type AccountSource = 'hubspot' | 'salesforce' | 'csv'
export type BatchSource = ImportBatch['source']

/** A live account as duplicate matching sees it: the keys stored beside it by migration 4. */
export interface AccountKeys {
  id: string
  name: string
  website: string | null
  domain: string | null
  nameKey: string | null
  externalId: string | null
  source: AccountSource | null
}

interface AccountKeysRow {
  id: string
  name: string
  website: string | null
  domain: string | null
  name_key: string | null
  external_id: string | null
  source: AccountSource | null
}

/** Oldest first, so when two accounts share a key the first one made keeps it. */
export function listAccountKeys(db: Database): AccountKeys[] {
  const rows = prepared(
    db,
    `SELECT id, name, website, domain, name_key, external_id, source FROM account WHERE deleted_at IS NULL ORDER BY created_at, id`,
  ).all() as AccountKeysRow[]
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    website: row.website,
    domain: row.domain,
    nameKey: row.name_key,
    externalId: row.external_id,
    source: row.source,
  }))
}

/** Whether any account, live or in the bin, has this id (an id restored from an export must be free). */
export function accountIdTaken(db: Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM account WHERE id = ?').pluck().get(id) !== undefined
}

/**
 * What a Groundwork export carries about a company besides its fields (migration 3): what it is to the
 * rep and whether it asked never to be contacted. Null relationship: not given, keep or default.
 */
export interface ImportedStanding {
  relationship: Relationship | null
  doNotContact: { at: string; reason: string | null } | null
}

export const noStanding: ImportedStanding = { relationship: null, doNotContact: null }

export interface ImportedAccount {
  id: string
  fields: AccountFields
  domain: string | null
  nameKey: string
  externalId: string | null
  source: AccountSource
  standing: ImportedStanding
  batchId: string
  at: string
}

const importedColumns =
  'id, name, website, industry, city, region, country, employees, annual_revenue, description, domain, name_key, external_id, source, ' +
  'relationship, do_not_contact, do_not_contact_at, do_not_contact_reason, import_batch_id, created_at, updated_at'
const importedPlaceholders = `(${importedColumns.split(',').map(() => '?').join(', ')})`

/** Rows per INSERT statement: one statement per row spends more time binding and stepping than writing. */
export const accountsPerInsert = 100

function pushImportedParams(params: unknown[], account: ImportedAccount): void {
  const { fields } = account
  params.push(
    account.id,
    fields.name,
    fields.website,
    fields.industry,
    fields.city,
    fields.region,
    fields.country,
    fields.employees,
    fields.annualRevenue,
    fields.description,
    account.domain,
    account.nameKey,
    account.externalId,
    account.source,
    account.standing.relationship ?? 'prospect',
    account.standing.doNotContact === null ? 0 : 1,
    account.standing.doNotContact?.at ?? null,
    account.standing.doNotContact?.reason ?? null,
    account.batchId,
    account.at,
    account.at,
  )
}

/**
 * Inserts imported accounts, many rows per statement. A company that asked never to be contacted also
 * gets its entry in the do-not-contact record, dated when it asked.
 */
export function insertImportedAccounts(db: Database, accounts: readonly ImportedAccount[]): void {
  const full = Math.floor(accounts.length / accountsPerInsert) * accountsPerInsert
  if (full > 0) {
    const many = prepared(db, `INSERT INTO account (${importedColumns}) VALUES ${Array(accountsPerInsert).fill(importedPlaceholders).join(', ')}`)
    const params: unknown[] = []
    for (let start = 0; start < full; start += accountsPerInsert) {
      params.length = 0
      for (let i = start; i < start + accountsPerInsert; i++) pushImportedParams(params, accounts[i] as ImportedAccount)
      many.run(params)
    }
  }
  const one = prepared(db, `INSERT INTO account (${importedColumns}) VALUES ${importedPlaceholders}`)
  for (let i = full; i < accounts.length; i++) {
    const params: unknown[] = []
    pushImportedParams(params, accounts[i] as ImportedAccount)
    one.run(params)
  }
  for (const account of accounts) {
    const asked = account.standing.doNotContact
    if (asked !== null) recordDoNotContact(db, account.id, null, 'marked', asked.reason, asked.at)
  }
}

/**
 * An imported file says a known company asked not to be contacted: mark it (and record it) unless it is
 * already marked. An import never lifts the flag: that takes the rep's deliberate choice and reason.
 */
function markAccountDoNotContactFromImport(db: Database, id: string, asked: { at: string; reason: string | null }): void {
  const result = prepared(db, 'UPDATE account SET do_not_contact = 1, do_not_contact_at = ?, do_not_contact_reason = ? WHERE id = ? AND do_not_contact = 0').run(
    asked.at,
    asked.reason,
    id,
  )
  if (result.changes === 1) recordDoNotContact(db, id, null, 'marked', asked.reason, asked.at)
}

/**
 * Refreshes a live account from an imported row: what the file holds replaces what Groundwork has, and
 * a blank cell leaves the existing value alone (a CRM export with an empty column must not wipe out what
 * the rep filled in). A CRM id is recorded only if the account has none yet.
 */
export function updateAccountFromImport(db: Database, id: string, account: Omit<ImportedAccount, 'id' | 'batchId'>): boolean {
  const { fields, standing } = account
  const result = prepared(
    db,
    `UPDATE account SET
       name = ?, website = coalesce(?, website), industry = coalesce(?, industry), city = coalesce(?, city),
       region = coalesce(?, region), country = coalesce(?, country), employees = coalesce(?, employees),
       annual_revenue = coalesce(?, annual_revenue), description = coalesce(?, description),
       domain = CASE WHEN ? IS NULL THEN domain ELSE ? END, name_key = ?,
       source = CASE WHEN external_id IS NULL AND ? IS NOT NULL THEN ? ELSE source END,
       external_id = coalesce(external_id, ?),
       relationship = coalesce(?, relationship),
       updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(
    fields.name,
    fields.website,
    fields.industry,
    fields.city,
    fields.region,
    fields.country,
    fields.employees,
    fields.annualRevenue,
    fields.description,
    fields.website,
    account.domain,
    account.nameKey,
    account.externalId,
    account.source,
    account.externalId,
    standing.relationship,
    account.at,
    id,
  )
  if (result.changes === 1 && standing.doNotContact !== null) markAccountDoNotContactFromImport(db, id, standing.doNotContact)
  return result.changes === 1
}

export interface BatchCounts {
  rows: number
  added: number
  updated: number
  skipped: number
}

export function insertImportBatch(db: Database, batch: { id: string; fileName: string | null; source: BatchSource; at: string }): void {
  prepared(
    db,
    'INSERT INTO import_batch (id, file_name, source, rows, added, updated, skipped, created_at) VALUES (?, ?, ?, 0, 0, 0, 0, ?)',
  ).run(batch.id, batch.fileName, batch.source, batch.at)
}

export function recordImportBatchCounts(db: Database, id: string, counts: BatchCounts): void {
  prepared(db, 'UPDATE import_batch SET rows = ?, added = ?, updated = ?, skipped = ? WHERE id = ?').run(
    counts.rows,
    counts.added,
    counts.updated,
    counts.skipped,
    id,
  )
}

interface ImportBatchRow {
  id: string
  file_name: string | null
  source: BatchSource
  rows: number
  added: number
  updated: number
  skipped: number
  created_at: string
}

export function listImportBatches(db: Database, limit = 50): ImportBatch[] {
  const rows = prepared(
    db,
    'SELECT id, file_name, source, rows, added, updated, skipped, created_at FROM import_batch ORDER BY created_at DESC, id DESC LIMIT ?',
  ).all(limit) as ImportBatchRow[]
  return rows.map((row) => ({
    id: row.id,
    fileName: row.file_name,
    source: row.source,
    rows: row.rows,
    added: row.added,
    updated: row.updated,
    skipped: row.skipped,
    createdAt: row.created_at,
  }))
}

export interface AccountStandingRow {
  id: string
  relationship: Relationship
  doNotContact: boolean
  doNotContactAt: string | null
  doNotContactReason: string | null
}

/** Every live account's relationship and do-not-contact state, for the accounts export. */
export function listAccountStandings(db: Database): Map<string, AccountStandingRow> {
  const rows = prepared(
    db,
    'SELECT id, relationship, do_not_contact, do_not_contact_at, do_not_contact_reason FROM account WHERE deleted_at IS NULL',
  ).all() as { id: string; relationship: Relationship; do_not_contact: number; do_not_contact_at: string | null; do_not_contact_reason: string | null }[]
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        relationship: row.relationship,
        doNotContact: row.do_not_contact === 1,
        doNotContactAt: row.do_not_contact_at,
        doNotContactReason: row.do_not_contact_reason,
      },
    ]),
  )
}

// Contacts -----------------------------------------------------------------------------------------

/** A live contact of a live account, as contact duplicate matching sees it. */
export interface ContactKeys {
  id: string
  accountId: string
  name: string
  email: string | null
}

export function listContactKeys(db: Database): ContactKeys[] {
  return prepared(
    db,
    `SELECT c.id, c.account_id AS accountId, c.name, c.email
       FROM contact c JOIN account a ON a.id = c.account_id
      WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL
      ORDER BY c.created_at, c.id`,
  ).all() as ContactKeys[]
}

export function contactIdTaken(db: Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM contact WHERE id = ?').pluck().get(id) !== undefined
}

/**
 * A contact's fields as a file gives them: role confirmed and relationship are null where the file has
 * no such column or leaves the cell blank, so an update can keep what is on record.
 */
export type ImportedContactFields = Omit<ContactFields, 'roleConfirmed' | 'relationship'> & {
  roleConfirmed: boolean | null
  relationship: ContactFields['relationship'] | null
}

export interface ImportedContact {
  id: string
  accountId: string
  fields: ImportedContactFields
  doNotContact: { at: string; reason: string | null } | null
  at: string
}

/** A contact as a Groundwork export described it; someone who asked not to be contacted keeps that, dated. */
export function insertImportedContact(db: Database, contact: ImportedContact): void {
  const { fields } = contact
  prepared(
    db,
    `INSERT INTO contact (id, account_id, name, title, department, email, phone, decision_role, role_confirmed, relationship,
       do_not_contact, do_not_contact_at, do_not_contact_reason, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    contact.id,
    contact.accountId,
    fields.name,
    fields.title,
    fields.department,
    fields.email,
    fields.phone,
    fields.decisionRole,
    fields.roleConfirmed === true ? 1 : 0,
    fields.relationship ?? 'prospect',
    contact.doNotContact === null ? 0 : 1,
    contact.doNotContact?.at ?? null,
    contact.doNotContact?.reason ?? null,
    fields.notes,
    contact.at,
    contact.at,
  )
  if (contact.doNotContact !== null) recordDoNotContact(db, contact.accountId, contact.id, 'marked', contact.doNotContact.reason, contact.doNotContact.at)
}

/**
 * Refreshes a known contact from the file: filled cells replace, blank ones keep what is there; a role
 * the file leaves unknown keeps the one on record. Role confirmed the file does not state stays as it was
 * while the role stays the same (a new role is not confirmed unless the file says so). Do-not-contact is
 * only ever added, never lifted.
 */
export function updateContactFromImport(db: Database, id: string, contact: Omit<ImportedContact, 'id'>): boolean {
  const { fields } = contact
  const result = prepared(
    db,
    `UPDATE contact SET
       name = @name, title = coalesce(@title, title), department = coalesce(@department, department),
       email = coalesce(@email, email), phone = coalesce(@phone, phone), notes = coalesce(@notes, notes),
       role_confirmed = CASE
         WHEN @role = 'unknown' THEN role_confirmed
         WHEN @confirmed IS NOT NULL THEN @confirmed
         WHEN decision_role = @role THEN role_confirmed
         ELSE 0 END,
       decision_role = CASE WHEN @role = 'unknown' THEN decision_role ELSE @role END,
       relationship = coalesce(@relationship, relationship), updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  ).run({
    name: fields.name,
    title: fields.title,
    department: fields.department,
    email: fields.email,
    phone: fields.phone,
    notes: fields.notes,
    role: fields.decisionRole,
    confirmed: fields.roleConfirmed === null ? null : fields.roleConfirmed ? 1 : 0,
    relationship: fields.relationship,
    at: contact.at,
    id,
  })
  const asked = contact.doNotContact
  if (result.changes === 1 && asked !== null) {
    const marked = prepared(
      db,
      'UPDATE contact SET do_not_contact = 1, do_not_contact_at = ?, do_not_contact_reason = ? WHERE id = ? AND do_not_contact = 0',
    ).run(asked.at, asked.reason, id)
    if (marked.changes === 1) recordDoNotContact(db, contact.accountId, id, 'marked', asked.reason, asked.at)
  }
  return result.changes === 1
}
