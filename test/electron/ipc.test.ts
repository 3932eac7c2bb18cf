import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HandlerContext } from '../../electron/handlers/context'
import { registerIpc } from '../../electron/main/ipc'
import { ipcPrefix } from '../../electron/main/ipcChannel'
import type { Database } from '../../electron/store/database'
import { contract, type Envelope } from '../../src/shared/contract'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'

vi.mock('electron', () => ({}))

type IpcHandler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<Envelope<unknown>>

let db: Database
let ctx: HandlerContext
let handlers: Map<string, IpcHandler>
let getContext: ReturnType<typeof vi.fn<() => HandlerContext>>
let log: ReturnType<typeof vi.fn<(message: string, error?: unknown) => void>>
let registered: string[]

const mainFrame = { url: 'app://groundwork/', parent: null }

function eventFrom(senderFrame: { url: string; parent: unknown } | null, main: unknown = mainFrame): IpcMainInvokeEvent {
  return { senderFrame, sender: { mainFrame: main } } as unknown as IpcMainInvokeEvent
}

function accountCount(): number {
  return db.prepare('SELECT count(*) FROM account').pluck().get() as number
}

beforeEach(() => {
  ;({ db, ctx } = openTempDatabase())
  handlers = new Map()
  const ipcMain = {
    handle: (name: string, handler: IpcHandler) => {
      if (handlers.has(name)) throw new Error(`Attempted to register a second handler for '${name}'`)
      handlers.set(name, handler)
    },
  }
  getContext = vi.fn(() => ctx)
  log = vi.fn()
  registered = registerIpc(ipcMain as unknown as IpcMain, getContext, log)
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

function invoke(channel: string, payload: unknown, event: IpcMainInvokeEvent): Promise<Envelope<unknown>> {
  const handler = handlers.get(`${ipcPrefix}${channel}`)
  if (!handler) throw new Error(`no IPC handler for ${channel}`)
  return handler(event, payload)
}

describe('registerIpc', () => {
  it('registers exactly one groundwork: channel per contract channel, nothing else', () => {
    const expected = Object.keys(contract).map((name) => `groundwork:${name}`).sort()
    expect([...handlers.keys()].sort()).toEqual(expected)
    expect([...registered].sort()).toEqual(expected)
  })

  it('passes a call from our own main frame to dispatch, against the real database', async () => {
    const created = await invoke('accounts.create', { name: 'Desktop Ltd' }, eventFrom(mainFrame))
    expect(created).toMatchObject({ ok: true, data: { name: 'Desktop Ltd' } })
    expect(accountCount()).toBe(1)
    expect(getContext).toHaveBeenCalled()
    const info = await invoke('app.info', {}, eventFrom(mainFrame))
    expect(info).toMatchObject({ ok: true, data: { mode: 'browser', databasePath: ctx.databasePath } })
  })

  it('still validates the payload of a trusted call', async () => {
    const envelope = await invoke('accounts.create', { name: '' }, eventFrom(mainFrame))
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'name' }] } })
    expect(accountCount()).toBe(0)
  })

  const untrusted: { label: string; event: () => IpcMainInvokeEvent }[] = [
    { label: 'a subframe', event: () => eventFrom({ url: 'app://groundwork/', parent: mainFrame }) },
    { label: 'a foreign page in the main frame', event: () => { const frame = { url: 'https://evil.example/', parent: null }; return eventFrom(frame, frame) } },
    { label: 'a file:// page', event: () => { const frame = { url: 'file:///tmp/x.html', parent: null }; return eventFrom(frame, frame) } },
    { label: 'a top-level frame that is not the main frame', event: () => eventFrom({ url: 'app://groundwork/', parent: null }) },
    { label: 'a destroyed frame', event: () => eventFrom(null) },
  ]

  it.each(untrusted)('refuses $label without reaching the handler', async ({ event }) => {
    const envelope = await invoke('accounts.create', { name: 'Planted Ltd' }, event())
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    expect(getContext).not.toHaveBeenCalled()
    expect(accountCount()).toBe(0)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('accounts.create'))
  })
})
