import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNamePattern, type PreloadBridge } from '../../electron/main/ipcChannel'
import { contract } from '../../src/shared/contract'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, data: { channel, payload } })), send: vi.fn(), on: vi.fn() },
}))
vi.mock('electron', () => electron)

let exposed: Record<string, unknown>

beforeAll(async () => {
  await import('../../electron/preload/index')
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [key, value] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>]
  expect(key).toBe('groundwork')
  exposed = value
})

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear()
})

describe('the preload', () => {
  it('exposes one key, groundwork, holding exactly one function, invoke', () => {
    expect(electron.contextBridge.exposeInMainWorld.mock.calls.map((call) => call[0])).toEqual(['groundwork'])
    expect(Object.keys(exposed)).toEqual(['invoke'])
    expect(typeof exposed.invoke).toBe('function')
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled()
  })

  it('forwards a contract channel under the groundwork: prefix with its payload', async () => {
    const bridge = exposed as unknown as PreloadBridge
    const payload = { name: 'Acme' }
    await expect(bridge.invoke('accounts.create', payload)).resolves.toEqual({ ok: true, data: { channel: 'groundwork:accounts.create', payload } })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('groundwork:accounts.create', payload)
  })

  it('lets every contract channel name through', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(channelNamePattern)
  })

  it.each(['', 'accounts', 'Accounts.list', 'groundwork:accounts.list', 'accounts.list\n', '../accounts.list', 'accounts..list', 'accounts.list ', 'accounts.li-st', 42, null, undefined, { toString: () => 'app.info' }])(
    'refuses %j without touching IPC',
    async (channel) => {
      const bridge = exposed as unknown as { invoke: (channel: unknown, payload: unknown) => Promise<unknown> }
      await expect(bridge.invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled()
    },
  )
})
