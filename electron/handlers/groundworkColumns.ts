import { relationships, type Relationship } from '../../src/shared/contract/contacts'
import { contactLimits } from '../../src/shared/contract/contacts'
import type { ImportedStanding } from '../store/repositories/imports'

/**
 * Columns Groundwork writes in its own exports beyond the account fields that header recognition maps
 * (src/shared/domain/columnMapping.ts): a company's standing (migration 3), and the whole contacts file.
 * Import reads them by these exact names, only from files Groundwork wrote, so they round-trip.
 */
export const standingHeaders = ['relationship', 'do_not_contact', 'do_not_contact_at', 'do_not_contact_reason'] as const

export const contactHeaders = [
  'contact_id',
  'account_id',
  'account_name',
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
] as const
export type ContactHeader = (typeof contactHeaders)[number]

/** A Groundwork contacts export: it names the contact and its account by id. */
export function isContactsFile(headers: readonly string[]): boolean {
  const names = new Set(headers.map((header) => header.trim().toLowerCase()))
  return names.has('contact_id') && names.has('account_id') && names.has('name')
}

/** Column index per header name, for the names this module knows (exact, case-insensitive). */
export function columnsByName<H extends string>(headers: readonly string[], names: readonly H[]): Partial<Record<H, number>> {
  const found: Partial<Record<H, number>> = {}
  headers.forEach((header, column) => {
    const name = header.trim().toLowerCase() as H
    if (names.includes(name) && found[name] === undefined) found[name] = column
  })
  return found
}

export function cellOf(cells: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : (cells[column] ?? '').trim()
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no'
}

/** yes/no as exported, and the other ways spreadsheets write a flag; '' is not given. */
export function readFlag(text: string): boolean | null | 'invalid' {
  const value = text.toLowerCase()
  if (value === '') return null
  if (['yes', 'y', 'true', '1'].includes(value)) return true
  if (['no', 'n', 'false', '0'].includes(value)) return false
  return 'invalid'
}

/** An ISO date-time as exported; anything unreadable is reported rather than guessed. */
export function readTimestamp(text: string): string | null | 'invalid' {
  if (text === '') return null
  const time = Date.parse(text)
  return Number.isNaN(time) ? 'invalid' : new Date(time).toISOString()
}

export function readRelationship(text: string): Relationship | null | 'invalid' {
  if (text === '') return null
  const value = text.toLowerCase() as Relationship
  return relationships.includes(value) ? value : 'invalid'
}

/**
 * Do-not-contact as a file states it. Asked without a date: dated now, since the flag matters more
 * than its date and must never be dropped.
 */
export function readDoNotContact(
  flag: string,
  at: string,
  reason: string,
  now: string,
  problems: string[],
): { at: string; reason: string | null } | null {
  const asked = readFlag(flag)
  if (asked === 'invalid') {
    problems.push(`Do not contact “${flag}” should be yes or no`)
    return null
  }
  if (asked !== true) return null
  const when = readTimestamp(at)
  if (when === 'invalid') problems.push(`Do not contact since “${at}” is not a date`)
  if (reason.length > contactLimits.reason) problems.push(`The do-not-contact reason can be at most ${contactLimits.reason} characters`)
  return { at: typeof when === 'string' ? when : now, reason: reason === '' ? null : reason }
}

/** A company's standing from the extra columns of a Groundwork accounts export (absent columns: not given). */
export function readStanding(
  cells: readonly string[],
  columns: Partial<Record<(typeof standingHeaders)[number], number>>,
  now: string,
  problems: string[],
): ImportedStanding {
  const relationshipText = cellOf(cells, columns.relationship)
  const relationship = readRelationship(relationshipText)
  if (relationship === 'invalid') problems.push(`Relationship “${relationshipText}” should be prospect, client or partner`)
  return {
    relationship: relationship === 'invalid' ? null : relationship,
    doNotContact: readDoNotContact(
      cellOf(cells, columns.do_not_contact),
      cellOf(cells, columns.do_not_contact_at),
      cellOf(cells, columns.do_not_contact_reason),
      now,
      problems,
    ),
  }
}
