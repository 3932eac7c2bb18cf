import type { Database } from 'better-sqlite3'
import { contactFieldsSchema } from '../../src/shared/contract/contacts'
import { idSchema } from '../../src/shared/contract/fields'
import { importLimits, type ImportDuplicate } from '../../src/shared/contract/import'
import type { ParsedCsv } from '../../src/shared/domain/csv'
import { normaliseName } from '../../src/shared/domain/duplicates'
import { nowIso } from '../store/ids'
import { listAccountKeys, listContactKeys, type ImportedContactFields } from '../store/repositories/imports'
import { cellOf, columnsByName, contactHeaders, readDoNotContact, readFlag, readRelationship } from './groundworkColumns'
import type { PlanSummary } from './importPlan'

export type ContactMatch =
  | { kind: 'contact'; contactId: string; by: ImportDuplicate['by'] }
  | { kind: 'row'; row: number; by: ImportDuplicate['by'] }

export interface PlannedContact {
  row: number
  accountId: string
  /** Role confirmed and relationship are null when the file does not give them, so an update keeps them. */
  fields: ImportedContactFields
  doNotContact: { at: string; reason: string | null } | null
  /** The contact's id in the Groundwork it was exported from, reused when it is free here. */
  restoredId: string | null
  match: ContactMatch | null
}

export interface ContactPlan extends PlanSummary {
  kind: 'contacts'
  rows: PlannedContact[]
}

const fieldLabels: Record<string, string> = {
  name: 'Name',
  title: 'Title',
  department: 'Department',
  email: 'Email',
  phone: 'Phone',
  decisionRole: 'Decision role',
  roleConfirmed: 'Role confirmed',
  relationship: 'Relationship',
  notes: 'Notes',
}

const previewColumns = [
  { key: 'name', label: 'Name' },
  { key: 'account', label: 'Account' },
  { key: 'title', label: 'Title' },
  { key: 'email', label: 'Email' },
  { key: 'decisionRole', label: 'Decision role' },
  { key: 'doNotContact', label: 'Do not contact' },
]

/** A person's name for matching: case, accents and spacing do not make two people. */
function personKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

function labelled(field: string, message: string): string {
  const label = fieldLabels[field]
  return label === undefined || message.startsWith(label) ? message : `${label}: ${message}`
}

/**
 * Reads a Groundwork contacts export. Each row goes to the account its account_id names (the ids an
 * accounts export restores), or else to the one live account with that name; a row whose account is
 * not here is a row problem, so the accounts file goes first.
 */
export function planContacts(db: Database, parsed: ParsedCsv): ContactPlan {
  const columns = columnsByName(parsed.headers, contactHeaders)
  const nameColumn = columns.name ?? 0
  const plan: ContactPlan = {
    kind: 'contacts',
    mapping: parsed.headers.map((_, column) => (column === nameColumn ? 'name' : null)),
    rows: [],
    problems: parsed.problems.map((problem) => ({ ...problem, severity: 'warning' })),
    rowsWithErrors: 0,
    duplicates: [],
    previewColumns,
    preview: [],
    restoredColumns: Object.values(columns).filter((column) => column !== nameColumn),
  }

  const accountNames = new Map<string, string>()
  const accountsByName = new Map<string, string | null>()
  for (const account of listAccountKeys(db)) {
    accountNames.set(account.id, account.name)
    const key = account.nameKey ?? normaliseName(account.name)
    // Two live accounts with one name: a contact naming only that name cannot be placed.
    accountsByName.set(key, accountsByName.has(key) ? null : account.id)
  }
  const existing = new Map<string, string>()
  const existingByPerson = new Map<string, string>()
  for (const contact of listContactKeys(db)) {
    existing.set(contact.id, contact.name)
    existingByPerson.set(`${contact.accountId}\u0000${personKey(contact.name)}`, contact.id)
    if (contact.email !== null) existingByPerson.set(`${contact.accountId}\u0000${contact.email.toLowerCase()}`, contact.id)
  }
  const fileIds = new Map<string, number>()
  const fileByPerson = new Map<string, number>()
  const rowNames = new Map<number, string>()
  const now = nowIso()

  for (let i = 0; i < parsed.rows.length; i++) {
    const cells = parsed.rows[i] ?? []
    const row = parsed.rowNumbers[i] ?? 0
    const text = (header: (typeof contactHeaders)[number]) => cellOf(cells, columns[header])
    const problems: string[] = []

    const accountIdText = text('account_id')
    const accountName = text('account_name')
    const accountId = accountNames.has(accountIdText) ? accountIdText : (accountsByName.get(normaliseName(accountName)) ?? null)
    if (accountId === null) {
      problems.push(`No account “${accountName || accountIdText}” in Groundwork. Import the accounts file first.`)
    }
    const roleConfirmed = readFlag(text('role_confirmed'))
    if (roleConfirmed === 'invalid') problems.push(`Role confirmed “${text('role_confirmed')}” should be yes or no`)
    const relationship = readRelationship(text('relationship'))
    if (relationship === 'invalid') problems.push(`Relationship “${text('relationship')}” should be prospect, client or partner`)
    const input = {
      name: text('name'),
      title: text('title'),
      department: text('department'),
      email: text('email'),
      phone: text('phone'),
      decisionRole: text('decision_role') === '' ? undefined : text('decision_role'),
      roleConfirmed: typeof roleConfirmed === 'boolean' ? roleConfirmed : undefined,
      relationship: typeof relationship === 'string' && relationship !== 'invalid' ? relationship : undefined,
      notes: text('notes'),
    }
    const checked = contactFieldsSchema.safeParse(input)
    if (!checked.success) for (const issue of checked.error.issues) problems.push(labelled(String(issue.path[0] ?? ''), issue.message))
    const doNotContact = readDoNotContact(text('do_not_contact'), text('do_not_contact_at'), text('do_not_contact_reason'), now, problems)

    if (i < importLimits.previewRows) {
      plan.preview.push({
        row,
        values: {
          name: input.name || null,
          account: (accountId === null ? null : accountNames.get(accountId)) ?? (accountName || null),
          title: input.title || null,
          email: input.email || null,
          decisionRole: input.decisionRole ?? null,
          doNotContact: doNotContact === null ? null : `Since ${doNotContact.at.slice(0, 10)}${doNotContact.reason ? `: ${doNotContact.reason}` : ''}`,
        },
      })
    }
    if (!checked.success || problems.length > 0 || accountId === null) {
      plan.rowsWithErrors++
      for (const message of problems) plan.problems.push({ row, message, severity: 'error' })
      continue
    }

    // The schema fills defaults for a new contact; for a known one, what the file leaves out is kept.
    const fields: ImportedContactFields = { ...checked.data, roleConfirmed: input.roleConfirmed ?? null, relationship: input.relationship ?? null }
    const contactId = text('contact_id')
    const restoredId = idSchema.safeParse(contactId).success ? contactId : null
    const keys = [`${accountId}\u0000${personKey(fields.name)}`, ...(fields.email === null ? [] : [`${accountId}\u0000${fields.email.toLowerCase()}`])]
    const match = matchContact(restoredId, keys)
    plan.rows.push({ row, accountId, fields, doNotContact, restoredId, match })
    rowNames.set(row, fields.name)
    if (match !== null) {
      plan.duplicates.push({
        row,
        name: fields.name,
        by: match.by,
        existingId: match.kind === 'contact' ? match.contactId : null,
        existingName: match.kind === 'contact' ? (existing.get(match.contactId) ?? '') : (rowNames.get(match.row) ?? ''),
        earlierRow: match.kind === 'row' ? match.row : null,
      })
    }
    if (restoredId !== null && !fileIds.has(restoredId)) fileIds.set(restoredId, row)
    for (const key of keys) if (!fileByPerson.has(key)) fileByPerson.set(key, row)
  }
  plan.problems.sort((a, b) => a.row - b.row)
  return plan

  function matchContact(restoredId: string | null, keys: readonly string[]): ContactMatch | null {
    if (restoredId !== null && existing.has(restoredId)) return { kind: 'contact', contactId: restoredId, by: 'id' }
    const earlierById = restoredId === null ? undefined : fileIds.get(restoredId)
    if (earlierById !== undefined) return { kind: 'row', row: earlierById, by: 'id' }
    for (const key of keys) {
      const contactId = existingByPerson.get(key)
      if (contactId !== undefined) return { kind: 'contact', contactId, by: 'name' }
    }
    for (const key of keys) {
      const earlier = fileByPerson.get(key)
      if (earlier !== undefined) return { kind: 'row', row: earlier, by: 'name' }
    }
    return null
  }
}
