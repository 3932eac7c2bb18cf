import type { Database } from 'better-sqlite3'
import {
  messageKinds,
  type MessageKindName,
  type RepProfile,
  type RepProfileFields,
  type SavedMessage,
} from '../../../src/shared/contract/messages'
import { coachMessage } from '../../../src/shared/domain/messageCoach'
import { nowIso } from '../ids'
import { prepared } from '../statements'
import { requireLiveAccount } from './accounts'

interface MessageRow {
  kind: MessageKindName
  subject: string | null
  text: string
  updated_at: string
}

interface ProfileRow {
  name: string | null
  company: string | null
  phone: string | null
  updated_at: string
}

/** A message as the screen and the checklist read it: with the coach's verdict on its text. */
function toSavedMessage(kind: MessageKindName, row: MessageRow | undefined): SavedMessage {
  const text = row?.text ?? ''
  return {
    kind,
    subject: row?.subject ?? null,
    text,
    updatedAt: row?.updated_at ?? null,
    coaching: coachMessage(text, kind),
  }
}

/** The opener, voicemail and email of one account, in that order; one not written yet has empty text. */
export function listMessages(db: Database, accountId: string): SavedMessage[] {
  requireLiveAccount(db, accountId)
  const rows = prepared(db, 'SELECT kind, subject, text, updated_at FROM message WHERE account_id = ?').all(accountId) as MessageRow[]
  const byKind = new Map(rows.map((row) => [row.kind, row]))
  return messageKinds.map((kind) => toSavedMessage(kind, byKind.get(kind)))
}

export function getMessage(db: Database, accountId: string, kind: MessageKindName): SavedMessage {
  const row = prepared(db, 'SELECT kind, subject, text, updated_at FROM message WHERE account_id = ? AND kind = ?').get(accountId, kind) as
    | MessageRow
    | undefined
  return toSavedMessage(kind, row)
}

/**
 * Writes what the editor holds. Saving the same text again changes nothing (not even the time), so an
 * autosave that repeats itself is harmless; a message left blank is removed.
 */
export function saveMessage(db: Database, accountId: string, kind: MessageKindName, subject: string | null, text: string): SavedMessage {
  requireLiveAccount(db, accountId)
  if (text.trim() === '' && subject === null) {
    prepared(db, 'DELETE FROM message WHERE account_id = ? AND kind = ?').run(accountId, kind)
  } else {
    prepared(
      db,
      `INSERT INTO message (account_id, kind, subject, text, updated_at) VALUES (@accountId, @kind, @subject, @text, @at)
       ON CONFLICT (account_id, kind) DO UPDATE SET subject = excluded.subject, text = excluded.text, updated_at = excluded.updated_at
        WHERE message.text IS NOT excluded.text OR message.subject IS NOT excluded.subject`,
    ).run({ accountId, kind, subject, text, at: nowIso() })
  }
  return getMessage(db, accountId, kind)
}

/** Who the rep is, for signing messages; empty until they first fill it in. */
export function getRepProfile(db: Database): RepProfile {
  const row = prepared(db, 'SELECT name, company, phone, updated_at FROM rep_profile WHERE id = 1').get() as ProfileRow | undefined
  return { name: row?.name ?? null, company: row?.company ?? null, phone: row?.phone ?? null, updatedAt: row?.updated_at ?? null }
}

export function saveRepProfile(db: Database, fields: RepProfileFields): RepProfile {
  prepared(
    db,
    `INSERT INTO rep_profile (id, name, company, phone, updated_at) VALUES (1, @name, @company, @phone, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, company = excluded.company, phone = excluded.phone, updated_at = excluded.updated_at`,
  ).run({ ...fields, at: nowIso() })
  return getRepProfile(db)
}
