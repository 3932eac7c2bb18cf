/**
 * The territory the target-list benches run on: 100,000 generated accounts and six qualifiers.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { databaseFileName, openDatabase } from '../../electron/store/database'
import { seedAccounts, seedQualifiers } from '../support/seedTerritory'

export const benchAccounts = 100_000

let seeded: string | undefined

/**
 * A data folder's groundwork.db holding the bench territory, written once per process (writing
 * 100,000 accounts takes seconds) and copied for each bench that needs it.
 */
function seededTerritoryFile(): string {
  if (seeded && fs.existsSync(seeded)) return seeded
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-bench-seed-'))
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  const file = path.join(dir, databaseFileName)
  const db = openDatabase(file)
  try {
    seedAccounts(db, benchAccounts, 9001)
    seedQualifiers(db)
  } finally {
    db.close()
  }
  seeded = file
  return file
}

/** Puts a copy of the bench territory in `dataDir` and returns the database's path. */
export function copyBenchTerritory(dataDir: string): string {
  const target = path.join(dataDir, databaseFileName)
  fs.copyFileSync(seededTerritoryFile(), target)
  return target
}
