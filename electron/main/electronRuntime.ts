import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const requireHere = createRequire(import.meta.url)

/**
 * The Electron binary's path, or undefined where it was never downloaded (as on build machines).
 * It reads the package's own record of the binary instead of requiring `electron`, whose entry point
 * would start a download of its own.
 */
export function findElectronBinary(electronDir: string | undefined = electronPackageDir()): string | undefined {
  if (!electronDir) return undefined
  const pathFile = path.join(electronDir, 'path.txt')
  if (!fs.existsSync(pathFile)) return undefined
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
  return fs.existsSync(binary) ? binary : undefined
}

function electronPackageDir(): string | undefined {
  try {
    return path.dirname(requireHere.resolve('electron/package.json'))
  } catch {
    return undefined
  }
}

/**
 * better-sqlite3 is compiled for Node (tests, browser mode). The desktop app needs a copy built for
 * Electron's ABI; it is kept in its own folder so `npm test` and `npm start` keep working in any order.
 */
export function ensureElectronSqliteBinding(projectDir: string, electronVersion: string, log: (line: string) => void): string {
  const moduleDir = path.join(projectDir, 'node_modules', 'better-sqlite3')
  const buildDir = path.join(projectDir, 'node_modules', '.cache', 'groundwork', `better-sqlite3-electron-${electronVersion}`)
  const binding = path.join(buildDir, 'build', 'Release', 'better_sqlite3.node')
  if (fs.existsSync(binding)) return binding
  log(`Building the database engine for Electron ${electronVersion} (once, about a minute)...`)
  fs.rmSync(buildDir, { recursive: true, force: true })
  fs.cpSync(moduleDir, buildDir, { recursive: true, filter: (source) => !source.startsWith(path.join(moduleDir, 'build')) })
  const nodeGyp = requireHere.resolve('node-gyp/bin/node-gyp.js')
  const result = spawnSync(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: buildDir, stdio: 'inherit' },
  )
  if (result.error) throw new Error(`node-gyp could not run: ${result.error.message}`)
  if (result.status !== 0) throw new Error(result.status === null ? `node-gyp was stopped by ${result.signal}` : `node-gyp failed with exit code ${result.status}; its output is above`)
  if (!fs.existsSync(binding)) throw new Error('node-gyp finished without producing the addon')
  return binding
}
