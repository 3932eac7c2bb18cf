import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { main as serveInBrowser } from '../server/serve'
import { ensureElectronSqliteBinding, findElectronBinary } from './electronRuntime'
import { launch } from './launch'

const requireHere = createRequire(import.meta.url)
const builtDir = import.meta.dirname
const projectDir = path.resolve(builtDir, '../..')
const args = process.argv.slice(2)

launch({
  args,
  findElectronBinary: () => findElectronBinary(),
  electronSqliteBinding: () => {
    const { version: electronVersion } = requireHere('electron/package.json') as { version: string }
    return ensureElectronSqliteBinding(projectDir, electronVersion, (line) => console.log(line))
  },
  serveInBrowser: (serveArgs) => serveInBrowser(serveArgs, builtDir),
  runElectron: (binary, binding) =>
    spawn(binary, [projectDir, ...args], {
      stdio: 'inherit',
      env: { ...process.env, GROUNDWORK_SQLITE_BINDING: binding },
    }),
  log: (line) => console.log(line),
  exit: (code) => process.exit(code),
})
