import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HandlerContext } from '../../electron/handlers/context'
import { dispatch } from '../../electron/handlers/dispatch'
import type { Database } from '../../electron/store/database'
import { insertAccount, softDeleteAccount } from '../../electron/store/repositories/accounts'
import { insertContact, setAccountDoNotContact, setContactDoNotContact, softDeleteContact } from '../../electron/store/repositories/contacts'
import { contactFieldsSchema, type ContactFieldsInput } from '../../src/shared/contract/contacts'
import { scoreAll } from '../../electron/store/repositories/fit'
import { insertQualifier } from '../../electron/store/repositories/qualifiers'
import type { TargetAddResult, TargetEntry, UniverseRow } from '../../src/shared/contract'
import type { AccountFields } from '../../src/shared/contract/accounts'
import { targetListLimits } from '../../src/shared/domain/targetList'
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

function account(name: string, fields: Partial<AccountFields> = {}): string {
  return insertAccount(db, {
    name,
    website: null,
    industry: 'Logistics',
    city: null,
    region: 'Ontario',
    country: 'Canada',
    employees: 500,
    annualRevenue: 50_000_000,
    description: null,
    ...fields,
  }).id
}

function accounts(count: number, prefix = 'Account'): string[] {
  return Array.from({ length: count }, (_, index) => account(`${prefix} ${String(index + 1).padStart(3, '0')}`))
}

/** Everything the target list writes, so a refused call can be shown to have written nothing. */
function written(): unknown {
  return {
    targets: db.prepare('SELECT * FROM target ORDER BY account_id').all(),
    events: db.prepare('SELECT * FROM target_event ORDER BY id').all(),
  }
}

async function add(accountIds: string[], extra: { reason?: string; swapOutAccountId?: string } = {}) {
  return dispatch(ctx, 'targets.add', { accountIds, ...extra })
}

async function list(): Promise<TargetEntry[]> {
  return dataOf<TargetEntry[]>(await dispatch(ctx, 'targets.list', {}))
}

describe('targets.add and the 15–20 rule', () => {
  it('adds up to 20 without question, in order, recording each addition', async () => {
    const ids = accounts(20)
    const first = dataOf<TargetAddResult>(await add(ids.slice(0, 15)))
    expect(first).toEqual({ added: ids.slice(0, 15), alreadyListed: [], swappedOut: null, count: 15 })
    const second = dataOf<TargetAddResult>(await add(ids.slice(15)))
    expect(second.count).toBe(targetListLimits.max)
    const listed = await list()
    expect(listed.map((target) => target.accountId)).toEqual(ids)
    expect(listed.every((target) => target.reasonOverLimit === null)).toBe(true)
    expect(db.prepare("SELECT count(*) FROM target_event WHERE kind = 'added'").pluck().get()).toBe(20)
  })

  it('refuses a 21st without a swap or a reason, says why, and writes nothing', async () => {
    const ids = accounts(21)
    await add(ids.slice(0, 20))
    const before = written()
    const error = errorOf(await add([ids[20] as string]))
    expect(error.code).toBe('LIMIT_REACHED')
    expect(error.message).toContain('20')
    expect(error.message).toMatch(/swap/i)
    expect(written()).toEqual(before)
    expect(await list()).toHaveLength(20)
  })

  it('refuses a batch that would cross 20 as a whole: none of it is added', async () => {
    const ids = accounts(22)
    await add(ids.slice(0, 19))
    const before = written()
    expect(errorOf(await add(ids.slice(19))).code).toBe('LIMIT_REACHED')
    expect(written()).toEqual(before)
  })

  it('adds a 21st with a reason and keeps the reason on it alone', async () => {
    const ids = accounts(21)
    await add(ids.slice(0, 20))
    const result = dataOf<TargetAddResult>(await add([ids[20] as string], { reason: '  Their CFO asked us to call back this quarter  ' }))
    expect(result.count).toBe(21)
    const listed = await list()
    expect(listed).toHaveLength(21)
    expect(listed.filter((target) => target.reasonOverLimit !== null).map((target) => [target.accountId, target.reasonOverLimit])).toEqual([
      [ids[20], 'Their CFO asked us to call back this quarter'],
    ])
    const event = db.prepare("SELECT kind, reason FROM target_event WHERE account_id = ?").get(ids[20])
    expect(event).toEqual({ kind: 'added', reason: 'Their CFO asked us to call back this quarter' })
  })

  it('puts the reason only on the accounts that land past 20', async () => {
    const ids = accounts(22)
    await add(ids.slice(0, 18))
    await add(ids.slice(18), { reason: 'Trade show follow-ups' })
    const reasons = new Map((await list()).map((target) => [target.accountId, target.reasonOverLimit]))
    expect(ids.slice(18).map((id) => reasons.get(id))).toEqual([null, null, 'Trade show follow-ups', 'Trade show follow-ups'])
  })

  it('swaps one out and one in, in one step: the newcomer takes the leaver’s place and the count stays', async () => {
    const ids = accounts(21)
    await add(ids.slice(0, 20))
    const leaving = ids[4] as string
    const joining = ids[20] as string
    const result = dataOf<TargetAddResult>(await add([joining], { swapOutAccountId: leaving }))
    expect(result).toEqual({ added: [joining], alreadyListed: [], swappedOut: leaving, count: 20 })
    const listed = (await list()).map((target) => target.accountId)
    expect(listed).toHaveLength(20)
    expect(listed).not.toContain(leaving)
    expect(listed[4]).toBe(joining)
    expect(db.prepare('SELECT kind, other_account_id FROM target_event WHERE account_id = ? ORDER BY at DESC, rowid DESC').get(leaving)).toEqual({
      kind: 'swapped',
      other_account_id: joining,
    })
  })

  it('refuses a swap whose leaver is not on the list, and writes nothing', async () => {
    const ids = accounts(22)
    await add(ids.slice(0, 20))
    const before = written()
    const error = errorOf(await add([ids[20] as string], { swapOutAccountId: ids[21] as string }))
    expect(error.code).toBe('CONFLICT')
    expect(written()).toEqual(before)
  })

  it('allows a swap only one for one', async () => {
    const ids = accounts(3)
    await add([ids[0] as string])
    const error = errorOf(await add([ids[1] as string, ids[2] as string], { swapOutAccountId: ids[0] as string }))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues?.map((issue) => issue.path)).toContain('swapOutAccountId')
  })

  it('never lists an account that asked not to be contacted, even in a batch', async () => {
    const ids = accounts(3)
    setAccountDoNotContact(db, ids[1] as string, true, 'Asked us to stop calling')
    const before = written()
    const error = errorOf(await add(ids))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('Account 002')
    expect(written()).toEqual(before)
  })

  it('reports accounts already on the list instead of adding them twice', async () => {
    const ids = accounts(2)
    await add([ids[0] as string])
    const result = dataOf<TargetAddResult>(await add(ids))
    expect(result).toMatchObject({ added: [ids[1]], alreadyListed: [ids[0]], count: 2 })
    expect(db.prepare('SELECT count(*) FROM target').pluck().get()).toBe(2)
  })

  it('refuses a deleted account', async () => {
    const [id] = accounts(1)
    softDeleteAccount(db, id as string)
    expect(errorOf(await add([id as string])).code).toBe('NOT_FOUND')
    expect(written()).toEqual({ targets: [], events: [] })
  })

  it('names the field when the input is wrong, and writes nothing', async () => {
    const empty = errorOf(await dispatch(ctx, 'targets.add', { accountIds: [] }))
    expect(empty.code).toBe('INVALID_INPUT')
    expect(empty.issues?.[0]?.path).toBe('accountIds')
    const badId = errorOf(await dispatch(ctx, 'targets.add', { accountIds: ['not-an-id'] }))
    expect(badId.issues?.[0]?.path).toBe('accountIds.0')
    const longReason = errorOf(await dispatch(ctx, 'targets.add', { accountIds: accounts(1), reason: 'x'.repeat(1001) }))
    expect(longReason.issues?.[0]?.path).toBe('reason')
    expect(written()).toEqual({ targets: [], events: [] })
  })
})

describe('removing and bringing back a target', () => {
  it('removes softly, and Undo brings the target back with its next step', async () => {
    const ids = accounts(3)
    await add(ids)
    dataOf(await dispatch(ctx, 'targets.setNextStep', { accountId: ids[1], text: 'Book a discovery call', due: '2030-03-04' }))
    const removed = dataOf<{ count: number }>(await dispatch(ctx, 'targets.remove', { accountId: ids[1], reason: 'Budget frozen' }))
    expect(removed.count).toBe(2)
    expect((await list()).map((target) => target.accountId)).toEqual([ids[0], ids[2]])
    expect(db.prepare('SELECT reason FROM target_event WHERE account_id = ? AND kind = ?').pluck().get(ids[1], 'removed')).toBe('Budget frozen')

    dataOf(await dispatch(ctx, 'targets.restore', { accountId: ids[1] }))
    const back = await list()
    expect(back.map((target) => target.accountId)).toEqual(ids)
    expect(back[1]).toMatchObject({ nextStep: 'Book a discovery call', nextStepDue: '2030-03-04' })
  })

  it('keeps the rule on Undo: a removed target does not come back onto a full list', async () => {
    const ids = accounts(21)
    await add(ids.slice(0, 20))
    await dispatch(ctx, 'targets.remove', { accountId: ids[0] })
    await add([ids[20] as string])
    const before = written()
    expect(errorOf(await dispatch(ctx, 'targets.restore', { accountId: ids[0] })).code).toBe('LIMIT_REACHED')
    expect(written()).toEqual(before)
  })

  it('says so when the account is not on the list', async () => {
    const [id] = accounts(1)
    expect(errorOf(await dispatch(ctx, 'targets.remove', { accountId: id })).code).toBe('NOT_FOUND')
    expect(errorOf(await dispatch(ctx, 'targets.restore', { accountId: id })).code).toBe('NOT_FOUND')
  })
})

describe('next step and status', () => {
  it('saves and clears a next step, and refuses an impossible date next to the field', async () => {
    const [id] = accounts(1)
    await add([id as string])
    expect(dataOf(await dispatch(ctx, 'targets.setNextStep', { accountId: id, text: ' Send the ROI model ', due: '2030-02-28' }))).toEqual({
      accountId: id,
      nextStep: 'Send the ROI model',
      nextStepDue: '2030-02-28',
    })
    const bad = errorOf(await dispatch(ctx, 'targets.setNextStep', { accountId: id, text: 'x', due: '2030-02-30' }))
    expect(bad.code).toBe('INVALID_INPUT')
    expect(bad.issues?.[0]?.path).toBe('due')
    expect((await list())[0]).toMatchObject({ nextStep: 'Send the ROI model', nextStepDue: '2030-02-28' })
    dataOf(await dispatch(ctx, 'targets.setNextStep', { accountId: id, text: '', due: '' }))
    expect((await list())[0]).toMatchObject({ nextStep: null, nextStepDue: null })
  })

  it('has no next step for an account that is not a target', async () => {
    const [id] = accounts(1)
    expect(errorOf(await dispatch(ctx, 'targets.setNextStep', { accountId: id, text: 'Call' })).code).toBe('NOT_FOUND')
  })

  it('sets an account status from the list and refuses one that is not', async () => {
    const [id] = accounts(1)
    expect(dataOf(await dispatch(ctx, 'targets.setStatus', { accountId: id, status: 'meeting' }))).toEqual({ accountId: id, status: 'meeting' })
    expect(db.prepare('SELECT status FROM account WHERE id = ?').pluck().get(id)).toBe('meeting')
    const bad = errorOf(await dispatch(ctx, 'targets.setStatus', { accountId: id, status: 'won' }))
    expect(bad.issues?.[0]?.path).toBe('status')
    expect(db.prepare('SELECT status FROM account WHERE id = ?').pluck().get(id)).toBe('meeting')
  })
})

describe('targets.list', () => {
  it('shows each target with its fit, contacts and off-limits standing', async () => {
    insertQualifier(db, { name: 'Ships freight', description: null, rule: { kind: 'values', field: 'industry', values: ['Logistics'] }, mustHave: true, weight: 3 })
    insertQualifier(db, { name: 'Mid-sized', description: null, rule: { kind: 'range', field: 'employees', min: 200, max: 2000 }, mustHave: false, weight: 2 })
    const fitting = account('Fitting Freight')
    const small = account('Small Freight', { employees: 20 })
    await add([fitting, small])
    insertContact(db, fitting, {
      name: 'Dana Ortiz',
      title: null,
      department: null,
      email: null,
      phone: null,
      decisionRole: 'decision-maker',
      roleConfirmed: false,
      relationship: 'prospect',
      notes: null,
    })
    setAccountDoNotContact(db, small, true, 'Asked us to stop')

    const fits = scoreAll(db)
    const listed = await list()
    expect(listed.map((target) => [target.name, target.score, target.band, target.contactCount, target.decisionMakerCount, target.offLimits])).toEqual([
      ['Fitting Freight', fits.get(fitting)?.score, fits.get(fitting)?.band, 1, 1, false],
      ['Small Freight', fits.get(small)?.score, fits.get(small)?.band, 0, 0, true],
    ])
    expect(listed[0]?.score).toBeGreaterThan(listed[1]?.score ?? 100)
  })
})

describe('targets.list contact counts', () => {
  it('counts live people only, and decision makers who may be contacted, per listed account', async () => {
    const listedA = account('Alpha Freight')
    const listedB = account('Beta Freight')
    const notListed = account('Gamma Freight')
    await add([listedA, listedB])
    const person = (accountId: string, fields: ContactFieldsInput) => insertContact(db, accountId, contactFieldsSchema.parse(fields))
    person(listedA, { name: 'Ann', decisionRole: 'decision-maker' })
    const asked = person(listedA, { name: 'Bo', decisionRole: 'decision-maker' })
    setContactDoNotContact(db, asked.id, true, null)
    softDeleteContact(db, person(listedA, { name: 'Cy', decisionRole: 'decision-maker' }).id)
    person(listedA, { name: 'Di', decisionRole: 'influencer' })
    person(notListed, { name: 'Ed', decisionRole: 'decision-maker' })
    const listed = await list()
    expect(listed.map((target) => [target.name, target.contactCount, target.decisionMakerCount])).toEqual([
      ['Alpha Freight', 3, 1],
      ['Beta Freight', 0, 0],
    ])
  })
})

describe('targets.suggest', () => {
  it('offers the best-fitting accounts that are not listed, not ruled out and not off-limits, best first', async () => {
    insertQualifier(db, { name: 'Ships freight', description: null, rule: { kind: 'values', field: 'industry', values: ['Logistics'] }, mustHave: true, weight: 3 })
    insertQualifier(db, { name: 'Large', description: null, rule: { kind: 'range', field: 'employees', min: 1000, max: null }, mustHave: false, weight: 3 })
    insertQualifier(db, { name: 'Canadian', description: null, rule: { kind: 'values', field: 'country', values: ['Canada'] }, mustHave: false, weight: 1 })
    const big = account('Big Haulage', { employees: 5000 })
    const bigListed = account('Listed Haulage', { employees: 8000 })
    const bigOffLimits = account('Quiet Haulage', { employees: 9000 })
    const bigClosed = account('Closed Haulage', { employees: 9000 })
    const mid = account('Mid Haulage', { employees: 300 })
    const unknownSize = account('Unknown Haulage', { employees: null })
    const foreign = account('Foreign Haulage', { employees: 300, country: 'Mexico' })
    account('Bakery', { industry: 'Food', employees: 9000 })
    await add([bigListed])
    setAccountDoNotContact(db, bigOffLimits, true, null)
    await dispatch(ctx, 'targets.setStatus', { accountId: bigClosed, status: 'closed' })

    const suggested = dataOf<UniverseRow[]>(await dispatch(ctx, 'targets.suggest', { limit: 10 }))
    const fits = scoreAll(db)
    const expected = [big, unknownSize, mid, foreign].sort((a, b) => (fits.get(b)?.score ?? 0) - (fits.get(a)?.score ?? 0))
    expect(suggested.map((row) => row.id)).toEqual(expected)
    expect(suggested.map((row) => row.score)).toEqual(expected.map((id) => fits.get(id)?.score))
    expect(new Set(suggested.map((row) => row.score)).size).toBe(suggested.length)

    expect(dataOf<UniverseRow[]>(await dispatch(ctx, 'targets.suggest', { limit: 2 })).map((row) => row.id)).toEqual(expected.slice(0, 2))
  })

  it('suggests nothing until there are qualifiers to score by', async () => {
    accounts(5)
    expect(dataOf<UniverseRow[]>(await dispatch(ctx, 'targets.suggest', { limit: 5 }))).toEqual([])
  })

  it('refuses an unreasonable number of suggestions', async () => {
    expect(errorOf(await dispatch(ctx, 'targets.suggest', { limit: 500 })).issues?.[0]?.path).toBe('limit')
  })
})
