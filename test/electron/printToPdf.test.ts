import type { IpcMainInvokeEvent } from 'electron'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeTempDir, removeTempDirs } from '../support/tempDatabase'

interface FakeWindow {
  title: string
  options?: unknown
  getTitle: () => string
  webContents: { printToPDF: ReturnType<typeof vi.fn>; on: ReturnType<typeof vi.fn>; setWindowOpenHandler: ReturnType<typeof vi.fn> }
  loadURL: ReturnType<typeof vi.fn>
  once: ReturnType<typeof vi.fn>
}

const state = vi.hoisted(() => ({
  focused: null as FakeWindow | null,
  windows: [] as FakeWindow[],
  documents: '/nonexistent/documents',
  ready: (): Promise<void> => new Promise<void>(() => {}),
}))

const electron = vi.hoisted(() => {
  function makeWindow(title: string, options?: unknown): FakeWindow {
    const window: FakeWindow = {
      title,
      options,
      getTitle: () => window.title,
      webContents: {
        printToPDF: vi.fn(async () => Buffer.from(`%PDF-1.7 ${window.title}`)),
        on: vi.fn(),
        setWindowOpenHandler: vi.fn(),
      },
      loadURL: vi.fn(async () => {}),
      once: vi.fn(),
    }
    return window
  }
  class BrowserWindow {
    constructor(options: unknown) {
      const window = makeWindow('Groundwork', options)
      state.windows.push(window)
      return window as unknown as BrowserWindow
    }
    static getFocusedWindow = vi.fn(() => state.focused)
    static getAllWindows = vi.fn(() => state.windows)
  }
  return {
    makeWindow,
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      on: vi.fn(),
      whenReady: vi.fn(() => state.ready()),
      getPath: vi.fn((name: string) => (name === 'documents' ? state.documents : '/nonexistent/userData')),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    net: { fetch: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn() },
  }
})
vi.mock('electron', () => electron)

const { pdfFileName, printFocusedWindowToPdf } = await import('../../electron/main/printToPdf')

beforeEach(() => {
  vi.clearAllMocks()
  state.focused = null
  state.windows.length = 0
  state.documents = makeTempDir()
  state.ready = () => new Promise<void>(() => {})
})

afterEach(() => {
  for (const call of electron.app.on.mock.calls) if (call[0] === 'will-quit') (call[1] as () => void)()
  vi.unstubAllEnvs()
})

afterAll(removeTempDirs)

describe('pdfFileName', () => {
  it('names the file after the window title, without characters a file system refuses', () => {
    expect(pdfFileName('Call sheet – Kestrel Freight')).toBe('Call sheet – Kestrel Freight.pdf')
    expect(pdfFileName('A/B: "C" <D>?*|\\E')).toBe('A B C D E.pdf')
    expect(pdfFileName('...hidden')).toBe('hidden.pdf')
    expect(pdfFileName('   ')).toBe('Groundwork.pdf')
    expect(pdfFileName('x'.repeat(300))).toBe(`${'x'.repeat(120)}.pdf`)
  })
})

describe('printFocusedWindowToPdf', () => {
  it('asks where to save, prints the focused window on A4 with backgrounds, and writes the PDF there', async () => {
    const window = electron.makeWindow('Call sheet – Kestrel Freight')
    state.focused = window
    state.windows.push(electron.makeWindow('Another window'), window)
    const target = path.join(state.documents, 'chosen.pdf')
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })

    expect(await printFocusedWindowToPdf()).toEqual({ path: target })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      title: 'Save the call sheet as PDF',
      defaultPath: path.join(state.documents, 'Call sheet – Kestrel Freight.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true })
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 Call sheet – Kestrel Freight')
  })

  it('falls back to the first window when none has focus', async () => {
    const window = electron.makeWindow('Groundwork')
    state.windows.push(window)
    const target = path.join(state.documents, 'sheet.pdf')
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    expect(await printFocusedWindowToPdf()).toEqual({ path: target })
    expect(fs.readFileSync(target).subarray(0, 4).toString()).toBe('%PDF')
  })

  it('writes nothing and answers null when the rep cancels or there is no window', async () => {
    const window = electron.makeWindow('Call sheet – Kestrel Freight')
    state.focused = window
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await printFocusedWindowToPdf()).toBeNull()
    expect(window.webContents.printToPDF).not.toHaveBeenCalled()
    expect(fs.readdirSync(state.documents)).toEqual([])

    state.focused = null
    electron.dialog.showSaveDialog.mockClear()
    expect(await printFocusedWindowToPdf()).toBeNull()
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('the desktop main', () => {
  it('gives the handlers the PDF capability, so app.printToPdf saves the focused window over IPC', async () => {
    vi.stubEnv('GROUNDWORK_DATA_DIR', makeTempDir())
    state.ready = () => Promise.resolve()
    vi.resetModules()
    await import('../../electron/main/index')
    await vi.waitFor(() => expect(state.windows).toHaveLength(1))
    const [window] = state.windows
    if (!window) throw new Error('no window')
    window.title = 'Call sheet – Kestrel Freight'
    state.focused = window
    const target = path.join(state.documents, 'kestrel.pdf')
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })

    const handler = electron.ipcMain.handle.mock.calls.find((call) => call[0] === 'groundwork:app.printToPdf')?.[1] as
      | ((event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>)
      | undefined
    if (!handler) throw new Error('app.printToPdf is not registered')
    const frame = { url: 'app://groundwork/', parent: null }
    const answer = await handler({ senderFrame: frame, sender: { mainFrame: frame } } as unknown as IpcMainInvokeEvent, {})
    expect(answer).toEqual({ ok: true, data: { path: target } })
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true })
    expect(fs.readFileSync(target).subarray(0, 4).toString()).toBe('%PDF')
  })
})
