import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../electron/store/database'
import { newId } from '../../electron/store/ids'
import { insertContact } from '../../electron/store/repositories/contacts'
import {
  insertImportBatch,
  insertImportedAccounts,
  insertImportedContact,
  noStanding,
  updateAccountFromImport,
  updateContactFromImport,
  type ImportedAccount,
  type ImportedContactFields,
} from '../../electron/store/repositories/imports'
import { contactFieldsSchema } from '../../src/shared/contract/contacts'
import { normaliseName } from '../../src/shared/domain/duplicates'
import { accountFields } from '../support/accounts'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'

let db: Database

beforeEach(() => {
  db = openTempDatabase().db
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

const at = '2025-05-03T09:30:00.000Z'
const asked = { at, reason: 'Asked on 3 May, by email' }

function importedAccount(name: string, batchId: string, standing = noStanding): ImportedAccount {
  return { id: newId(), fields: accountFields({ name }), domain: null, nameKey: normaliseName(name), externalId: null, source: 'csv', standing, batchId, at }
}

const contactFields = (name: string): ImportedContactFields => ({
  name,
  title: null,
  department: null,
  email: null,
  phone: null,
  decisionRole: 'unknown',
  roleConfirmed: null,
  relationship: null,
  notes: null,
})

/** The do-not-contact record as stored, without the generated ids. */
function events(accountId: string): unknown[] {
  return db.prepare('SELECT account_id, contact_id, action, reason, at FROM do_not_contact_event WHERE account_id = ? ORDER BY at, id').all(accountId)
}

describe('the do-not-contact record an import writes', () => {
  it('marks companies and people, dated when they asked, once each', () => {
    const batchId = newId()
    insertImportBatch(db, { id: batchId, fileName: 'accounts.csv', source: 'csv', at })
    const quiet = importedAccount('Quiet Co', batchId, { relationship: null, doNotContact: asked })
    const known = importedAccount('Known Ltd', batchId)
    insertImportedAccounts(db, [quiet, known])

    // A new company that asked, and a known one the file now says asked.
    expect(updateAccountFromImport(db, known.id, { ...known, standing: { relationship: null, doNotContact: asked } })).toBe(true)
    // A new person who asked, and a known one the file now says asked.
    const ada = { id: newId(), accountId: known.id, fields: contactFields('Ada Byrne'), doNotContact: asked, at }
    insertImportedContact(db, ada)
    const pat = insertContact(db, known.id, contactFieldsSchema.parse({ name: 'Pat Quinn' }))
    expect(updateContactFromImport(db, pat.id, { accountId: known.id, fields: contactFields('Pat Quinn'), doNotContact: asked, at })).toBe(true)
    // Already marked: nothing more is recorded.
    expect(updateContactFromImport(db, pat.id, { accountId: known.id, fields: contactFields('Pat Quinn'), doNotContact: asked, at })).toBe(true)

    const marked = { action: 'marked', reason: asked.reason, at }
    expect(events(quiet.id)).toEqual([{ account_id: quiet.id, contact_id: null, ...marked }])
    expect(events(known.id)).toEqual(
      expect.arrayContaining([
        { account_id: known.id, contact_id: null, ...marked },
        { account_id: known.id, contact_id: ada.id, ...marked },
        { account_id: known.id, contact_id: pat.id, ...marked },
      ]),
    )
    expect(events(known.id)).toHaveLength(3)

  })
})
