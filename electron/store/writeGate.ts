import type { Database } from 'better-sqlite3'

/**
 * Work that holds a connection's write transaction open across event-loop turns (a territory import
 * writes in chunks inside one BEGIN IMMEDIATE … COMMIT and yields between chunks so the rep can watch
 * the progress and cancel). While it runs, every other call on that connection would land inside the
 * import's transaction: its reads would see half an import and its writes would vanish with a rollback.
 * So dispatch makes every other channel wait here until the work ends (they are queued, not refused);
 * only the channels below, which never touch the database, answer meanwhile.
 */
const running = new WeakMap<Database, Promise<unknown>>()

const channelsThatNeverWait: ReadonlySet<string> = new Set(['import.progress', 'import.cancel'])

export function mayRunDuringExclusiveWork(channel: string): boolean {
  return channelsThatNeverWait.has(channel)
}

export function isExclusiveWorkRunning(db: Database): boolean {
  return running.has(db)
}

/** Resolves once no exclusive work is running on the connection (at once when none is). */
export async function waitForExclusiveWork(db: Database): Promise<void> {
  for (let current = running.get(db); current !== undefined; current = running.get(db)) await settled(current)
}

function settled(promise: Promise<unknown>): Promise<void> {
  return promise.then(
    () => undefined,
    () => undefined,
  )
}

/** Runs work once the connection is free, and keeps everything else waiting until it settles. */
export async function runExclusive<T>(db: Database, work: () => Promise<T>): Promise<T> {
  // Checked and claimed in the same turn, so two callers that were both waiting cannot both start.
  for (let current = running.get(db); current !== undefined; current = running.get(db)) await settled(current)
  const promise = work()
  running.set(db, promise)
  try {
    return await promise
  } finally {
    if (running.get(db) === promise) running.delete(db)
  }
}
