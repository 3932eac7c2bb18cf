import BetterSqlite3 from 'better-sqlite3'
import type { IpcMainInvokeEvent } from 'electron'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appSchemePrivileges } from '../../electron/main/appProtocol'
import { contentSecurityPolicy } from '../../electron/server/security'
import { databaseFileName, openDatabase } from '../../electron/store/database'
import { contract } from '../../src/shared/contract'
import { makeTempDir, removeTempDirs } from '../support/tempDatabase'

type Listener = (...args: unknown[]) => unknown

type FakeWindowRecord = {
  options: unknown
  loadURL: ReturnType<typeof vi.fn>
  destroy: ReturnType<typeof vi.fn>
  once: ReturnType<typeof vi.fn>
  webContents: { on: ReturnType<typeof vi.fn>; setWindowOpenHandler: ReturnType<typeof vi.fn> }
}

const state = vi.hoisted(() => ({
  /** Every window made, including any destroyed since. */
  created: [] as FakeWindowRecord[],
  lock: true,
  ready: (): Promise<void> => new Promise<void>(() => {}),
  windows: [] as { options: unknown; loadURL: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn>; webContents: { on: ReturnType<typeof vi.fn>; setWindowOpenHandler: ReturnType<typeof vi.fn> } }[],
}))

const electron = vi.hoisted(() => {
  class FakeWindow {
    readonly options: unknown
    readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    readonly loadURL = vi.fn(async () => {})
    readonly once = vi.fn()
    /** As in Electron, a destroyed window is no longer among all windows. */
    readonly destroy = vi.fn(() => {
      state.windows.splice(state.windows.indexOf(this), 1)
    })
    constructor(options: unknown) {
      this.options = options
      state.windows.push(this)
      state.created.push(this)
    }
    static getAllWindows() {
      return state.windows
    }
  }
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      exit: vi.fn(),
      on: vi.fn(),
      whenReady: vi.fn(() => state.ready()),
      getPath: vi.fn(() => '/nonexistent/userData'),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    net: { fetch: vi.fn(async (url: string) => new Response(`fetched ${url}`)) },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn() },
  }
})
vi.mock('electron', () => electron)

function appListener(name: string): Listener | undefined {
  return electron.app.on.mock.calls.find((call) => call[0] === name)?.[1] as Listener | undefined
}

async function importMain(): Promise<void> {
  vi.resetModules()
  await import('../../electron/main/index')
}

beforeEach(() => {
  vi.clearAllMocks()
  state.lock = true
  state.ready = () => new Promise<void>(() => {})
  state.windows.length = 0
  state.created.length = 0
})

afterEach(() => {
  appListener('will-quit')?.()
  vi.unstubAllEnvs()
})

afterAll(removeTempDirs)

describe('electron/main/index.ts', () => {
  it('registers the app:// scheme as privileged before the app is ready, and takes the single-instance lock', async () => {
    await importMain()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([appSchemePrivileges])
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
    const registeredAt = electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity
    const readyAt = electron.app.whenReady.mock.invocationCallOrder[0] ?? -Infinity
    expect(registeredAt).toBeLessThan(readyAt)
    expect(electron.app.on.mock.calls.map((call) => call[0])).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']))
    // Nothing is opened until Electron is ready.
    expect(state.windows).toHaveLength(0)
    expect(electron.ipcMain.handle).not.toHaveBeenCalled()
  })

  it('quits at once when another instance holds the lock', async () => {
    state.lock = false
    await importMain()
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(state.windows).toHaveLength(0)
  })

  it('guards every web contents the app creates', async () => {
    await importMain()
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    appListener('web-contents-created')?.({}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
    expect(contents.on.mock.calls.map((call) => call[0])).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']))
  })

  it('once ready, opens the database, wires IPC, the protocol and permissions, and loads the guarded window', async () => {
    const dataDir = makeTempDir()
    vi.stubEnv('GROUNDWORK_DATA_DIR', dataDir)
    state.ready = () => Promise.resolve()
    await importMain()
    await vi.waitFor(() => expect(state.windows).toHaveLength(1))

    const window = state.windows[0]
    expect(window?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } })
    const preload = (window?.options as { webPreferences: { preload: string } }).webPreferences.preload
    expect(preload.endsWith(path.join('preload', 'index.cjs'))).toBe(true)
    expect(window?.loadURL).toHaveBeenCalledWith('app://groundwork/')
    expect(window?.webContents.setWindowOpenHandler).toHaveBeenCalled()
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled()

    const ipcNames = electron.ipcMain.handle.mock.calls.map((call) => call[0])
    expect(ipcNames.sort()).toEqual(Object.keys(contract).map((name) => `groundwork:${name}`).sort())
    const infoHandler = electron.ipcMain.handle.mock.calls.find((call) => call[0] === 'groundwork:app.info')?.[1] as (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>
    const frame = { url: 'app://groundwork/', parent: null }
    const info = await infoHandler({ senderFrame: frame, sender: { mainFrame: frame } } as unknown as IpcMainInvokeEvent, {})
    expect(info).toMatchObject({ ok: true, data: { mode: 'desktop', databasePath: path.join(dataDir, databaseFileName) } })

    const [scheme, serveFile] = electron.protocol.handle.mock.calls[0] as [string, (request: { url: string }) => Promise<Response> | Response]
    expect(scheme).toBe('app')
    const asset = await serveFile({ url: 'app://groundwork/assets/app.js' })
    expect(await asset.text()).toMatch(/^fetched file:\/\/.*\/renderer\/assets\/app\.js$/)
    expect(asset.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
    const refused = await serveFile({ url: 'app://evil/assets/app.js' })
    expect(refused.status).toBe(404)
    expect(refused.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
    // A file the build does not have is a 404 too, not a failed request.
    electron.net.fetch.mockRejectedValueOnce(new Error('net::ERR_FILE_NOT_FOUND'))
    const missing = await serveFile({ url: 'app://groundwork/assets/gone.js' })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
  })

  it('shows an error and exits, leaving the file alone, when the database is from a newer version', async () => {
    const dataDir = makeTempDir()
    openDatabase(path.join(dataDir, databaseFileName)).close()
    const raw = new BetterSqlite3(path.join(dataDir, databaseFileName))
    raw.pragma('user_version = 9999')
    raw.close()
    vi.stubEnv('GROUNDWORK_DATA_DIR', dataDir)
    state.ready = () => Promise.resolve()
    await importMain()
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1))
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Groundwork cannot open your data', expect.stringContaining('newer version'))
    expect(state.windows).toHaveLength(0)
    expect(electron.ipcMain.handle).not.toHaveBeenCalled()
  })

  it('puts the window up before opening the database, and takes it down before saying the file cannot be opened', async () => {
    const dataDir = makeTempDir()
    openDatabase(path.join(dataDir, databaseFileName)).close()
    const raw = new BetterSqlite3(path.join(dataDir, databaseFileName))
    raw.pragma('user_version = 9999')
    raw.close()
    vi.stubEnv('GROUNDWORK_DATA_DIR', dataDir)
    state.ready = () => Promise.resolve()
    await importMain()
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1))
    expect(state.created).toHaveLength(1)
    const window = state.created[0]
    expect(window?.loadURL).toHaveBeenCalledWith('app://groundwork/')
    const destroyedAt = window?.destroy.mock.invocationCallOrder[0] ?? Infinity
    expect(destroyedAt).toBeLessThan(electron.dialog.showErrorBox.mock.invocationCallOrder[0] ?? -Infinity)
    expect(window?.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function))
  })

  it('serves IPC only once the database is open, in the same step that put the window up', async () => {
    const dataDir = makeTempDir()
    vi.stubEnv('GROUNDWORK_DATA_DIR', dataDir)
    state.ready = () => Promise.resolve()
    await importMain()
    await vi.waitFor(() => expect(state.windows).toHaveLength(1))
    const loadedAt = state.windows[0]?.loadURL.mock.invocationCallOrder[0] ?? Infinity
    const ipcAt = electron.ipcMain.handle.mock.invocationCallOrder[0] ?? -Infinity
    expect(loadedAt).toBeLessThan(ipcAt)
  })

  it('in development, loads the database addon GROUNDWORK_SQLITE_BINDING names (the one npm start built)', async () => {
    vi.stubEnv('GROUNDWORK_DATA_DIR', makeTempDir())
    vi.stubEnv('GROUNDWORK_SQLITE_BINDING', path.join(makeTempDir(), 'not-an-addon.node'))
    state.ready = () => Promise.resolve()
    await importMain()
    // The named file is not there, so opening fails: proof that the variable was used.
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1))
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Groundwork cannot open your data', expect.stringContaining('not-an-addon.node'))
  })

  it('in a packaged app, ignores GROUNDWORK_SQLITE_BINDING and loads its own addon', async () => {
    const dataDir = makeTempDir()
    vi.stubEnv('GROUNDWORK_DATA_DIR', dataDir)
    vi.stubEnv('GROUNDWORK_SQLITE_BINDING', path.join(makeTempDir(), 'planted.node'))
    const withResources = process as NodeJS.Process & { resourcesPath?: string }
    const resourcesPath = withResources.resourcesPath
    electron.app.isPackaged = true
    withResources.resourcesPath = path.resolve('.')
    try {
      state.ready = () => Promise.resolve()
      await importMain()
      await vi.waitFor(() => expect(electron.ipcMain.handle).toHaveBeenCalled())
      expect(electron.app.exit).not.toHaveBeenCalled()
      expect(electron.dialog.showErrorBox).not.toHaveBeenCalled()
      expect(state.windows).toHaveLength(1)
    } finally {
      electron.app.isPackaged = false
      withResources.resourcesPath = resourcesPath
    }
  })

  it('adds no second set of guards to the main window when Electron reports its contents as created', async () => {
    const dataDir = makeTempDir()
    vi.stubEnv('GROUNDWORK_DATA_DIR', dataDir)
    state.ready = () => Promise.resolve()
    await importMain()
    await vi.waitFor(() => expect(state.windows).toHaveLength(1))
    const contents = state.windows[0]?.webContents
    appListener('web-contents-created')?.({}, contents)
    expect(contents?.setWindowOpenHandler).toHaveBeenCalledTimes(1)
    expect(contents?.on.mock.calls.filter((call) => call[0] === 'will-navigate')).toHaveLength(1)
  })
})
