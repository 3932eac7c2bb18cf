import fs from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HandlerContext } from '../../electron/handlers/context'
import { dispatch } from '../../electron/handlers/dispatch'
import { sampleTerritoryFile, sampleTerritoryNotEmpty } from '../../electron/handlers/sampleTerritory'
import type { Database } from '../../electron/store/database'
import { latestSchemaVersion } from '../../electron/store/migrations'
import type { Account, AppInfo } from '../../src/shared/contract'
import { makeTempDir, openTempDatabase, removeTempDirs } from '../support/tempDatabase'
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

async function create(name: string, extra: Record<string, unknown> = {}): Promise<Account> {
  return dataOf<Account>(await dispatch(ctx, 'accounts.create', { name, ...extra }))
}

function tableState(): { count: number; rows: unknown[] } {
  return {
    count: db.prepare('SELECT count(*) FROM account').pluck().get() as number,
    rows: db.prepare('SELECT * FROM account ORDER BY id').all(),
  }
}

describe('app channels', () => {
  it('app.info reports the version, schema, database path and mode', async () => {
    const info = dataOf<AppInfo>(await dispatch(ctx, 'app.info', {}))
    expect(info).toEqual({ version: 'test', schemaVersion: latestSchemaVersion, databasePath: ctx.databasePath, mode: 'browser' })
  })
})

describe('accounts channels through dispatch', () => {
  it('create, get, list, update, delete and restore', async () => {
    const created = await create('Harbour Freight Partners', { website: 'harbourfreight.example.com', employees: 1250, annualRevenue: 3_000_000 })
    expect(created).toMatchObject({ name: 'Harbour Freight Partners', website: 'harbourfreight.example.com', employees: 1250, annualRevenue: 3_000_000, city: null })
    const other = await create('acme Tools')

    expect(dataOf<Account>(await dispatch(ctx, 'accounts.get', { id: created.id }))).toEqual(created)
    expect(dataOf<Account[]>(await dispatch(ctx, 'accounts.list', {})).map((a) => a.name)).toEqual(['acme Tools', 'Harbour Freight Partners'])

    const updated = dataOf<Account>(await dispatch(ctx, 'accounts.update', { id: created.id, fields: { name: 'Harbour Freight', city: 'Halifax' } }))
    expect(updated).toMatchObject({ id: created.id, name: 'Harbour Freight', city: 'Halifax', website: null, createdAt: created.createdAt })

    const deleted = dataOf<{ id: string; deletedAt: string }>(await dispatch(ctx, 'accounts.delete', { id: created.id }))
    expect(deleted.id).toBe(created.id)
    expect(dataOf<Account[]>(await dispatch(ctx, 'accounts.list', {})).map((a) => a.id)).toEqual([other.id])
    const gone = await dispatch(ctx, 'accounts.get', { id: created.id })
    expect(gone.ok ? undefined : gone.error.code).toBe('NOT_FOUND')

    const restored = dataOf<Account>(await dispatch(ctx, 'accounts.restore', { id: created.id }))
    expect(restored).toMatchObject({ id: created.id, name: 'Harbour Freight', city: 'Halifax' })
    expect(dataOf<Account[]>(await dispatch(ctx, 'accounts.list', {}))).toHaveLength(2)
  })

  it('answers NOT_FOUND, with a message for the rep, when the account does not exist', async () => {
    const missing = '0190a000-0000-7000-8000-00000000dead'
    for (const [name, payload] of [
      ['accounts.get', { id: missing }],
      ['accounts.update', { id: missing, fields: { name: 'Ghost' } }],
      ['accounts.delete', { id: missing }],
      ['accounts.restore', { id: missing }],
    ] as const) {
      const envelope = await dispatch(ctx, name, payload)
      expect(envelope, name).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(envelope.ok ? '' : envelope.error.message).toMatch(/not found/i)
    }
    expect(tableState().count).toBe(0)
  })
})

describe('invalid input', () => {
  const tooLong = 'x'.repeat(201)
  const cases: { label: string; channel: string; payload: unknown; path: string }[] = [
    { label: 'missing name', channel: 'accounts.create', payload: { website: 'a.example.com' }, path: 'name' },
    { label: 'blank name', channel: 'accounts.create', payload: { name: '   ' }, path: 'name' },
    { label: 'name too long', channel: 'accounts.create', payload: { name: tooLong }, path: 'name' },
    { label: 'bad website', channel: 'accounts.create', payload: { name: 'A', website: 'not a website' }, path: 'website' },
    { label: 'website too long', channel: 'accounts.create', payload: { name: 'A', website: `${'a'.repeat(500)}.com` }, path: 'website' },
    { label: 'negative employees', channel: 'accounts.create', payload: { name: 'A', employees: -1 }, path: 'employees' },
    { label: 'non-integer employees', channel: 'accounts.create', payload: { name: 'A', employees: 12.5 }, path: 'employees' },
    { label: 'employees as text', channel: 'accounts.create', payload: { name: 'A', employees: '12' }, path: 'employees' },
    { label: 'name as a number', channel: 'accounts.create', payload: { name: 42 }, path: 'name' },
    { label: 'revenue as an object', channel: 'accounts.create', payload: { name: 'A', annualRevenue: { amount: 1 } }, path: 'annualRevenue' },
    { label: 'unknown extra key', channel: 'accounts.create', payload: { name: 'A', color: 'red' }, path: 'color' },
    { label: 'string payload', channel: 'accounts.create', payload: 'Acme', path: '' },
    { label: 'array payload', channel: 'accounts.create', payload: [{ name: 'A' }], path: '' },
    { label: 'null payload', channel: 'accounts.create', payload: null, path: '' },
    { label: 'undefined payload', channel: 'accounts.create', payload: undefined, path: '' },
    { label: 'update with a bad id', channel: 'accounts.update', payload: { id: 'not-an-id', fields: { name: 'A' } }, path: 'id' },
    { label: 'update with a blank name', channel: 'accounts.update', payload: { id: '0190a000-0000-7000-8000-000000000001', fields: { name: '' } }, path: 'fields.name' },
    { label: 'update with an unknown field', channel: 'accounts.update', payload: { id: '0190a000-0000-7000-8000-000000000001', fields: { name: 'A', owner: 'me' } }, path: 'fields.owner' },
    { label: 'delete without an id', channel: 'accounts.delete', payload: {}, path: 'id' },
    { label: 'restore with a numeric id', channel: 'accounts.restore', payload: { id: 7 }, path: 'id' },
    { label: 'list with an extra key', channel: 'accounts.list', payload: { limit: 5 }, path: 'limit' },
    { label: 'loadSample with undefined', channel: 'accounts.loadSample', payload: undefined, path: '' },
    { label: 'app.info with a string', channel: 'app.info', payload: 'info', path: '' },
  ]

  it.each(cases)('$label → INVALID_INPUT naming "$path", nothing written', async ({ channel, payload, path: field }) => {
    const existing = await create('Existing Account', { employees: 5 })
    const before = tableState()
    const envelope = await dispatch(ctx, channel, payload)
    expect(envelope.ok).toBe(false)
    if (envelope.ok) return
    expect(envelope.error.code).toBe('INVALID_INPUT')
    expect(envelope.error.issues?.map((issue) => issue.path)).toContain(field)
    const issue = envelope.error.issues?.find((i) => i.path === field)
    expect(issue?.message.length).toBeGreaterThan(0)
    if (field !== '') expect(envelope.error.message.startsWith(`${field}: `) || (envelope.error.issues?.length ?? 0) > 1).toBe(true)
    expect(tableState()).toEqual(before)
    expect(dataOf<Account>(await dispatch(ctx, 'accounts.get', { id: existing.id }))).toEqual(existing)
  })
})

describe('dispatch', () => {
  it('answers UNKNOWN_CHANNEL for a name the contract does not have', async () => {
    for (const name of ['accounts.drop', '', 'toString', '__proto__', 'constructor', 'x'.repeat(5000)]) {
      const envelope = await dispatch(ctx, name, {})
      expect(envelope, name.slice(0, 20)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
      expect(envelope.ok ? '' : envelope.error.message.length).toBeLessThan(200)
    }
  })

  it('turns an unexpected error into INTERNAL without a stack trace or file path, and reports it', async () => {
    const reported: { channel: string; error: unknown }[] = []
    const missingResources = path.join(makeTempDir(), 'no-such-folder')
    const envelope = await dispatch({ ...ctx, resourcesDir: missingResources }, 'accounts.loadSample', {}, {
      onUnexpectedError: (channel, error) => reported.push({ channel, error }),
    })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    const message = envelope.ok ? '' : envelope.error.message
    expect(message).not.toMatch(/ENOENT|no-such-folder|\bat \S+ \(|\.ts:\d+|\.js:\d+|node:/)
    expect(JSON.stringify(envelope)).not.toContain('stack')
    expect(reported).toHaveLength(1)
    expect(reported[0]?.channel).toBe('accounts.loadSample')
    expect(reported[0]?.error).toBeInstanceOf(Error)
    expect(tableState().count).toBe(0)
  })

  it('turns an error from a closed database into INTERNAL too', async () => {
    const { db: other, ctx: otherCtx } = openTempDatabase()
    other.close()
    const envelope = await dispatch(otherCtx, 'accounts.list', {})
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(envelope.ok ? '' : envelope.error.message).not.toMatch(/database connection|\bat /)
  })
})

describe('accounts.loadSample', () => {
  const sampleFile = path.resolve('resources', sampleTerritoryFile)

  it('loads every account in the shipped sample territory', async () => {
    const expected = Papa.parse<Record<string, string>>(fs.readFileSync(sampleFile, 'utf8'), { header: true, skipEmptyLines: true }).data
    expect(expected.length).toBeGreaterThanOrEqual(150)
    expect(expected.length).toBeLessThanOrEqual(250)

    const result = dataOf<{ added: number }>(await dispatch(ctx, 'accounts.loadSample', {}))
    expect(result.added).toBe(expected.length)
    const listed = dataOf<Account[]>(await dispatch(ctx, 'accounts.list', {}))
    expect(listed).toHaveLength(expected.length)
    expect(listed.map((a) => a.name).sort()).toEqual(expected.map((row) => row.name?.trim()).sort())
  })

  it('adds nothing when a row part-way through the file is invalid', async () => {
    const resourcesDir = makeTempDir()
    const lines = fs.readFileSync(sampleFile, 'utf8').trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(3)
    const header = lines[0] ?? ''
    const columns = header.split(',')
    // A row whose name is blank fails validation after the good rows before it have been read.
    const badRow = columns.map((column) => (column === 'name' ? '' : column === 'employees' ? '3' : '')).join(',')
    fs.writeFileSync(path.join(resourcesDir, sampleTerritoryFile), [...lines.slice(0, 50), badRow, ...lines.slice(50)].join('\n'))
    await create('Already Here')
    const before = tableState()

    const envelope = await dispatch({ ...ctx, resourcesDir }, 'accounts.loadSample', {})
    expect(envelope.ok).toBe(false)
    expect(tableState()).toEqual(before)
  })

  it('rolls back the rows already inserted when the database refuses one mid-way', async () => {
    // A deleted account does not stop the sample from loading (only live ones do), and stays as it was.
    const gone = await create('Already Here')
    dataOf(await dispatch(ctx, 'accounts.delete', { id: gone.id }))
    const before = tableState()
    // A trigger makes the 100th insert fail inside the transaction.
    db.exec(`CREATE TEMP TRIGGER fail_on_hundredth BEFORE INSERT ON account
             WHEN (SELECT count(*) FROM account) >= 100 BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const envelope = await dispatch(ctx, 'accounts.loadSample', {})
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    db.exec('DROP TRIGGER fail_on_hundredth')
    expect(tableState()).toEqual(before)
  })

  it('refuses a second load with CONFLICT, so two tabs cannot double the territory', async () => {
    const first = dataOf<{ added: number }>(await dispatch(ctx, 'accounts.loadSample', {}))
    const before = tableState()
    expect(before.count).toBe(first.added)
    const again = errorOf(await dispatch(ctx, 'accounts.loadSample', {}))
    expect(again).toEqual({ code: 'CONFLICT', message: sampleTerritoryNotEmpty })
    expect(again.message).toMatch(/already has accounts/)
    expect(tableState()).toEqual(before)
  })

  it('refuses to load into a territory that has any live account, and loads once they are all deleted', async () => {
    const mine = await create('My Own Account')
    const before = tableState()
    expect(errorOf(await dispatch(ctx, 'accounts.loadSample', {})).code).toBe('CONFLICT')
    expect(tableState()).toEqual(before)
    dataOf(await dispatch(ctx, 'accounts.delete', { id: mine.id }))
    expect(dataOf<{ added: number }>(await dispatch(ctx, 'accounts.loadSample', {})).added).toBeGreaterThan(0)
  })

  it('refuses two loads started together: exactly one adds the accounts', async () => {
    const replies = await Promise.all([dispatch(ctx, 'accounts.loadSample', {}), dispatch(ctx, 'accounts.loadSample', {})])
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1)
    expect(replies.filter((reply) => !reply.ok).map((reply) => errorOf(reply).code)).toEqual(['CONFLICT'])
    const added = replies.map((reply) => (reply.ok ? (reply.data as { added: number }).added : 0))
    expect(tableState().count).toBe(Math.max(...added))
  })

  it('says the shipped file is damaged, and what to do, instead of INTERNAL', async () => {
    const lines = fs.readFileSync(sampleFile, 'utf8').trimEnd().split('\n')
    const header = lines[0] ?? ''
    const badEmployees = (lines[3] ?? '').split(',').map((cell, i) => (header.split(',')[i] === 'employees' ? 'lots' : cell)).join(',')
    const cases: [string, string, RegExp][] = [
      ['an invalid value', [header, lines[1], lines[2], badEmployees].join('\n'), /row 3, employees: .*number/i],
      ['a blank name', [header, lines[1], ',,,,,,,,'].join('\n'), /row 2, name: Name is required/],
      ['a broken quote', [header, lines[1], '"Unclosed Ltd,https://unclosed.example,Retail'].join('\n'), /damaged \(Quoted field unterminated\)/],
      ['no accounts', header, /holds no accounts/],
    ]
    for (const [label, text, detail] of cases) {
      const resourcesDir = makeTempDir()
      fs.writeFileSync(path.join(resourcesDir, sampleTerritoryFile), text)
      const reported: unknown[] = []
      const envelope = await dispatch({ ...ctx, resourcesDir }, 'accounts.loadSample', {}, { onUnexpectedError: (_channel, error) => reported.push(error) })
      const error = errorOf(envelope)
      expect(error.code, label).toBe('IMPORT_FAILED')
      expect(error.message, label).toMatch(/^The sample territory shipped with Groundwork is damaged/)
      expect(error.message, label).toMatch(detail)
      expect(error.message, label).toMatch(/Reinstall Groundwork.*or import your own territory/)
      expect(reported, label).toEqual([])
      expect(tableState().count, label).toBe(0)
    }
  })
})
