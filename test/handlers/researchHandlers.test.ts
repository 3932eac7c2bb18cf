import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { HandlerContext } from '../../electron/handlers/context'
import { dispatch } from '../../electron/handlers/dispatch'
import type { Database } from '../../electron/store/database'
import { contract, type ChannelInput, type ChannelName, type Envelope } from '../../src/shared/contract'
import type { ResearchNote, SearchHit } from '../../src/shared/contract/research'
import { localIsoDate } from '../../src/shared/domain/research'
import type { ToVerifyItem } from '../../src/shared/domain/toVerify'
import { insertTestAccount } from '../support/accounts'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'

let db: Database
let ctx: HandlerContext
let accountId: string

beforeEach(() => {
  ;({ db, ctx } = openTempDatabase())
  accountId = insertTestAccount(db, { name: 'Harbour Freight', industry: 'Logistics', city: 'Halifax', country: 'Canada' }).id
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

/** Calls through dispatch, as both transports do, and checks the answer against the channel's output schema. */
async function ok<T>(channel: ChannelName, payload: unknown): Promise<T> {
  const envelope = await dispatch(ctx, channel, payload)
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`)
  const output: z.ZodType = contract[channel].output
  const parsed = output.safeParse(JSON.parse(JSON.stringify(envelope.data)))
  expect(parsed.success, parsed.error ? z.prettifyError(parsed.error) : '').toBe(true)
  return envelope.data as T
}

async function failure(channel: ChannelName, payload: unknown): Promise<{ code: string; message: string; issues?: { path: string; message: string }[] }> {
  const envelope: Envelope<unknown> = await dispatch(ctx, channel, payload)
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.data)}`)
  return envelope.error
}

/** Every row a research write could touch, so a refused call can be shown to have written nothing. */
function snapshot() {
  return {
    notes: db.prepare('SELECT * FROM research_note ORDER BY id').all(),
    settings: db.prepare('SELECT * FROM setting ORDER BY key').all(),
    documents: db.prepare('SELECT * FROM search_document ORDER BY id').all(),
  }
}

const note = (more: Record<string, unknown> = {}): ChannelInput<'research.create'>['fields'] => ({
  kind: 'fact',
  text: 'Runs forty trucks out of Halifax',
  source: 'https://example.com/fleet',
  observedOn: '2025-05-01',
  ...more,
})

describe('research notes through dispatch', () => {
  it('creates, lists, updates, deletes and restores a note', async () => {
    const created = await ok<ResearchNote>('research.create', { accountId, fields: note({ source: '  https://example.com/fleet  ', contactId: null }) })
    expect(created).toMatchObject({ accountId, kind: 'fact', text: 'Runs forty trucks out of Halifax', source: 'https://example.com/fleet', contactId: null })
    expect(await ok<ResearchNote[]>('research.list', { accountId })).toEqual([created])

    const updated = await ok<ResearchNote>('research.update', { id: created.id, fields: note({ kind: 'assumption', text: 'They may run more', source: '' }) })
    expect(updated).toMatchObject({ id: created.id, kind: 'assumption', text: 'They may run more', source: null })

    await ok('research.delete', { id: created.id })
    expect(await ok<ResearchNote[]>('research.list', { accountId })).toEqual([])
    expect((await failure('research.delete', { id: created.id })).code).toBe('NOT_FOUND')
    expect(await ok<ResearchNote>('research.restore', { id: created.id })).toMatchObject({ id: created.id, text: 'They may run more' })
  })

  const invalid: { label: string; channel: ChannelName; payload: () => unknown; path: string }[] = [
    { label: 'a blank note', channel: 'research.create', payload: () => ({ accountId, fields: note({ text: '   ' }) }), path: 'fields.text' },
    { label: 'a note that is too long', channel: 'research.create', payload: () => ({ accountId, fields: note({ text: 'x'.repeat(4001) }) }), path: 'fields.text' },
    { label: 'an unknown kind', channel: 'research.create', payload: () => ({ accountId, fields: note({ kind: 'rumour' }) }), path: 'fields.kind' },
    { label: 'a fact without a source', channel: 'research.create', payload: () => ({ accountId, fields: note({ source: '  ' }) }), path: 'fields.source' },
    { label: 'a trigger event without a source', channel: 'research.create', payload: () => ({ accountId, fields: note({ kind: 'trigger-event', source: null }) }), path: 'fields.source' },
    { label: 'a source that is too long', channel: 'research.create', payload: () => ({ accountId, fields: note({ source: `https://example.com/${'x'.repeat(500)}` }) }), path: 'fields.source' },
    { label: 'a date that does not exist', channel: 'research.create', payload: () => ({ accountId, fields: note({ observedOn: '2025-02-30' }) }), path: 'fields.observedOn' },
    { label: 'a date in another format', channel: 'research.create', payload: () => ({ accountId, fields: note({ observedOn: '01/05/2025' }) }), path: 'fields.observedOn' },
    { label: 'a date in the future', channel: 'research.create', payload: () => ({ accountId, fields: note({ observedOn: '2999-01-01' }) }), path: 'fields.observedOn' },
    { label: 'a missing date', channel: 'research.create', payload: () => ({ accountId, fields: note({ observedOn: undefined }) }), path: 'fields.observedOn' },
    { label: 'a bad person id', channel: 'research.create', payload: () => ({ accountId, fields: note({ contactId: 'someone' }) }), path: 'fields.contactId' },
    { label: 'an unknown field', channel: 'research.create', payload: () => ({ accountId, fields: { ...note(), colour: 'red' } }), path: 'fields.colour' },
    { label: 'a bad account id', channel: 'research.create', payload: () => ({ accountId: 'nope', fields: note() }), path: 'accountId' },
    { label: 'a bad note id', channel: 'research.update', payload: () => ({ id: 42, fields: note() }), path: 'id' },
    { label: 'a stale age of zero', channel: 'research.setStaleAfterDays', payload: () => ({ staleAfterDays: 0 }), path: 'staleAfterDays' },
    { label: 'a fractional stale age', channel: 'research.setStaleAfterDays', payload: () => ({ staleAfterDays: 1.5 }), path: 'staleAfterDays' },
    { label: 'a stale age of forever', channel: 'research.setStaleAfterDays', payload: () => ({ staleAfterDays: 100_000 }), path: 'staleAfterDays' },
    { label: 'a search that is too long', channel: 'search.query', payload: () => ({ text: 'x'.repeat(201) }), path: 'text' },
    { label: 'too many results', channel: 'search.query', payload: () => ({ text: 'harbour', limit: 51 }), path: 'limit' },
    { label: 'a search that is not text', channel: 'search.query', payload: () => ({ text: ['harbour'] }), path: 'text' },
    { label: 'a bad account for verify', channel: 'verify.list', payload: () => ({ accountId: '' }), path: 'accountId' },
  ]

  it.each(invalid)('refuses $label with INVALID_INPUT naming the field, and writes nothing', async ({ channel, payload, path }) => {
    await ok('research.create', { accountId, fields: note() })
    const before = snapshot()
    const error = await failure(channel, payload())
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues?.map((issue) => issue.path)).toContain(path)
    expect(error.message.length).toBeGreaterThan(0)
    expect(snapshot()).toEqual(before)
  })

  it('refuses a person from another account with the field named, and writes nothing', async () => {
    const other = insertTestAccount(db, { name: 'Zephyr' }).id
    const created = await dispatch(ctx, 'contacts.create', { accountId: other, fields: { name: 'Sam Ortiz' } })
    if (!created.ok) throw new Error('could not add a contact')
    const before = snapshot()
    const error = await failure('research.create', { accountId, fields: note({ contactId: (created.data as { id: string }).id }) })
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'fields.contactId' }] })
    expect(snapshot()).toEqual(before)
  })

  it('accepts an assumption without a source', async () => {
    expect(await ok<ResearchNote>('research.create', { accountId, fields: note({ kind: 'assumption', source: null }) })).toMatchObject({ source: null })
  })
})

describe('settings through dispatch', () => {
  it('reads and sets the stale age', async () => {
    expect(await ok('research.getSettings', {})).toEqual({ staleAfterDays: 90 })
    expect(await ok('research.setStaleAfterDays', { staleAfterDays: 45 })).toEqual({ staleAfterDays: 45 })
    expect(await ok('research.getSettings', {})).toEqual({ staleAfterDays: 45 })
  })
})

describe('search through dispatch', () => {
  it('finds what was just written, with highlight ranges', async () => {
    await ok('research.create', { accountId, fields: note({ text: 'Opened a cold-chain depot in Moncton' }) })
    const hits = await ok<SearchHit[]>('search.query', { text: 'moncton' })
    expect(hits).toHaveLength(1)
    const [hit] = hits
    expect(hit).toMatchObject({ kind: 'note', accountId, title: 'Harbour Freight' })
    expect(hit?.snippetRanges.map((range) => hit.snippet.slice(range.start, range.end))).toEqual(['Moncton'])
    expect((await ok<SearchHit[]>('search.query', { text: 'harbour', limit: 1 })).map((found) => found.kind)).toEqual(['account'])
  })

  it('answers hostile or empty text with hits or none, never an error', async () => {
    for (const text of ['', '"', '*', 'NEAR(', 'OR', '-', ':', 'harbour OR "', '(((']) expect(Array.isArray(await ok('search.query', { text }))).toBe(true)
  })
})

describe('verify.list through dispatch', () => {
  it('lists assumptions and stale facts for the account', async () => {
    const assumption = await ok<ResearchNote>('research.create', { accountId, fields: note({ kind: 'assumption', text: 'They plan routes in spreadsheets', source: null }) })
    const old = await ok<ResearchNote>('research.create', { accountId, fields: note({ observedOn: '2020-01-01' }) })
    await ok('research.create', { accountId, fields: note({ observedOn: localIsoDate(new Date()) }) })
    const items = await ok<ToVerifyItem[]>('verify.list', { accountId })
    expect(items.map((item) => [item.key, item.kind])).toEqual([
      [`note:${assumption.id}`, 'assumption'],
      [`note:${old.id}`, 'stale-fact'],
    ])
  })

  it('says NOT_FOUND for an account that is not there', async () => {
    expect((await failure('verify.list', { accountId: '0190a000-0000-7000-8000-00000000dead' })).code).toBe('NOT_FOUND')
  })
})
