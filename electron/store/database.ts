import BetterSqlite3 from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../../src/shared/contract/envelope'
import { migrations } from './migrations'
import type { Migration } from './migrations/migration'

export type { Database }

export interface OpenOptions {
  /** Path to better-sqlite3's addon when it is built for another runtime (the desktop app). */
  nativeBinding?: string
  /** The migrations to apply; tests pass a prefix to start from an older schema. */
  migrations?: readonly Migration[]
}

export const databaseFileName = 'groundwork.db'

/**
 * Opens (creating if needed) the rep's database and brings its schema up to date. A file this version
 * cannot read, or one written by a newer version, is refused before anything is written to it.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const plan = options.migrations ?? migrations
  const target = plan.at(-1)?.version ?? 0
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0
  if (exists) inspectExisting(file, target, options.nativeBinding)
  else fs.mkdirSync(path.dirname(file), { recursive: true })

  const db = new BetterSqlite3(file, nativeBindingOption(options.nativeBinding))
  try {
    const current = schemaVersion(db)
    // Again on the live connection: a newer version's last writes may still sit in the -wal file.
    refuseIfTooNew(current, target)
    applyPragmas(db)
    if (exists && current < target) backupBeforeMigrating(db, file, current)
    migrate(db, plan)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

export function applyPragmas(db: Database): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Applies each pending migration in its own transaction, which also records the new version. */
export function migrate(db: Database, plan: readonly Migration[] = migrations): void {
  const current = schemaVersion(db)
  for (const step of plan) {
    if (step.version <= current) continue
    db.transaction(() => {
      step.up(db)
      db.pragma(`user_version = ${step.version}`)
    })()
  }
}

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * Decides from the file's own header whether this version may open it, without letting SQLite touch
 * it: even a read-only connection leaves -wal and -shm files beside a WAL database.
 */
function inspectExisting(file: string, target: number, nativeBinding: string | undefined): void {
  const header = readHeader(file)
  if (header.length < 100 || !header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) {
    throw unreadable(file, 'not an SQLite database')
  }
  // user_version lives at byte 60 of the header (big-endian).
  refuseIfTooNew(header.readInt32BE(60), target)
  let probe: Database | undefined
  try {
    // Read-write so that SQLite itself removes the -wal and -shm it creates when this last connection closes.
    probe = new BetterSqlite3(file, { fileMustExist: true, ...nativeBindingOption(nativeBinding) })
    refuseIfTooNew(schemaVersion(probe), target)
    const check = probe.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(String(check))
  } catch (error) {
    if (error instanceof AppError) throw error
    throw unreadable(file, error instanceof Error ? error.message : String(error))
  } finally {
    probe?.close()
  }
}

function readHeader(file: string): Buffer {
  const handle = fs.openSync(file, 'r')
  try {
    const header = Buffer.alloc(100)
    const read = fs.readSync(handle, header, 0, header.length, 0)
    return header.subarray(0, read)
  } finally {
    fs.closeSync(handle)
  }
}

function refuseIfTooNew(version: number, target: number): void {
  if (version > target) {
    throw new AppError(
      'DATABASE_TOO_NEW',
      `This data file was written by a newer version of Groundwork (schema ${version}; this version knows up to ${target}). ` +
        'Update Groundwork to open it. The file has not been changed.',
    )
  }
}

function unreadable(file: string, reason: string): AppError {
  return new AppError(
    'DATABASE_UNREADABLE',
    `Groundwork cannot read ${file}: it is damaged or is not a Groundwork data file. The file has not been changed. (${reason})`,
  )
}

/** A copy taken before a schema change, so a failed or regretted upgrade never costs the rep their data. */
function backupBeforeMigrating(db: Database, file: string, fromVersion: number): void {
  const backup = `${file}.v${fromVersion}.bak`
  if (fs.existsSync(backup)) fs.rmSync(backup)
  db.prepare('VACUUM INTO ?').run(backup)
}

function nativeBindingOption(nativeBinding: string | undefined): { nativeBinding?: string } {
  return nativeBinding ? { nativeBinding } : {}
}
