import { afterEach, describe, expect, it } from 'vitest'
import type { HandlerContext } from '../../electron/handlers/context'
import { dispatch } from '../../electron/handlers/dispatch'
import type { Database } from '../../electron/store/database'
import { setAccountDoNotContact } from '../../electron/store/repositories/contacts'
import type { AccountChecklist, CallQueueEntry, CallSheet, OwnChecklistItem, Readiness } from '../../src/shared/contract/checklist'
import type { Envelope } from '../../src/shared/contract/envelope'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'
import { doPrepStep, newAccount, preparedTarget } from '../support/preparedTarget'

const opened: Database[] = []
function fresh(): { db: Database; ctx: HandlerContext } {
  const { db, ctx } = openTempDatabase()
  opened.push(db)
  return { db, ctx }
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
  removeTempDirs()
})

async function ok<T>(ctx: HandlerContext, channel: string, payload: unknown): Promise<T> {
  const envelope = await dispatch(ctx, channel, payload)
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`)
  return envelope.data as T
}

function failure(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error(`expected a failure, got ${JSON.stringify(envelope.data)}`)
  return envelope.error
}

function ownItemCount(db: Database): number {
  return db.prepare('SELECT count(*) FROM checklist_item').pluck().get() as number
}

describe('checklist channels', () => {
  it('checklist.get follows the preparation, and readiness and the call queue follow the checklist', async () => {
    const { db, ctx } = fresh()
    const accountId = preparedTarget(db, 'Kestrel Freight', { skip: ['form'] })
    const before = await ok<AccountChecklist>(ctx, 'checklist.get', { accountId })
    expect(before.ready).toBe(false)
    expect(before.items.find((item) => item.id === 'form')).toMatchObject({ done: false, missing: expect.stringContaining('Prospect Analysis Form') })
    expect(await ok<Readiness[]>(ctx, 'checklist.readiness', {})).toEqual([{ accountId, ready: false, missing: before.missing }])
    expect(await ok<CallQueueEntry[]>(ctx, 'callQueue.list', {})).toEqual([])

    doPrepStep(db, accountId, 'form')
    expect(await ok<AccountChecklist>(ctx, 'checklist.get', { accountId })).toMatchObject({ ready: true, missing: [] })
    expect(await ok<Readiness[]>(ctx, 'checklist.readiness', {})).toEqual([{ accountId, ready: true, missing: [] }])
    expect((await ok<CallQueueEntry[]>(ctx, 'callQueue.list', {})).map((entry) => entry.accountId)).toEqual([accountId])

    setAccountDoNotContact(db, accountId, true, 'Asked never to be called')
    expect(await ok<CallQueueEntry[]>(ctx, 'callQueue.list', {})).toEqual([])
    expect((await ok<Readiness[]>(ctx, 'checklist.readiness', {}))[0]?.ready).toBe(false)
  })

  it('adds, edits, ticks, deletes and restores the rep’s own items', async () => {
    const { db, ctx } = fresh()
    const accountId = preparedTarget(db, 'Kestrel Freight')
    const item = await ok<OwnChecklistItem>(ctx, 'checklist.addItem', { accountId, text: '  Read the annual report  ' })
    expect(item).toMatchObject({ accountId, text: 'Read the annual report', done: false })
    expect((await ok<AccountChecklist>(ctx, 'checklist.get', { accountId })).ready).toBe(false)

    await ok(ctx, 'checklist.updateItem', { id: item.id, text: 'Read the 2025 report' })
    expect(await ok<OwnChecklistItem>(ctx, 'checklist.toggleItem', { id: item.id, done: true })).toMatchObject({ text: 'Read the 2025 report', done: true })
    expect((await ok<AccountChecklist>(ctx, 'checklist.get', { accountId })).ready).toBe(true)
    await ok(ctx, 'checklist.toggleItem', { id: item.id, done: false })

    await ok(ctx, 'checklist.deleteItem', { id: item.id })
    expect((await ok<AccountChecklist>(ctx, 'checklist.get', { accountId })).ready).toBe(true)
    expect(failure(await dispatch(ctx, 'checklist.deleteItem', { id: item.id })).code).toBe('NOT_FOUND')
    expect(await ok<OwnChecklistItem>(ctx, 'checklist.restoreItem', { id: item.id })).toMatchObject({ done: false })
    expect((await ok<AccountChecklist>(ctx, 'checklist.get', { accountId })).ready).toBe(false)
  })

  it.each([
    ['a blank item', 'checklist.addItem', { text: '   ' }, 'text'],
    ['an item too long', 'checklist.addItem', { text: 'x'.repeat(301) }, 'text'],
    ['an item that is not text', 'checklist.addItem', { text: 42 }, 'text'],
    ['a bad account id', 'checklist.addItem', { accountId: 'not-an-id', text: 'Read the report' }, 'accountId'],
    ['an unknown field', 'checklist.addItem', { text: 'Read the report', done: true }, 'done'],
  ])('refuses %s with INVALID_INPUT naming the field, and writes nothing', async (_label, channel, change, field) => {
    const { db, ctx } = fresh()
    const accountId = newAccount(db, 'Kestrel Freight')
    const error = failure(await dispatch(ctx, channel, { accountId, ...change }))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues?.map((issue) => issue.path)).toContain(field)
    expect(ownItemCount(db)).toBe(0)
  })

  it('refuses a tick that is not yes or no, and an edit to blank, leaving the item as it was', async () => {
    const { db, ctx } = fresh()
    const accountId = newAccount(db, 'Kestrel Freight')
    const item = await ok<OwnChecklistItem>(ctx, 'checklist.addItem', { accountId, text: 'Read the annual report' })
    const tick = failure(await dispatch(ctx, 'checklist.toggleItem', { id: item.id, done: 'yes' }))
    expect(tick).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'done', message: 'Say whether the item is done' }] })
    const blank = failure(await dispatch(ctx, 'checklist.updateItem', { id: item.id, text: '' }))
    expect(blank).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'text', message: 'Item is required' }] })
    expect(db.prepare('SELECT text, done, updated_at FROM checklist_item').all()).toEqual([{ text: 'Read the annual report', done: 0, updated_at: item.updatedAt }])
  })

  it('answers NOT_FOUND for the checklist or the sheet of an account that does not exist', async () => {
    const { ctx } = fresh()
    const accountId = '0190a000-0000-7000-8000-00000000dead'
    expect(failure(await dispatch(ctx, 'checklist.get', { accountId })).code).toBe('NOT_FOUND')
    expect(failure(await dispatch(ctx, 'callSheet.get', { accountId })).code).toBe('NOT_FOUND')
    expect(failure(await dispatch(ctx, 'checklist.addItem', { accountId, text: 'Read the report' })).code).toBe('NOT_FOUND')
  })

  it('callSheet.get answers the brief of one target', async () => {
    const { db, ctx } = fresh()
    const accountId = preparedTarget(db, 'Kestrel Freight')
    const sheet = await ok<CallSheet>(ctx, 'callSheet.get', { accountId })
    expect(sheet).toMatchObject({ accountId, ready: true, account: { name: 'Kestrel Freight' }, contacts: [{ name: 'Dana Whitfield' }] })
    expect(sheet.questions.map((question) => question.position)).toEqual([0, 1, 2])
  })
})

describe('app.printToPdf', () => {
  it('in browser mode answers an error that tells the rep to use the print dialog', async () => {
    const { ctx } = fresh()
    const error = failure(await dispatch(ctx, 'app.printToPdf', {}))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('print dialog')
  })

  it('in the desktop app uses the capability the main process gives, and reports a cancelled save as no path', async () => {
    const { ctx } = fresh()
    const calls: string[] = []
    const desktop: HandlerContext = { ...ctx, mode: 'desktop', printToPdf: async () => (calls.push('print'), { path: '/home/rep/Kestrel.pdf' }) }
    expect(await ok(desktop, 'app.printToPdf', {})).toEqual({ path: '/home/rep/Kestrel.pdf' })
    const cancelled: HandlerContext = { ...ctx, mode: 'desktop', printToPdf: async () => (calls.push('cancel'), null) }
    expect(await ok(cancelled, 'app.printToPdf', {})).toEqual({ path: null })
    expect(calls).toEqual(['print', 'cancel'])
    expect(failure(await dispatch(desktop, 'app.printToPdf', { pageSize: 'A3' })).code).toBe('INVALID_INPUT')
  })
})
