import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HandlerContext } from '../../electron/handlers/context'
import { dispatch } from '../../electron/handlers/dispatch'
import type { Database } from '../../electron/store/database'
import type { Account, AccountStanding, Contact, DoNotContactEvent } from '../../src/shared/contract'
import { contactLimits, limits } from '../../src/shared/contract'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'
import { dataOf, errorOf } from '../support/envelopes'

let db: Database
let ctx: HandlerContext

beforeEach(() => {
  ;({ db, ctx } = openTempDatabase())
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

async function newAccount(name = 'Kestrel Freight'): Promise<string> {
  return dataOf<Account>(await dispatch(ctx, 'accounts.create', { name })).id
}

async function newContact(accountId: string, fields: Record<string, unknown> = {}): Promise<Contact> {
  return dataOf<Contact>(await dispatch(ctx, 'contacts.create', { accountId, fields: { name: 'Pat Quinn', ...fields } }))
}

/** Everything this feature writes, so a refused call can be shown to have written nothing. */
function written(): unknown {
  return {
    contacts: db.prepare('SELECT * FROM contact ORDER BY id').all(),
    events: db.prepare('SELECT * FROM do_not_contact_event ORDER BY id').all(),
    accounts: db.prepare('SELECT id, relationship, do_not_contact, do_not_contact_at, do_not_contact_reason, updated_at FROM account ORDER BY id').all(),
  }
}

describe('contacts channels through dispatch', () => {
  it('create, list, update, delete and restore', async () => {
    const accountId = await newAccount()
    const created = await newContact(accountId, {
      title: 'Head of Operations',
      email: ' pat.quinn@kestrel.example.com ',
      phone: '+1 (555) 010-2030 x 44',
      decisionRole: 'decision-maker',
    })
    expect(created).toMatchObject({
      accountId,
      name: 'Pat Quinn',
      email: 'pat.quinn@kestrel.example.com',
      phone: '+1 (555) 010-2030 x 44',
      decisionRole: 'decision-maker',
      roleConfirmed: false,
      relationship: 'prospect',
      department: null,
      doNotContact: false,
    })
    expect(dataOf<Contact[]>(await dispatch(ctx, 'contacts.list', { accountId }))).toEqual([created])

    const updated = dataOf<Contact>(
      await dispatch(ctx, 'contacts.update', { id: created.id, fields: { name: 'Pat Quinn', decisionRole: 'decision-maker', roleConfirmed: true } }),
    )
    expect(updated).toMatchObject({ roleConfirmed: true, email: null, title: null })

    dataOf(await dispatch(ctx, 'contacts.delete', { id: created.id }))
    expect(dataOf<Contact[]>(await dispatch(ctx, 'contacts.list', { accountId }))).toEqual([])
    expect(dataOf<Contact>(await dispatch(ctx, 'contacts.restore', { id: created.id }))).toMatchObject({ id: created.id })
  })

  const invalidFields: { label: string; fields: Record<string, unknown>; path: string; message: RegExp }[] = [
    { label: 'a bad email', fields: { name: 'Pat', email: 'pat.example.com' }, path: 'fields.email', message: /email address/i },
    { label: 'an email without a domain', fields: { name: 'Pat', email: 'pat@kestrel' }, path: 'fields.email', message: /email address/i },
    { label: 'letters in a phone', fields: { name: 'Pat', phone: '555-CALL-NOW' }, path: 'fields.phone', message: /digits/ },
    { label: 'too few digits in a phone', fields: { name: 'Pat', phone: '12-34' }, path: 'fields.phone', message: /at least 5 digits/ },
    { label: 'a blank name', fields: { name: '   ' }, path: 'fields.name', message: /Name is required/ },
    { label: 'an overlong name', fields: { name: 'n'.repeat(limits.name + 1) }, path: 'fields.name', message: /at most/ },
    { label: 'an overlong email', fields: { name: 'Pat', email: `${'a'.repeat(contactLimits.email)}@x.io` }, path: 'fields.email', message: /at most/ },
    { label: 'overlong notes', fields: { name: 'Pat', notes: 'n'.repeat(limits.longText + 1) }, path: 'fields.notes', message: /at most/ },
    { label: 'an unknown role', fields: { name: 'Pat', decisionRole: 'boss' }, path: 'fields.decisionRole', message: /role/ },
    { label: 'an unknown relationship', fields: { name: 'Pat', relationship: 'friend' }, path: 'fields.relationship', message: /prospect, client or partner/ },
    { label: 'a confirmed unknown role', fields: { name: 'Pat', roleConfirmed: true }, path: 'fields.roleConfirmed', message: /Choose the role/ },
    { label: 'an unknown field', fields: { name: 'Pat', doNotContact: true }, path: 'fields.doNotContact', message: /Not a field/ },
  ]

  it.each(invalidFields)('refuses $label with INVALID_INPUT naming the field, and writes nothing', async ({ fields, path, message }) => {
    const accountId = await newAccount()
    const existing = await newContact(accountId)
    const before = written()

    const onCreate = errorOf(await dispatch(ctx, 'contacts.create', { accountId, fields }))
    expect(onCreate.code).toBe('INVALID_INPUT')
    expect(onCreate.issues?.[0]?.path).toBe(path)
    expect(onCreate.issues?.[0]?.message).toMatch(message)
    expect(onCreate.message.startsWith(`${path}: `)).toBe(true)

    const onUpdate = errorOf(await dispatch(ctx, 'contacts.update', { id: existing.id, fields }))
    expect(onUpdate.code).toBe('INVALID_INPUT')
    expect(onUpdate.issues?.[0]?.path).toBe(path)
    expect(written()).toEqual(before)
  })

  it('refuses ids that are not ids, and names unknown ones as not found', async () => {
    const before = written()
    expect(errorOf(await dispatch(ctx, 'contacts.list', { accountId: 'nope' })).issues?.[0]?.path).toBe('accountId')
    expect(errorOf(await dispatch(ctx, 'contacts.delete', { id: 42 })).code).toBe('INVALID_INPUT')
    const missing = '0190a000-0000-7000-8000-0000000000ff'
    expect(errorOf(await dispatch(ctx, 'contacts.create', { accountId: missing, fields: { name: 'Pat' } })).code).toBe('NOT_FOUND')
    expect(errorOf(await dispatch(ctx, 'contacts.restore', { id: missing })).code).toBe('NOT_FOUND')
    expect(errorOf(await dispatch(ctx, 'contacts.accountStanding', { accountId: missing })).code).toBe('NOT_FOUND')
    expect(written()).toEqual(before)
  })
})

describe('do-not-contact through dispatch', () => {
  it('marks a person with a reason, keeps them from being deleted, and lifts only with a reason', async () => {
    const accountId = await newAccount()
    const pat = await newContact(accountId, { decisionRole: 'decision-maker' })
    const marked = dataOf<Contact>(await dispatch(ctx, 'contacts.setDoNotContact', { id: pat.id, doNotContact: true, reason: 'Asked never to be called' }))
    expect(marked).toMatchObject({ doNotContact: true, doNotContactReason: 'Asked never to be called' })

    const before = written()
    const deletion = errorOf(await dispatch(ctx, 'contacts.delete', { id: pat.id }))
    expect(deletion.code).toBe('CONFLICT')
    expect(deletion.message).toContain('Pat Quinn asked not to be contacted')

    const lift = errorOf(await dispatch(ctx, 'contacts.setDoNotContact', { id: pat.id, doNotContact: false, reason: '  ' }))
    expect(lift.code).toBe('INVALID_INPUT')
    expect(lift.issues?.[0]).toEqual({ path: 'reason', message: expect.stringMatching(/Say why/) })
    const longReason = errorOf(
      await dispatch(ctx, 'contacts.setDoNotContact', { id: pat.id, doNotContact: false, reason: 'r'.repeat(contactLimits.reason + 1) }),
    )
    expect(longReason.issues?.[0]?.path).toBe('reason')
    expect(written()).toEqual(before)

    const lifted = dataOf<Contact>(
      await dispatch(ctx, 'contacts.setDoNotContact', { id: pat.id, doNotContact: false, reason: 'They called us back and asked for a demo' }),
    )
    expect(lifted.doNotContact).toBe(false)
    const history = dataOf<DoNotContactEvent[]>(await dispatch(ctx, 'contacts.doNotContactHistory', { accountId }))
    expect(history.map((event) => [event.action, event.contactName, event.reason])).toEqual([
      ['lifted', 'Pat Quinn', 'They called us back and asked for a demo'],
      ['marked', 'Pat Quinn', 'Asked never to be called'],
    ])
  })

  it('tags the account and marks the whole company off-limits', async () => {
    const accountId = await newAccount()
    const before = written()
    const badTag = errorOf(await dispatch(ctx, 'contacts.setAccountRelationship', { accountId, relationship: 'competitor' }))
    expect(badTag.issues?.[0]?.path).toBe('relationship')
    const noReason = errorOf(await dispatch(ctx, 'contacts.setAccountDoNotContact', { accountId, doNotContact: false }))
    expect(noReason.issues?.[0]?.path).toBe('reason')
    expect(written()).toEqual(before)

    expect(dataOf<AccountStanding>(await dispatch(ctx, 'contacts.setAccountRelationship', { accountId, relationship: 'client' })).relationship).toBe('client')
    const standing = dataOf<AccountStanding>(await dispatch(ctx, 'contacts.setAccountDoNotContact', { accountId, doNotContact: true }))
    expect(standing).toMatchObject({ accountId, relationship: 'client', doNotContact: true, doNotContactReason: null })
    expect(dataOf<AccountStanding>(await dispatch(ctx, 'contacts.accountStanding', { accountId }))).toEqual(standing)
    const again = errorOf(await dispatch(ctx, 'contacts.setAccountDoNotContact', { accountId, doNotContact: true, reason: 'twice' }))
    expect(again.code).toBe('CONFLICT')
  })
})
