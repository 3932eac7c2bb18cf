import os from 'node:os'
import path from 'node:path'

export const appFolderName = 'Groundwork'

/** The value of `--data-dir DIR` or `--data-dir=DIR`, if given. */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    if (arg === '--data-dir') return argv[i + 1]
    if (arg?.startsWith('--data-dir=')) return arg.slice('--data-dir='.length)
  }
  return undefined
}

/**
 * The per-user folder the desktop app uses (Electron's userData for an app named Groundwork), so
 * browser mode opens the very same database by default.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appFolderName)
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appFolderName)
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appFolderName)
}

/** `--data-dir` wins, then GROUNDWORK_DATA_DIR, then the platform default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: () => string): string {
  const chosen = dataDirFromArgs(argv) ?? env.GROUNDWORK_DATA_DIR
  return path.resolve(chosen && chosen.trim() !== '' ? chosen : fallback())
}
