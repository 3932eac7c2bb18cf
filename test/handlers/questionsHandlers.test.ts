import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HandlerContext } from '../../electron/handlers/context'
import { dispatch } from '../../electron/handlers/dispatch'
import { readStarterQuestions } from '../../electron/handlers/starterQuestions'
import { openDatabase, type Database } from '../../electron/store/database'
import type { Account, BankGroup, BankQuestion, CallPlan, Envelope, Objection, ObjectionList, PlanQuestion } from '../../src/shared/contract'
import { handlerContextFor, removeTempDirs, tempDatabasePath } from '../support/tempDatabase'
import { dataOf } from '../support/envelopes'

let db: Database
let ctx: HandlerContext
let accountId: string

function open(file: string): void {
  db = openDatabase(file)
  ctx = handlerContextFor(db, file)
}

function issuesOf(envelope: Envelope<unknown>): { code: string; paths: string[] } {
  if (envelope.ok) throw new Error('expected an error, got ok')
  return { code: envelope.error.code, paths: (envelope.error.issues ?? []).map((issue) => issue.path) }
}

/** Every row of the three tables, to prove a refused call wrote nothing. */
function tables(): unknown {
  return ['question', 'plan_question', 'objection'].map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY id`).all())
}

beforeEach(async () => {
  open(tempDatabasePath())
  accountId = dataOf<Account>(await dispatch(ctx, 'accounts.create', { name: 'Kestrel Freight' })).id
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

describe('questions.bank', () => {
  it('holds the starter set as soon as the context is built, so restoring one works as the first call', async () => {
    const starter = readStarterQuestions('resources')[0]
    if (starter === undefined) throw new Error('the shipped bank is empty')
    const count = () => db.prepare('SELECT count(*) FROM question WHERE deleted_at IS NULL').pluck().get()
    expect(count()).toBe(readStarterQuestions('resources').length)
    db.prepare('UPDATE question SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), starter.id)
    const fresh = handlerContextFor(db, ctx.databasePath)
    const restored = dataOf<BankQuestion>(await dispatch(fresh, 'questions.restoreBankQuestion', { id: starter.id }))
    expect(restored.id).toBe(starter.id)
    expect(count()).toBe(readStarterQuestions('resources').length)
  })

  it('seeds the shipped starter set on first use, once, even across connections', async () => {
    const starters = readStarterQuestions(ctx.resourcesDir)
    const first = dataOf<BankGroup[]>(await dispatch(ctx, 'questions.bank', {}))
    expect(first.flatMap((group) => group.questions)).toHaveLength(starters.length)
    dataOf(await dispatch(ctx, 'questions.bank', {}))

    const file = ctx.databasePath
    db.close()
    open(file)
    const again = dataOf<BankGroup[]>(await dispatch(ctx, 'questions.bank', {}))
    expect(again).toEqual(first)
    expect(db.prepare('SELECT count(*) FROM question').pluck().get()).toBe(starters.length)
  })

  it('adds, edits, deletes and restores the rep’s own question', async () => {
    const own = dataOf<BankQuestion>(
      await dispatch(ctx, 'questions.createBankQuestion', { purpose: 'problem', text: '  What slows your dispatchers down?  ' }),
    )
    expect(own).toMatchObject({ purpose: 'problem', text: 'What slows your dispatchers down?', origin: 'own' })
    const edited = dataOf<BankQuestion>(
      await dispatch(ctx, 'questions.updateBankQuestion', { id: own.id, fields: { purpose: 'implication', text: 'What does a slow dispatch cost you?' } }),
    )
    expect(edited.purpose).toBe('implication')
    dataOf(await dispatch(ctx, 'questions.deleteBankQuestion', { id: own.id }))
    let bank = dataOf<BankGroup[]>(await dispatch(ctx, 'questions.bank', {}))
    expect(bank.flatMap((group) => group.questions).some((question) => question.id === own.id)).toBe(false)
    dataOf(await dispatch(ctx, 'questions.restoreBankQuestion', { id: own.id }))
    bank = dataOf<BankGroup[]>(await dispatch(ctx, 'questions.bank', {}))
    expect(bank.find((group) => group.purpose === 'implication')?.questions.map((q) => q.id)).toContain(own.id)
  })

  it('refuses a blank or unknown-purpose question, writing nothing', async () => {
    dataOf(await dispatch(ctx, 'questions.bank', {}))
    const before = tables()
    expect(issuesOf(await dispatch(ctx, 'questions.createBankQuestion', { purpose: 'problem', text: '   ' }))).toEqual({ code: 'INVALID_INPUT', paths: ['text'] })
    expect(issuesOf(await dispatch(ctx, 'questions.createBankQuestion', { purpose: 'small-talk', text: 'How are you?' }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['purpose'],
    })
    expect(issuesOf(await dispatch(ctx, 'questions.updateBankQuestion', { id: 'bad id!', fields: { purpose: 'problem', text: 'x' } })).paths).toEqual(['id'])
    expect(tables()).toEqual(before)
  })
})

describe('questions.addToPlan and the plan', () => {
  it('adds a to-verify item with the same source key only once', async () => {
    const input = { accountId, text: 'How many depots do you run today?', origin: 'to-verify', sourceKey: 'qualifier:depots' }
    const first = dataOf<{ question: PlanQuestion; added: boolean }>(await dispatch(ctx, 'questions.addToPlan', input))
    const second = dataOf<{ question: PlanQuestion; added: boolean }>(await dispatch(ctx, 'questions.addToPlan', input))
    expect([first.added, second.added]).toEqual([true, false])
    expect(second.question.id).toBe(first.question.id)
    const plan = dataOf<CallPlan>(await dispatch(ctx, 'questions.plan', { accountId }))
    expect(plan.questions.map((question) => question.sourceKey)).toEqual(['qualifier:depots'])
  })

  it('refuses invalid input naming the field, writing nothing', async () => {
    const before = tables()
    const cases: [Record<string, unknown>, string][] = [
      [{ accountId, text: '', origin: 'own' }, 'text'],
      [{ accountId, text: 'x'.repeat(1001), origin: 'own' }, 'text'],
      [{ accountId, text: 'How many depots?', origin: 'to-verify' }, 'sourceKey'],
      [{ accountId, text: 'How many depots?', origin: 'bank' }, 'questionId'],
      [{ accountId, text: 'How many depots?', origin: 'own', purpose: 'gossip' }, 'purpose'],
      [{ accountId, text: 'How many depots?', origin: 'somewhere' }, 'origin'],
      [{ accountId: 'not-an-id', text: 'How many depots?', origin: 'own' }, 'accountId'],
      [{ accountId, text: 'How many depots?', origin: 'own', priority: 1 }, 'priority'],
    ]
    for (const [input, path] of cases) {
      const { code, paths } = issuesOf(await dispatch(ctx, 'questions.addToPlan', input))
      expect(code).toBe('INVALID_INPUT')
      expect(paths).toContain(path)
    }
    expect(issuesOf(await dispatch(ctx, 'questions.updatePlanItem', { id: accountId })).paths).toEqual(['text'])
    expect(tables()).toEqual(before)
  })

  it('reorders, and refuses a list that names an item twice', async () => {
    const add = async (text: string) => dataOf<{ question: PlanQuestion }>(await dispatch(ctx, 'questions.addToPlan', { accountId, text, origin: 'own' })).question.id
    const a = await add('How do you plan routes today?')
    const b = await add('What happens when a truck breaks down?')
    const c = await add('Who signs off on new tools?')
    const reordered = dataOf<CallPlan>(await dispatch(ctx, 'questions.reorderPlan', { accountId, orderedIds: [b, c, a] }))
    expect(reordered.questions.map((question) => question.id)).toEqual([b, c, a])

    const before = tables()
    expect(issuesOf(await dispatch(ctx, 'questions.reorderPlan', { accountId, orderedIds: [b, b, a] }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['orderedIds'],
    })
    expect(issuesOf(await dispatch(ctx, 'questions.reorderPlan', { accountId, orderedIds: [a, b] })).code).toBe('CONFLICT')
    expect(tables()).toEqual(before)
  })

  it('removes with Undo and edits a plan question', async () => {
    const added = dataOf<{ question: PlanQuestion }>(await dispatch(ctx, 'questions.addToPlan', { accountId, text: 'Do you track late deliveries?', origin: 'own' }))
    const id = added.question.id
    const edited = dataOf<PlanQuestion>(await dispatch(ctx, 'questions.updatePlanItem', { id, text: 'How do you track late deliveries today?', purpose: 'situation' }))
    expect(edited).toMatchObject({ text: 'How do you track late deliveries today?', purpose: 'situation' })
    dataOf(await dispatch(ctx, 'questions.removeFromPlan', { id }))
    expect(dataOf<CallPlan>(await dispatch(ctx, 'questions.plan', { accountId })).questions).toEqual([])
    dataOf(await dispatch(ctx, 'questions.restoreToPlan', { id }))
    expect(dataOf<CallPlan>(await dispatch(ctx, 'questions.plan', { accountId })).questions.map((q) => q.text)).toEqual(['How do you track late deliveries today?'])
  })
})

describe('objections channels', () => {
  it('creates account and reusable reactions, lists them apart, edits, deletes and restores', async () => {
    const mine = dataOf<Objection>(
      await dispatch(ctx, 'objections.create', { accountId, fields: { reaction: 'It sounds expensive.', answer: '  ' } }),
    )
    expect(mine.answer).toBeNull()
    const general = dataOf<Objection>(await dispatch(ctx, 'objections.create', { accountId: null, fields: { reaction: 'Send me something to read.' } }))
    let list = dataOf<ObjectionList>(await dispatch(ctx, 'objections.list', { accountId }))
    expect(list.account.map((o) => o.id)).toEqual([mine.id])
    expect(list.general.map((o) => o.id)).toEqual([general.id])

    dataOf(await dispatch(ctx, 'objections.update', { id: mine.id, fields: { reaction: 'It sounds expensive.', answer: 'Against what it costs you today?' } }))
    dataOf(await dispatch(ctx, 'objections.delete', { id: mine.id }))
    expect(dataOf<ObjectionList>(await dispatch(ctx, 'objections.list', { accountId })).account).toEqual([])
    dataOf(await dispatch(ctx, 'objections.restore', { id: mine.id }))
    list = dataOf<ObjectionList>(await dispatch(ctx, 'objections.list', { accountId }))
    expect(list.account.map((o) => o.answer)).toEqual(['Against what it costs you today?'])
  })

  it('refuses a blank reaction or a missing scope, writing nothing', async () => {
    const before = tables()
    expect(issuesOf(await dispatch(ctx, 'objections.create', { accountId, fields: { reaction: ' ', answer: 'x' } }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['fields.reaction'],
    })
    expect(issuesOf(await dispatch(ctx, 'objections.create', { fields: { reaction: 'Too busy.' } })).paths).toEqual(['accountId'])
    expect(issuesOf(await dispatch(ctx, 'objections.create', { accountId, fields: { reaction: 'x'.repeat(1001) } })).paths).toEqual(['fields.reaction'])
    expect(tables()).toEqual(before)
  })
})
