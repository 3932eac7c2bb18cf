import fc from 'fast-check'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion, type Database } from '../../electron/store/database'
import { migrations } from '../../electron/store/migrations'
import { migration003Contacts } from '../../electron/store/migrations/003-contacts'
import { restoreAccount, softDeleteAccount } from '../../electron/store/repositories/accounts'
import { addTargets, listTargets } from '../../electron/store/repositories/targets'
import {
  getAccountStanding,
  getContact,
  insertContact,
  isAccountOffLimits,
  listContacts,
  listContactsWithAccountForExport,
  listDoNotContactHistory,
  offLimitsAccountIds,
  restoreContact,
  setAccountDoNotContact,
  setAccountRelationship,
  setContactDoNotContact,
  softDeleteContact,
  updateContact,
} from '../../electron/store/repositories/contacts'
import { contactFieldsSchema, decisionRoles, relationships, type ContactFieldsInput } from '../../src/shared/contract/contacts'
import { AppError } from '../../src/shared/contract/envelope'
import { insertTestAccount } from '../support/accounts'
import { openTempDatabase, removeTempDirs, tempDatabasePath, thrownBy } from '../support/tempDatabase'

afterAll(removeTempDirs)

let db: Database
beforeEach(() => {
  db = openTempDatabase().db
})
afterEach(() => db.close())

function account(name: string): string {
  return insertTestAccount(db, { name }).id
}

function contact(accountId: string, input: ContactFieldsInput) {
  return insertContact(db, accountId, contactFieldsSchema.parse(input))
}

/** This person may not be contacted: they asked, or their company did. */
function isContactOffLimits(contactId: string): boolean {
  const person = getContact(db, contactId)
  return person.doNotContact || getAccountStanding(db, person.accountId).doNotContact
}

function codeOf(action: () => unknown): string {
  const error = thrownBy(action)
  expect(error).toBeInstanceOf(AppError)
  return (error as AppError).code
}

const missingId = '0190a000-0000-7000-8000-0000000000ff'

describe('migration 003 (contacts)', () => {
  const upToTwo = migrations.filter((step) => step.version < 3)

  it('tags existing accounts as prospects that may be contacted, and keeps them', () => {
    const file = tempDatabasePath()
    const old = openDatabase(file, { migrations: upToTwo })
    old.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('a1', 'Kestrel Freight', 'x', 'x')").run()
    old.close()

    const upgraded = openDatabase(file, { migrations: [...upToTwo, migration003Contacts] })
    try {
      expect(schemaVersion(upgraded)).toBe(3)
      expect(upgraded.prepare('SELECT name, relationship, do_not_contact, do_not_contact_at FROM account').all()).toEqual([
        { name: 'Kestrel Freight', relationship: 'prospect', do_not_contact: 0, do_not_contact_at: null },
      ])
      const indexes = upgraded.prepare("SELECT name FROM pragma_index_list('contact')").pluck().all()
      expect(indexes).toContain('contact_account')
    } finally {
      upgraded.close()
    }
  })

  it('refuses rows that break its rules', () => {
    db.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('a1', 'Kestrel Freight', 'x', 'x')").run()
    const insert = db.prepare(
      `INSERT INTO contact (id, account_id, name, decision_role, role_confirmed, relationship, do_not_contact, do_not_contact_at, do_not_contact_reason, created_at, updated_at)
       VALUES (?, ?, 'Pat', ?, ?, ?, ?, ?, ?, 'x', 'x')`,
    )
    expect(() => insert.run('c1', 'a1', 'boss', 0, 'prospect', 0, null, null)).toThrow(/CHECK/)
    expect(() => insert.run('c1', 'a1', 'user', 2, 'prospect', 0, null, null)).toThrow(/CHECK/)
    expect(() => insert.run('c1', 'a1', 'user', 0, 'friend', 0, null, null)).toThrow(/CHECK/)
    // The flag, its date and its reason travel together.
    expect(() => insert.run('c1', 'a1', 'user', 0, 'prospect', 1, null, null)).toThrow(/CHECK/)
    expect(() => insert.run('c1', 'a1', 'user', 0, 'prospect', 0, '2025-01-01', null)).toThrow(/CHECK/)
    expect(() => insert.run('c1', 'nobody', 'user', 0, 'prospect', 0, null, null)).toThrow(/FOREIGN KEY/)
    insert.run('c1', 'a1', 'user', 0, 'prospect', 1, '2025-01-01', 'asked on the phone')

    expect(() => db.prepare("UPDATE account SET relationship = 'rival' WHERE id = 'a1'").run()).toThrow(/CHECK/)
    expect(() => db.prepare("INSERT INTO do_not_contact_event (id, account_id, action, at) VALUES ('e1', 'a1', 'lifted', 'x')").run()).toThrow(/CHECK/)
  })
})

describe('contacts', () => {
  it('stores every field, lists the live ones by name, and updates them', () => {
    const accountId = account('Kestrel Freight')
    const input: ContactFieldsInput = {
      name: 'Zoe Marsh',
      title: 'Head of Operations',
      department: 'Operations',
      email: 'zoe.marsh@kestrel.example.com',
      phone: '+44 (0)113 496 0000 ext. 12',
      decisionRole: 'decision-maker',
      roleConfirmed: false,
      relationship: 'client',
      notes: 'Met at the logistics fair',
    }
    const zoe = contact(accountId, input)
    const adam = contact(accountId, { name: 'adam Hale' })
    expect(zoe).toMatchObject({ ...input, accountId, doNotContact: false, doNotContactAt: null, doNotContactReason: null })
    expect(adam).toMatchObject({ decisionRole: 'unknown', roleConfirmed: false, relationship: 'prospect', email: null, title: null })
    expect(listContacts(db, accountId).map((c) => c.name)).toEqual(['adam Hale', 'Zoe Marsh'])

    const updated = updateContact(db, zoe.id, contactFieldsSchema.parse({ ...input, roleConfirmed: true, phone: '' }))
    expect(updated).toMatchObject({ roleConfirmed: true, phone: null, createdAt: zoe.createdAt })
    expect(getContact(db, zoe.id)).toEqual(updated)
  })

  it('refuses people for an account that is missing or in the bin', () => {
    const accountId = account('Binned Ltd')
    softDeleteAccount(db, accountId)
    expect(codeOf(() => contact(accountId, { name: 'Pat' }))).toBe('NOT_FOUND')
    expect(codeOf(() => contact(missingId, { name: 'Pat' }))).toBe('NOT_FOUND')
    expect(codeOf(() => listContacts(db, missingId))).toBe('NOT_FOUND')
    expect(db.prepare('SELECT count(*) FROM contact').pluck().get()).toBe(0)
  })

  it('deletes softly and restores', () => {
    const accountId = account('Kestrel Freight')
    const pat = contact(accountId, { name: 'Pat Quinn' })
    const { deletedAt } = softDeleteContact(db, pat.id)
    expect(listContacts(db, accountId)).toEqual([])
    expect(db.prepare('SELECT deleted_at FROM contact WHERE id = ?').pluck().get(pat.id)).toBe(deletedAt)
    expect(codeOf(() => softDeleteContact(db, pat.id))).toBe('NOT_FOUND')
    expect(codeOf(() => updateContact(db, pat.id, contactFieldsSchema.parse({ name: 'X' })))).toBe('NOT_FOUND')
    expect(restoreContact(db, pat.id)).toMatchObject({ id: pat.id, name: 'Pat Quinn' })
    expect(listContacts(db, accountId).map((c) => c.id)).toEqual([pat.id])
    expect(codeOf(() => restoreContact(db, pat.id))).toBe('NOT_FOUND')
  })
})

describe('do not contact', () => {
  it('marks a person with the date and reason, records it, and refuses to delete them', () => {
    const accountId = account('Kestrel Freight')
    const pat = contact(accountId, { name: 'Pat Quinn', email: 'pat@kestrel.example.com' })
    const marked = setContactDoNotContact(db, pat.id, true, 'Asked us to stop calling')
    expect(marked).toMatchObject({ doNotContact: true, doNotContactReason: 'Asked us to stop calling' })
    expect(Date.parse(marked.doNotContactAt ?? '')).not.toBeNaN()
    expect(isContactOffLimits(pat.id)).toBe(true)
    expect(isAccountOffLimits(db, accountId)).toBe(false)

    expect(codeOf(() => softDeleteContact(db, pat.id))).toBe('CONFLICT')
    expect(listContacts(db, accountId).map((c) => c.id)).toEqual([pat.id])
    expect(codeOf(() => setContactDoNotContact(db, pat.id, true, 'again'))).toBe('CONFLICT')

    // Editing the person's details leaves the flag alone.
    expect(updateContact(db, pat.id, contactFieldsSchema.parse({ name: 'Pat Quinn-Hale' }))).toMatchObject({
      doNotContact: true,
      doNotContactAt: marked.doNotContactAt,
      doNotContactReason: 'Asked us to stop calling',
    })
  })

  it('lifts a flag only with a reason, and keeps both changes on record', () => {
    const accountId = account('Kestrel Freight')
    const pat = contact(accountId, { name: 'Pat Quinn' })
    const marked = setContactDoNotContact(db, pat.id, true, null)
    expect(marked.doNotContactReason).toBeNull()

    expect(codeOf(() => setContactDoNotContact(db, pat.id, false, null))).toBe('INVALID_INPUT')
    expect(getContact(db, pat.id)).toEqual(marked)
    expect(listDoNotContactHistory(db, accountId)).toHaveLength(1)

    const lifted = setContactDoNotContact(db, pat.id, false, 'Marked by mistake: it was a different Pat')
    expect(lifted).toMatchObject({ doNotContact: false, doNotContactAt: null, doNotContactReason: null })
    expect(isContactOffLimits(pat.id)).toBe(false)
    const history = listDoNotContactHistory(db, accountId)
    expect(history.map(({ action, reason, contactId, contactName }) => ({ action, reason, contactId, contactName }))).toEqual([
      { action: 'lifted', reason: 'Marked by mistake: it was a different Pat', contactId: pat.id, contactName: 'Pat Quinn' },
      { action: 'marked', reason: null, contactId: pat.id, contactName: 'Pat Quinn' },
    ])
    expect(codeOf(() => setContactDoNotContact(db, pat.id, false, 'again'))).toBe('CONFLICT')
    // Once lifted, the person can be deleted; their record stays.
    softDeleteContact(db, pat.id)
    expect(listDoNotContactHistory(db, accountId)).toHaveLength(2)
  })

  it('tags the company and puts the whole company off-limits', () => {
    const accountId = account('Kestrel Freight')
    const other = account('Osprey Mills')
    const pat = contact(accountId, { name: 'Pat Quinn' })
    expect(getAccountStanding(db, accountId)).toEqual({
      accountId,
      relationship: 'prospect',
      doNotContact: false,
      doNotContactAt: null,
      doNotContactReason: null,
    })
    expect(setAccountRelationship(db, accountId, 'partner').relationship).toBe('partner')

    const standing = setAccountDoNotContact(db, accountId, true, 'Legal asked us never to call again')
    expect(standing).toMatchObject({ relationship: 'partner', doNotContact: true, doNotContactReason: 'Legal asked us never to call again' })
    expect(isAccountOffLimits(db, accountId)).toBe(true)
    expect(isAccountOffLimits(db, other)).toBe(false)
    expect(isAccountOffLimits(db, missingId)).toBe(false)
    expect(isContactOffLimits(pat.id)).toBe(true)
    expect([...offLimitsAccountIds(db)]).toEqual([accountId])
    expect(codeOf(() => setAccountDoNotContact(db, accountId, true, null))).toBe('CONFLICT')
    expect(codeOf(() => setAccountDoNotContact(db, accountId, false, null))).toBe('INVALID_INPUT')
    expect(isAccountOffLimits(db, accountId)).toBe(true)

    setAccountDoNotContact(db, accountId, false, 'New management invited us back')
    expect(isAccountOffLimits(db, accountId)).toBe(false)
    expect(listDoNotContactHistory(db, accountId).map((e) => [e.action, e.contactId])).toEqual([
      ['lifted', null],
      ['marked', null],
    ])
    expect(codeOf(() => setAccountRelationship(db, missingId, 'client'))).toBe('NOT_FOUND')
  })
})

describe('isAccountOffLimits', () => {
  it('does not count a deleted account as off-limits, and counts it again once restored', () => {
    const accountId = account('Kestrel Freight')
    setAccountDoNotContact(db, accountId, true, 'Legal asked us never to call again')
    expect(isAccountOffLimits(db, accountId)).toBe(true)

    softDeleteAccount(db, accountId)
    expect(isAccountOffLimits(db, accountId)).toBe(false)
    expect([...offLimitsAccountIds(db)]).toEqual([])

    restoreAccount(db, accountId)
    expect(isAccountOffLimits(db, accountId)).toBe(true)
  })
})

describe('the people counts on the target list', () => {
  interface PersonSpec {
    role: (typeof decisionRoles)[number]
    confirmed: boolean
    doNotContact: boolean
    deleted: boolean
  }
  interface AccountSpec {
    people: PersonSpec[]
    offLimits: boolean
    deleted: boolean
  }

  const person = fc.record({
    role: fc.constantFrom(...decisionRoles),
    confirmed: fc.boolean(),
    doNotContact: fc.boolean(),
    deleted: fc.boolean(),
  })
  const accountSpec = fc.record({ people: fc.array(person, { maxLength: 5 }), offLimits: fc.boolean(), deleted: fc.boolean() })

  /** What the target list should say, worked out directly from the specification rather than SQL. */
  function expected(spec: AccountSpec) {
    const live = spec.people.filter((p) => !p.deleted)
    return {
      contactCount: live.length,
      decisionMakerCount: live.filter((p) => p.role === 'decision-maker' && !p.doNotContact).length,
      offLimits: spec.offLimits,
    }
  }

  it('agree with a direct count for any mix of people, flags and deletions', () => {
    fc.assert(
      fc.property(fc.array(accountSpec, { maxLength: 6 }), (specs) => {
        db.exec('DELETE FROM target; DELETE FROM do_not_contact_event; DELETE FROM contact; DELETE FROM account;')
        // One transaction per run: the repository's own transactions nest as savepoints, and the run
        // costs one disk sync instead of one per write.
        const ids = db.transaction(() => {
          const made = specs.map((spec, index) => {
            const accountId = account(`Account ${index}`)
            for (const [n, p] of spec.people.entries()) {
              const role = p.role
              const person = contact(accountId, { name: `Person ${n}`, decisionRole: role, roleConfirmed: p.confirmed && role !== 'unknown' })
              if (p.doNotContact) setContactDoNotContact(db, person.id, true, null)
              // A flagged person cannot be deleted, so the flag is lifted (with a reason) before deleting.
              if (p.deleted) {
                if (p.doNotContact) setContactDoNotContact(db, person.id, false, 'test')
                softDeleteContact(db, person.id)
              }
            }
            return accountId
          })
          // An off-limits company cannot be added, but one that asks later stays listed, marked.
          addTargets(db, { accountIds: made, reason: null })
          specs.forEach((spec, index) => {
            const accountId = made[index] as string
            if (spec.offLimits) setAccountDoNotContact(db, accountId, true, null)
            if (spec.deleted) softDeleteAccount(db, accountId)
          })
          return made
        })()
        const listed = new Map(listTargets(db).map((target) => [target.accountId, target]))
        const normalised = specs.map((spec) => ({
          ...spec,
          people: spec.people.map((p) => ({ ...p, doNotContact: p.doNotContact && !p.deleted })),
        }))
        for (const [index, id] of ids.entries()) {
          const spec = normalised[index] as AccountSpec
          const target = listed.get(id)
          if (spec.deleted) expect(target).toBeUndefined()
          else expect({ contactCount: target?.contactCount, decisionMakerCount: target?.decisionMakerCount, offLimits: target?.offLimits }).toEqual(expected(spec))
        }
        expect(listed.size).toBe(specs.filter((spec) => !spec.deleted).length)
      }),
      { numRuns: 60 },
    )
  }, 30_000)
})

describe('listContactsWithAccountForExport', () => {
  it('gives every live contact of every live account with all fields, in account then name order', () => {
    const osprey = account('Osprey Mills')
    const kestrel = account('kestrel Freight')
    const binned = account('Binned Ltd')
    const full = contact(osprey, {
      name: 'Zoe Marsh',
      title: 'COO',
      department: 'Operations',
      email: 'zoe@osprey.example.com',
      phone: '0113 496 0000',
      decisionRole: 'champion',
      roleConfirmed: true,
      relationship: relationships[1],
      notes: 'Prefers email',
    })
    const flagged = setContactDoNotContact(db, contact(osprey, { name: 'Adam Hale' }).id, true, 'Asked not to be called')
    const gone = contact(osprey, { name: 'Gone Person' })
    softDeleteContact(db, gone.id)
    const kim = contact(kestrel, { name: 'Kim Lowe' })
    contact(binned, { name: 'In The Bin' })
    softDeleteAccount(db, binned)

    expect(listContactsWithAccountForExport(db)).toEqual([
      { contact: kim, accountName: 'kestrel Freight' },
      { contact: flagged, accountName: 'Osprey Mills' },
      { contact: full, accountName: 'Osprey Mills' },
    ])
  })
})
