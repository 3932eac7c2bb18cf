import path from 'node:path'
import { version } from '../../package.json'
import type { HandlerContext } from '../handlers/context'
import { seedShippedQuestions } from '../handlers/starterQuestions'
import { databaseFileName, openDatabase } from '../store/database'
import { defaultDataDir, resolveDataDir } from '../store/dataDir'
import { createBridge } from './bridge'
import { chosenTokenProblem, newToken } from './security'

export interface ServeOptions {
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  /** Folder of the built app (out/main); the renderer and resources are found from it. */
  builtDir: string
}

function portFromArgs(argv: readonly string[]): number {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='))
  if (index === -1) return 0
  const arg = argv[index] ?? ''
  const raw = arg.includes('=') ? arg.slice('--port='.length) : argv[index + 1]
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number from 0 to 65535, not "${raw}"`)
  return port
}

/** Why the server could not listen, with what to do about it, for the errors a rep can act on. */
export function listenFailure(error: unknown, port: number): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'EADDRINUSE') {
    return new Error(
      `Port ${port} is already in use. Stop the other program using it, or start with --port and another number (or leave --port out to get a free one).`,
    )
  }
  if (code === 'EACCES') {
    return new Error(`Port ${port} needs special permission on this computer. Start with --port and a number above 1023 (or leave --port out to get a free one).`)
  }
  return error instanceof Error ? error : new Error(String(error))
}

/** Starts browser mode and resolves with the address to open once it is listening. */
export async function serve(options: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const port = portFromArgs(options.argv)
  const chosen = options.env.GROUNDWORK_TOKEN ?? ''
  const tokenProblem = chosen === '' ? null : chosenTokenProblem(chosen)
  if (tokenProblem !== null) throw new Error(tokenProblem)
  const dataDir = resolveDataDir(options.argv, options.env, () => defaultDataDir())
  const databasePath = path.join(dataDir, databaseFileName)
  const db = openDatabase(databasePath)
  const token = chosen === '' ? newToken() : chosen
  const ctx: HandlerContext = { db, databasePath, mode: 'browser', version, resourcesDir: path.resolve(options.builtDir, '../../resources') }
  try {
    seedShippedQuestions(ctx)
  } catch (error) {
    // A damaged shipped file costs the starter questions, not the rep's work: the app still opens.
    console.error('[groundwork] the starter questions could not be added:', error)
  }
  const server = createBridge({
    ctx,
    rendererDir: path.resolve(options.builtDir, '../renderer'),
    token,
    onUnexpectedError: (channel, error) => console.error(`[groundwork] ${channel} failed:`, error),
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', resolve)
    })
  } catch (error) {
    db.close()
    throw listenFailure(error, port)
  }
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://127.0.0.1:${actualPort}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          db.close()
          resolve()
        })
      }),
  }
}

export async function main(argv: readonly string[], builtDir: string): Promise<void> {
  try {
    const { url, close } = await serve({ argv, env: process.env, builtDir })
    console.log(`Groundwork is running in browser mode. Open ${url}`)
    const stop = () => void close().then(() => process.exit(0))
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  } catch (error) {
    console.error(`Groundwork could not start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
