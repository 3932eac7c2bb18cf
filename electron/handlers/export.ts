import type { Account } from '../../src/shared/contract/accounts'
import type { Contact } from '../../src/shared/contract/contacts'
import type { exportChannels, ExportFile } from '../../src/shared/contract/export'
import { groundworkColumns } from '../../src/shared/domain/columnMapping'
import { toCsv, type CsvCell } from '../../src/shared/domain/csv'
import { listAccounts } from '../store/repositories/accounts'
import { listContactsForExport } from '../store/repositories/contacts'
import { listAccountStandings, type AccountStandingRow } from '../store/repositories/imports'
import type { HandlerContext } from './context'
import { contactHeaders, standingHeaders, yesNo, type ContactHeader } from './groundworkColumns'
import type { HandlerMap } from './handler'

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

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

function contactCell(contact: Contact, accountName: string, header: ContactHeader): CsvCell {
  switch (header) {
    case 'contact_id':
      return contact.id
    case 'account_id':
      return contact.accountId
    case 'account_name':
      return accountName
    case 'name':
      return contact.name
    case 'title':
      return contact.title
    case 'department':
      return contact.department
    case 'email':
      return contact.email
    case 'phone':
      return contact.phone
    case 'decision_role':
      return contact.decisionRole
    case 'role_confirmed':
      return yesNo(contact.roleConfirmed)
    case 'relationship':
      return contact.relationship
    case 'do_not_contact':
      return yesNo(contact.doNotContact)
    case 'do_not_contact_at':
      return contact.doNotContactAt
    case 'do_not_contact_reason':
      return contact.doNotContactReason
    case 'notes':
      return contact.notes
  }
}

/**
 * Every live contact of a live account. Each names its account by id (which an accounts export carries
 * and its import restores) and by name (for a store where that id is taken). Import the accounts file
 * first, then this one.
 */
export function exportContacts(ctx: HandlerContext): ExportFile {
  const contacts = listContactsForExport(ctx.db)
  const accountNames = new Map(listAccounts(ctx.db).map((account) => [account.id, account.name]))
  const rows = contacts.map((contact) => contactHeaders.map((header) => contactCell(contact, accountNames.get(contact.accountId) ?? '', header)))
  return { fileName: `groundwork-contacts-${today()}.csv`, text: toCsv(contactHeaders, rows), rowCount: contacts.length }
}

export const exportHandlers: HandlerMap<keyof typeof exportChannels> = {
  'export.accounts': (ctx) => exportAccounts(ctx),
  'export.contacts': (ctx) => exportContacts(ctx),
}
