import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { version } from '../../package.json'
import type { HandlerContext } from '../handlers/context'
import { databaseFileName, openDatabase, type Database } from '../store/database'
import { resolveDataDir } from '../store/dataDir'
import { appOrigin, appSchemePrivileges, appScheme, resolveAppFile, withContentSecurityPolicy } from './appProtocol'
import { seedShippedQuestions } from '../handlers/starterQuestions'
import { denyAllPermissions, guardWebContents, type GuardDeps } from './guards'
import { registerIpc } from './ipc'
import { applicationMenuTemplate } from './menu'
import { printFocusedWindowToPdf } from './printToPdf'
import { mainWindowOptions } from './windowOptions'

protocol.registerSchemesAsPrivileged([appSchemePrivileges])

const builtDir = import.meta.dirname
const rendererDir = path.resolve(builtDir, '../renderer')
const preloadPath = path.resolve(builtDir, '../preload/index.cjs')
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.resolve(builtDir, '../../resources')

let db: Database | undefined
let context: HandlerContext | undefined

function log(message: string, error?: unknown): void {
  console.error(`[groundwork] ${message}`, error ?? '')
}

const guardDeps: GuardDeps = { openExternal: (url) => shell.openExternal(url) }

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  // 'web-contents-created' has guarded it already in Electron; this makes sure, and adds no second listener.
  guardWebContents(window.webContents, guardDeps)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${appOrigin}/`)
  return window
}

/**
 * The window goes up first so the renderer process starts while the database opens (its integrity check
 * takes a moment on a large territory). All of this runs in one synchronous block, so no request from the
 * page, IPC or app:// file, is served before the database is open and the handlers are registered.
 */
function start(): void {
  const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'))
  const databasePath = path.join(dataDir, databaseFileName)

  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rendererDir, request.url)
    const notFound = () => withContentSecurityPolicy(new Response('Not found', { status: 404 }))
    if (!file) return notFound()
    try {
      return withContentSecurityPolicy(await net.fetch(pathToFileURL(file).toString()))
    } catch {
      // A file the build does not have: a plain 404, as browser mode answers.
      return notFound()
    }
  })
  denyAllPermissions(session.defaultSession)
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, !app.isPackaged)))
  const window = createWindow()

  // `npm start` points this at the addon it built for Electron. A packaged app ships its own and never
  // reads it: an environment variable must not choose the native code the installed app runs.
  const nativeBinding = app.isPackaged ? undefined : process.env.GROUNDWORK_SQLITE_BINDING
  try {
    db = openDatabase(databasePath, { nativeBinding })
  } catch (error) {
    window.destroy()
    dialog.showErrorBox('Groundwork cannot open your data', error instanceof Error ? error.message : String(error))
    app.exit(1)
    return
  }
  const openDb = db
  context = { db: openDb, databasePath, resourcesDir, mode: 'desktop', version, printToPdf: printFocusedWindowToPdf }
  try {
    seedShippedQuestions(context)
  } catch (error) {
    // A damaged shipped file costs the starter questions, not the rep's work: the app still opens.
    log('the starter questions could not be added', error)
  }
  registerIpc(ipcMain, () => context as HandlerContext, log)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, guardDeps))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && context) createWindow()
  })
  app.on('will-quit', () => db?.close())
  void app.whenReady().then(start)
}
