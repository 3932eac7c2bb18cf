import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { version } from '../../package.json'
import type { HandlerContext } from '../handlers/context'
import { databaseFileName, openDatabase, type Database } from '../store/database'
import { resolveDataDir } from '../store/dataDir'
import { appOrigin, appSchemePrivileges, appScheme, resolveAppFile, withContentSecurityPolicy } from './appProtocol'
import { denyAllPermissions, guardWebContents } from './guards'
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

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  guardWebContents(window.webContents, { openExternal: (url) => shell.openExternal(url) })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${appOrigin}/`)
  return window
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'))
  const databasePath = path.join(dataDir, databaseFileName)
  try {
    db = openDatabase(databasePath, { nativeBinding: process.env.GROUNDWORK_SQLITE_BINDING })
  } catch (error) {
    dialog.showErrorBox('Groundwork cannot open your data', error instanceof Error ? error.message : String(error))
    app.exit(1)
    return
  }
  const openDb = db
  context = { db: openDb, databasePath, resourcesDir, mode: 'desktop', version, printToPdf: printFocusedWindowToPdf }

  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rendererDir, request.url)
    if (!file) return withContentSecurityPolicy(new Response('Not found', { status: 404 }))
    return withContentSecurityPolicy(await net.fetch(pathToFileURL(file).toString()))
  })
  denyAllPermissions(session.defaultSession)
  registerIpc(ipcMain, () => context as HandlerContext, log)
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, !app.isPackaged)))
  createWindow()
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
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { openExternal: (url) => shell.openExternal(url) }))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && context) createWindow()
  })
  app.on('will-quit', () => db?.close())
  void app.whenReady().then(start)
}
