import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../electron/store/database'
import {
  findAccount,
  getAccount,
  insertAccount,
  listAccounts,
  restoreAccount,
  softDeleteAccount,
  updateAccount,
} from '../../electron/store/repositories/accounts'
import { accountFieldsSchema, type AccountFields, type AccountFieldsInput } from '../../src/shared/contract/accounts'
import { AppError } from '../../src/shared/contract/envelope'
import { openTempDatabase, removeTempDirs, thrownBy } from '../support/tempDatabase'

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

let db: Database

beforeEach(() => {
  db = openTempDatabase().db
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

function fields(input: AccountFieldsInput): AccountFields {
  return accountFieldsSchema.parse(input)
}

function rawRow(id: string): Record<string, unknown> | undefined {
  return db.prepare('SELECT * FROM account WHERE id = ?').get(id) as Record<string, unknown> | undefined
}

describe('accounts repository', () => {
  it('inserts an account and reads every field back', () => {
    const before = Date.now()
    const account = insertAccount(
      db,
      fields({
        name: 'Harbour Freight Partners',
        website: 'harbourfreight.example.com',
        industry: 'Logistics',
        city: 'Halifax',
        region: 'Nova Scotia',
        country: 'Canada',
        employees: 1250,
        annualRevenue: 48_000_000.5,
        description: 'Regional freight forwarder',
      }),
    )
    expect(account).toMatchObject({
      name: 'Harbour Freight Partners',
      website: 'harbourfreight.example.com',
      industry: 'Logistics',
      city: 'Halifax',
      region: 'Nova Scotia',
      country: 'Canada',
      employees: 1250,
      annualRevenue: 48_000_000.5,
      description: 'Regional freight forwarder',
    })
    expect(account.id).toMatch(uuidV7)
    expect(account.createdAt).toBe(account.updatedAt)
    const created = Date.parse(account.createdAt)
    expect(new Date(created).toISOString()).toBe(account.createdAt)
    expect(created).toBeGreaterThanOrEqual(before)
    expect(created).toBeLessThanOrEqual(Date.now())
    expect(getAccount(db, account.id)).toEqual(account)
  })

  it('stores blanks as null, never as empty strings', () => {
    const account = insertAccount(db, fields({ name: '  Quiet Co  ', website: '', industry: '   ' }))
    expect(account.name).toBe('Quiet Co')
    expect(account.website).toBeNull()
    expect(account.industry).toBeNull()
    expect(rawRow(account.id)).toMatchObject({ website: null, industry: null, employees: null, annual_revenue: null })
  })

  it('gives every account a distinct, time-ordered UUIDv7', () => {
    const ids = Array.from({ length: 300 }, (_, i) => insertAccount(db, fields({ name: `Account ${i}` })).id)
    for (const id of ids) expect(id).toMatch(uuidV7)
    expect(new Set(ids).size).toBe(ids.length)
    // v7 ids start with the creation time, so later ids never sort before earlier ones.
    const prefixes = ids.map((id) => id.slice(0, 13))
    expect([...prefixes].sort()).toEqual(prefixes)
  })

  it('lists live accounts sorted by name, ignoring case', () => {
    for (const name of ['delta Works', 'Alpha Foods', 'charlie Labs', 'Bravo Mills', 'alpha Beta']) insertAccount(db, fields({ name }))
    expect(listAccounts(db).map((account) => account.name)).toEqual(['alpha Beta', 'Alpha Foods', 'Bravo Mills', 'charlie Labs', 'delta Works'])
  })

  it('updates the fields and the updated timestamp but keeps the id and created timestamp', async () => {
    const account = insertAccount(db, fields({ name: 'Old Name', city: 'Leeds', employees: 10 }))
    await new Promise((resolve) => setTimeout(resolve, 5))
    const updated = updateAccount(db, account.id, fields({ name: 'New Name', employees: 12 }))
    expect(updated).toMatchObject({ id: account.id, name: 'New Name', city: null, employees: 12, createdAt: account.createdAt })
    expect(updated.updatedAt > account.updatedAt).toBe(true)
    expect(getAccount(db, account.id)).toEqual(updated)
  })

  it('refuses to update an id that does not exist with NOT_FOUND', () => {
    const error = thrownBy(() => updateAccount(db, '0190a000-0000-7000-8000-00000000dead', fields({ name: 'Ghost' })))
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('NOT_FOUND')
    expect(listAccounts(db).length).toBe(0)
  })

  it('soft deletes: the account leaves the list and the count but its row stays', () => {
    const kept = insertAccount(db, fields({ name: 'Kept' }))
    const binned = insertAccount(db, fields({ name: 'Binned' }))
    const result = softDeleteAccount(db, binned.id)
    expect(result.id).toBe(binned.id)
    expect(Number.isNaN(Date.parse(result.deletedAt))).toBe(false)

    expect(listAccounts(db).map((a) => a.id)).toEqual([kept.id])
    expect(listAccounts(db).length).toBe(1)
    expect(findAccount(db, binned.id)).toBeUndefined()
    expect((thrownBy(() => getAccount(db, binned.id)) as AppError).code).toBe('NOT_FOUND')
    expect(rawRow(binned.id)).toMatchObject({ name: 'Binned', deleted_at: result.deletedAt })
  })

  it('refuses to update, or delete again, an account in the bin', () => {
    const binned = insertAccount(db, fields({ name: 'Binned' }))
    softDeleteAccount(db, binned.id)
    expect((thrownBy(() => updateAccount(db, binned.id, fields({ name: 'Changed' }))) as AppError).code).toBe('NOT_FOUND')
    expect((thrownBy(() => softDeleteAccount(db, binned.id)) as AppError).code).toBe('NOT_FOUND')
    expect(rawRow(binned.id)).toMatchObject({ name: 'Binned' })
  })

  it('restores a deleted account with everything it had', () => {
    const account = insertAccount(db, fields({ name: 'Back Again', website: 'back.example.com', employees: 7 }))
    softDeleteAccount(db, account.id)
    const restored = restoreAccount(db, account.id)
    expect(restored).toMatchObject({ id: account.id, name: 'Back Again', website: 'back.example.com', employees: 7, createdAt: account.createdAt })
    expect(listAccounts(db).map((a) => a.id)).toEqual([account.id])
    expect(listAccounts(db).length).toBe(1)
    expect(rawRow(account.id)?.deleted_at).toBeNull()
  })

  it('refuses to restore an account that is not in the bin', () => {
    const live = insertAccount(db, fields({ name: 'Live' }))
    expect((thrownBy(() => restoreAccount(db, live.id)) as AppError).code).toBe('NOT_FOUND')
    expect((thrownBy(() => restoreAccount(db, '0190a000-0000-7000-8000-00000000dead')) as AppError).code).toBe('NOT_FOUND')
  })

  it('counts live accounts', () => {
    expect(listAccounts(db).length).toBe(0)
    const ids = ['One', 'Two', 'Three'].map((name) => insertAccount(db, fields({ name })).id)
    expect(listAccounts(db).length).toBe(3)
    softDeleteAccount(db, ids[0] ?? '')
    expect(listAccounts(db).length).toBe(2)
  })

  it('stores text that looks like SQL exactly as typed (bound parameters)', () => {
    const name = "x'); DROP TABLE account; --"
    const description = 'Robert"); DELETE FROM account WHERE ("1"="1'
    const account = insertAccount(db, fields({ name, description }))
    expect(account.name).toBe(name)
    expect(rawRow(account.id)).toMatchObject({ name, description })
    const updated = updateAccount(db, account.id, fields({ name: `${name} again`, description }))
    expect(updated.name).toBe(`${name} again`)
    expect(listAccounts(db).length).toBe(1)
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'account'").pluck().get()).toBe(1)
  })
})
