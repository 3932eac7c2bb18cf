import type { Account } from '../../src/shared/contract/accounts'
import type { exportChannels, ExportFile } from '../../src/shared/contract/export'
import { groundworkColumns } from '../../src/shared/domain/columnMapping'
import { toCsv, type CsvCell } from '../../src/shared/domain/csv'
import { listAccounts } from '../store/repositories/accounts'
import { listContactsWithAccountForExport, type ExportedContact } from '../store/repositories/contacts'
import { listAccountStandings, type AccountStandingRow } from '../store/repositories/imports'
import type { HandlerContext } from './context'
import { contactHeaders, standingHeaders, yesNo, type ContactHeader } from './groundworkColumns'
import type { HandlerMap } from './handler'
import { today } from './today'

function accountCell(account: Account, field: (typeof groundworkColumns)[number]['field']): CsvCell {
  // The id goes out as the record id: imported elsewhere, each account keeps its identity.
  return field === 'externalId' ? account.id : account[field]
}

function standingCells(standing: AccountStandingRow | undefined): CsvCell[] {
  if (standing === undefined) return ['prospect', 'no', null, null]
  return [standing.relationship, yesNo(standing.doNotContact), standing.doNotContactAt, standing.doNotContactReason]
}

/**
 * Groundwork's own account columns (the ones import recognises exactly), then each company's standing,
 * which only Groundwork's import reads back. One row per live account.
 */
export function exportAccounts(ctx: HandlerContext): ExportFile {
  const accounts = listAccounts(ctx.db)
  const standings = listAccountStandings(ctx.db)
  const rows = accounts.map((account) => [
    ...groundworkColumns.map((column) => accountCell(account, column.field)),
    ...standingCells(standings.get(account.id)),
  ])
  return {
    fileName: `groundwork-accounts-${today()}.csv`,
    text: toCsv([...groundworkColumns.map((column) => column.header), ...standingHeaders], rows),
    rowCount: accounts.length,
  }
}

/** What goes in each column of the contacts file; the column order is contactHeaders, which import reads by. */
const contactCells: { readonly [H in ContactHeader]: (row: ExportedContact) => CsvCell } = {
  contact_id: ({ contact }) => contact.id,
  account_id: ({ contact }) => contact.accountId,
  account_name: ({ accountName }) => accountName,
  name: ({ contact }) => contact.name,
  title: ({ contact }) => contact.title,
  department: ({ contact }) => contact.department,
  email: ({ contact }) => contact.email,
  phone: ({ contact }) => contact.phone,
  decision_role: ({ contact }) => contact.decisionRole,
  role_confirmed: ({ contact }) => yesNo(contact.roleConfirmed),
  relationship: ({ contact }) => contact.relationship,
  do_not_contact: ({ contact }) => yesNo(contact.doNotContact),
  do_not_contact_at: ({ contact }) => contact.doNotContactAt,
  do_not_contact_reason: ({ contact }) => contact.doNotContactReason,
  notes: ({ contact }) => contact.notes,
}

/**
 * Every live contact of a live account. Each names its account by id (which an accounts export carries
 * and its import restores) and by name (for a store where that id is taken). Import the accounts file
 * first, then this one.
 */
export function exportContacts(ctx: HandlerContext): ExportFile {
  const contacts = listContactsWithAccountForExport(ctx.db)
  const rows = contacts.map((contact) => contactHeaders.map((header) => contactCells[header](contact)))
  return { fileName: `groundwork-contacts-${today()}.csv`, text: toCsv(contactHeaders, rows), rowCount: contacts.length }
}

export const exportHandlers: HandlerMap<keyof typeof exportChannels> = {
  'export.accounts': (ctx) => exportAccounts(ctx),
  'export.contacts': (ctx) => exportContacts(ctx),
}
