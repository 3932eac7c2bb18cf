import os from 'node:os'

/** What `npm start` needs from the outside world, passed in so the choice it makes can be tested. */
export interface LaunchDeps {
  args: readonly string[]
  /** The Electron binary, or undefined where it was never downloaded. */
  findElectronBinary(): string | undefined
  /** better-sqlite3's addon built for Electron (built once, then reused); throws when it cannot be built. */
  electronSqliteBinding(): string
  serveInBrowser(args: readonly string[]): void | Promise<void>
  runElectron(binary: string, binding: string): ElectronProcess
  log(line: string): void
  exit(code: number): void
}

export interface ElectronProcess {
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown
}

export const noElectronRuntime =
  'The Electron runtime is not installed here (`npx install-electron` adds it), so Groundwork is starting in browser mode instead.'

export function engineBuildFailed(error: unknown): string {
  const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').replace(/\.$/, '') : String(error)
  return (
    `The database engine could not be built for Electron (${reason}), so Groundwork is starting in browser mode instead. ` +
    'For the desktop app, install what node-gyp needs (Python and a C++ compiler) and run npm start again.'
  )
}

/** Electron's own exit code, or the shell's 128 + signal number when a signal ended it: never 0 then. */
export function exitCodeFor(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code
  const number = signal === null ? undefined : os.constants.signals[signal]
  return number === undefined ? 1 : 128 + number
}

/**
 * `npm start`: the desktop app when Electron and a database engine built for it are at hand, else
 * browser mode with a one-line explanation of why.
 */
export function launch(deps: LaunchDeps): void {
  const binary = deps.findElectronBinary()
  if (binary === undefined) {
    deps.log(noElectronRuntime)
    void deps.serveInBrowser(deps.args)
    return
  }
  let binding: string
  try {
    binding = deps.electronSqliteBinding()
  } catch (error) {
    deps.log(engineBuildFailed(error))
    void deps.serveInBrowser(deps.args)
    return
  }
  deps.runElectron(binary, binding).once('exit', (code, signal) => deps.exit(exitCodeFor(code, signal)))
}
