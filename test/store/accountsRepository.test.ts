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
import { addTargets, listTargets, removeTarget, restoreTarget, setNextStep } from '../../electron/store/repositories/targets'
import { accountFieldsSchema, type AccountFields, type AccountFieldsInput } from '../../src/shared/contract/accounts'
import { AppError } from '../../src/shared/contract/envelope'
import { targetListLimits } from '../../src/shared/domain/targetList'
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

describe('restoring an account that was on the target list', () => {
  /** A full list: `targetListLimits.max` accounts on it, in order. */
  function fullList(): string[] {
    const ids = Array.from({ length: targetListLimits.max }, (_, i) => insertAccount(db, fields({ name: `Target ${String(i + 1).padStart(2, '0')}` })).id)
    addTargets(db, { accountIds: ids, reason: null })
    return ids
  }

  function listed(): string[] {
    return listTargets(db).map((target) => target.accountId)
  }

  function targetWrites(): unknown {
    return {
      targets: db.prepare('SELECT * FROM target ORDER BY account_id').all(),
      events: db.prepare('SELECT * FROM target_event ORDER BY id').all(),
    }
  }

  it('takes it off a list that filled up while it was in the bin, keeping its history, and still restores the account', () => {
    const ids = fullList()
    const binned = ids[3] as string
    setNextStep(db, binned, 'Send the case study', '2030-01-15')
    softDeleteAccount(db, binned)
    const newcomer = insertAccount(db, fields({ name: 'Newcomer' })).id
    addTargets(db, { accountIds: [newcomer], reason: null })
    expect(listed()).toHaveLength(targetListLimits.max)

    const restored = restoreAccount(db, binned)
    expect(restored).toMatchObject({ id: binned, name: 'Target 04' })
    expect(listAccounts(db).map((a) => a.id)).toContain(binned)
    // The list stays at 20, every one without a reason, and the restored account is not on it.
    const targets = listTargets(db)
    expect(targets).toHaveLength(targetListLimits.max)
    expect(targets.map((target) => target.accountId)).not.toContain(binned)
    expect(targets.every((target) => target.reasonOverLimit === null)).toBe(true)
    // Taken off as removeTarget would: the row stays, with its next step, and the record says why.
    expect(db.prepare('SELECT removed_at, next_step FROM target WHERE account_id = ?').get(binned)).toMatchObject({
      removed_at: expect.any(String),
      next_step: 'Send the case study',
    })
    expect(db.prepare('SELECT kind, reason FROM target_event WHERE account_id = ? ORDER BY at, id').all(binned)).toEqual([
      { kind: 'added', reason: null },
      { kind: 'removed', reason: expect.stringContaining('list was already full') },
    ])
    // Back on the list only the usual way: here, by making room.
    expect((thrownBy(() => restoreTarget(db, binned)) as AppError).code).toBe('LIMIT_REACHED')
    removeTarget(db, newcomer, null)
    restoreTarget(db, binned)
    expect(listTargets(db).find((target) => target.accountId === binned)).toMatchObject({ nextStep: 'Send the case study', reasonOverLimit: null })
  })

  it('leaves it on the list when there is room for it', () => {
    const ids = fullList()
    const binned = ids[0] as string
    softDeleteAccount(db, binned)
    expect(listed()).toHaveLength(targetListLimits.max - 1)
    const before = targetWrites()
    restoreAccount(db, binned)
    expect(listed()).toEqual(ids)
    expect(targetWrites()).toEqual(before)
  })

  it('leaves it on the list past 20 when it was put there with a reason, as Undo of a removal does', () => {
    fullList()
    const extra = insertAccount(db, fields({ name: 'Worth the stretch' })).id
    addTargets(db, { accountIds: [extra], reason: 'Their tender closes this month' })
    softDeleteAccount(db, extra)
    expect(listed()).toHaveLength(targetListLimits.max)
    restoreAccount(db, extra)
    expect(listTargets(db)).toHaveLength(targetListLimits.max + 1)
    expect(listTargets(db).find((target) => target.accountId === extra)?.reasonOverLimit).toBe('Their tender closes this month')
  })

  it('writes nothing to the target list when the account is not in the bin', () => {
    const ids = fullList()
    const before = targetWrites()
    expect((thrownBy(() => restoreAccount(db, ids[0] as string)) as AppError).code).toBe('NOT_FOUND')
    expect(targetWrites()).toEqual(before)
    expect(listed()).toEqual(ids)
  })
})
