import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { HandlerContext } from '../../electron/handlers/context'
import { seedShippedQuestions } from '../../electron/handlers/starterQuestions'
import { databaseFileName, openDatabase, type Database, type OpenOptions } from '../../electron/store/database'

const made: string[] = []

/** A fresh folder under the system temp dir; `removeTempDirs` deletes every one made so far. */
export function makeTempDir(prefix = 'gw-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}

export function tempDatabasePath(): string {
  return path.join(makeTempDir(), databaseFileName)
}

export interface TempDatabase {
  db: Database
  databasePath: string
  ctx: HandlerContext
}

/** A real SQLite file in a temp folder, migrated, with the handler context tests call `dispatch` with. */
export function openTempDatabase(options: OpenOptions = {}): TempDatabase {
  const databasePath = tempDatabasePath()
  const db = openDatabase(databasePath, options)
  return { db, databasePath, ctx: handlerContextFor(db, databasePath) }
}

/** As the desktop main and browser mode build it: the shipped starter questions are seeded here, once. */
export function handlerContextFor(db: Database, databasePath: string): HandlerContext {
  const ctx: HandlerContext = { db, resourcesDir: path.resolve('resources'), databasePath, mode: 'browser', version: 'test' }
  seedShippedQuestions(ctx)
  return ctx
}

export function sha256OfFile(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/** The error a call throws, so a test can look at its code; fails the test if nothing is thrown. */
export function thrownBy(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  throw new Error('expected the call to throw, but it returned')
}
