import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { main as serveInBrowser } from '../server/serve'
import { ensureElectronSqliteBinding, findElectronBinary } from './electronRuntime'

const requireHere = createRequire(import.meta.url)
const builtDir = import.meta.dirname
const projectDir = path.resolve(builtDir, '../..')
const args = process.argv.slice(2)

const electronBinary = findElectronBinary()
if (!electronBinary) {
  console.log('The Electron runtime is not installed here (`npx install-electron` adds it), so Groundwork is starting in browser mode instead.')
  void serveInBrowser(args, builtDir)
} else {
  const { version: electronVersion } = requireHere('electron/package.json') as { version: string }
  const binding = ensureElectronSqliteBinding(projectDir, electronVersion, (line) => console.log(line))
  const child = spawn(electronBinary, [projectDir, ...args], {
    stdio: 'inherit',
    env: { ...process.env, GROUNDWORK_SQLITE_BINDING: binding },
  })
  child.on('exit', (code) => process.exit(code ?? 0))
}
