import os from 'node:os'
import { describe, expect, it, vi } from 'vitest'
import { exitCodeFor, launch, noElectronRuntime, type ElectronProcess, type LaunchDeps } from '../../electron/main/launch'

type ExitListener = (code: number | null, signal: NodeJS.Signals | null) => void

function fakeDeps(overrides: Partial<LaunchDeps> = {}) {
  const exitListeners: ExitListener[] = []
  const electronProcess: ElectronProcess = {
    once: (_event, listener) => {
      exitListeners.push(listener)
      return electronProcess
    },
  }
  const deps = {
    args: ['--data-dir', '/tmp/somewhere'],
    findElectronBinary: vi.fn(() => '/electron/dist/electron' as string | undefined),
    electronSqliteBinding: vi.fn(() => '/cache/better_sqlite3.node'),
    serveInBrowser: vi.fn(),
    runElectron: vi.fn(() => electronProcess),
    log: vi.fn(),
    exit: vi.fn(),
    ...overrides,
  }
  return { deps, electronExits: (code: number | null, signal: NodeJS.Signals | null) => exitListeners.forEach((listener) => listener(code, signal)) }
}

describe('launch (npm start)', () => {
  it('runs Electron with the addon built for it, and exits with its code', () => {
    const { deps, electronExits } = fakeDeps()
    launch(deps)
    expect(deps.runElectron).toHaveBeenCalledWith('/electron/dist/electron', '/cache/better_sqlite3.node')
    expect(deps.serveInBrowser).not.toHaveBeenCalled()
    electronExits(0, null)
    expect(deps.exit).toHaveBeenCalledWith(0)
  })

  it('exits non-zero when a signal ended Electron', () => {
    const { deps, electronExits } = fakeDeps()
    launch(deps)
    electronExits(null, 'SIGKILL')
    expect(deps.exit).toHaveBeenCalledWith(128 + os.constants.signals.SIGKILL)
    expect(deps.exit).not.toHaveBeenCalledWith(0)
  })

  it('falls back to browser mode with a one-line explanation when the Electron binary is missing', () => {
    const { deps } = fakeDeps({ findElectronBinary: vi.fn(() => undefined) })
    launch(deps)
    expect(deps.log).toHaveBeenCalledExactlyOnceWith(noElectronRuntime)
    expect(deps.serveInBrowser).toHaveBeenCalledWith(deps.args)
    expect(deps.electronSqliteBinding).not.toHaveBeenCalled()
    expect(deps.runElectron).not.toHaveBeenCalled()
  })

  it('falls back to browser mode with a one-line explanation, not a stack trace, when the database engine cannot be built', () => {
    const { deps } = fakeDeps({
      electronSqliteBinding: vi.fn(() => {
        throw new Error('node-gyp failed with exit code 1; its output is above')
      }),
    })
    expect(() => launch(deps)).not.toThrow()
    expect(deps.runElectron).not.toHaveBeenCalled()
    expect(deps.serveInBrowser).toHaveBeenCalledWith(deps.args)
    expect(deps.log).toHaveBeenCalledTimes(1)
    const line = String(vi.mocked(deps.log).mock.calls[0]?.[0])
    expect(line).not.toContain('\n')
    expect(line).toMatch(/^The database engine could not be built for Electron \(node-gyp failed with exit code 1; its output is above\), so Groundwork is starting in browser mode instead\./)
    expect(line).toMatch(/Python and a C\+\+ compiler.*run npm start again/)
    expect(line).not.toMatch(/\bat \S+ \(|\.ts:\d+/)
  })
})

describe('exitCodeFor', () => {
  it("passes Electron's own exit code on", () => {
    expect(exitCodeFor(0, null)).toBe(0)
    expect(exitCodeFor(3, null)).toBe(3)
  })

  it('is 128 plus the signal number when a signal ended it, as a shell reports it', () => {
    expect(exitCodeFor(null, 'SIGTERM')).toBe(128 + os.constants.signals.SIGTERM)
    expect(exitCodeFor(null, 'SIGINT')).toBe(128 + os.constants.signals.SIGINT)
  })

  it('is never 0 when neither a code nor a known signal is given', () => {
    expect(exitCodeFor(null, null)).toBe(1)
    expect(exitCodeFor(null, 'SIGNOPE' as NodeJS.Signals)).toBe(1)
  })
})
