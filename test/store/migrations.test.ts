import BetterSqlite3 from 'better-sqlite3'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion, type Database } from '../../electron/store/database'
import { latestSchemaVersion, migrations } from '../../electron/store/migrations'
import type { Migration } from '../../electron/store/migrations/migration'
import { AppError } from '../../src/shared/contract/envelope'
import { makeTempDir, removeTempDirs, sha256OfFile, tempDatabasePath, thrownBy } from '../support/tempDatabase'

afterAll(removeTempDirs)

/**
 * Rows written at a schema version, so the step to the next version proves it keeps them. A migration
 * that adds a table should add a seed here under its own version.
 */
const seeds: Partial<Record<number, (db: Database) => void>> = {
  1: (db) => {
    const insert = db.prepare(
      `INSERT INTO account (id, name, website, employees, annual_revenue, description, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    insert.run('0190a000-0000-7000-8000-000000000001', 'Seeded Live Ltd', 'seeded.example.com', 40, 1_500_000, 'kept', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', null)
    insert.run('0190a000-0000-7000-8000-000000000002', 'Seeded Binned Ltd', null, null, null, null, '2024-01-02T00:00:00.000Z', '2024-01-02T00:00:00.000Z', '2024-02-01T00:00:00.000Z')
  },
  3: (db) => {
    const at = '2024-03-01T00:00:00.000Z'
    db.prepare(
      `INSERT INTO account (id, name, relationship, do_not_contact, do_not_contact_at, do_not_contact_reason, created_at, updated_at)
       VALUES ('0190a000-0000-7000-8000-000000000003', 'Seeded Off-limits Ltd', 'client', 1, ?, 'Asked never to be called', ?, ?)`,
    ).run(at, at, at)
    db.prepare(
      `INSERT INTO contact (id, account_id, name, email, decision_role, role_confirmed, do_not_contact, do_not_contact_at, do_not_contact_reason, created_at, updated_at)
       VALUES ('0190a000-0000-7000-8000-000000000004', '0190a000-0000-7000-8000-000000000003', 'Seeded Person', 'p@seeded.example.com', 'decision-maker', 1, 1, ?, 'Asked by email', ?, ?)`,
    ).run(at, at, at)
    db.prepare(
      `INSERT INTO do_not_contact_event (id, account_id, contact_id, action, reason, at)
       VALUES ('0190a000-0000-7000-8000-000000000005', '0190a000-0000-7000-8000-000000000003', '0190a000-0000-7000-8000-000000000004', 'marked', 'Asked by email', ?)`,
    ).run(at)
  },
  6: (db) => {
    const at = '2024-06-01T00:00:00.000Z'
    db.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('0190a000-0000-7000-8000-000000000006', 'Seeded Researched Ltd', ?, ?)").run(at, at)
    db.prepare(
      `INSERT INTO research_note (id, account_id, kind, text, source, observed_on, created_at, updated_at)
       VALUES ('0190a000-0000-7000-8000-000000000007', '0190a000-0000-7000-8000-000000000006', 'assumption', 'Seeded assumption', NULL, '2024-05-01', ?, ?)`,
    ).run(at, at)
    db.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('research.staleAfterDays', '60', ?)").run(at)
  },
  8: (db) => {
    const at = '2024-08-01T00:00:00.000Z'
    const account = '0190a000-0000-7000-8000-000000000081'
    db.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES (?, 'Seeded Messages Ltd', ?, ?)").run(account, at, at)
    db.prepare("INSERT INTO message (account_id, kind, subject, text, updated_at) VALUES (?, 'email', 'Seeded subject', 'Seeded email', ?)").run(account, at)
    db.prepare(
      `INSERT INTO analysis_form (id, account_id, call_number, fields, created_at, updated_at, closed_at)
       VALUES ('0190a000-0000-7000-8000-000000000008', ?, 1, '{"needs":"Seeded need"}', ?, ?, ?)`,
    ).run(account, at, at, at)
    db.prepare("INSERT INTO rep_profile (id, name, company, phone, updated_at) VALUES (1, 'Seeded Rep', 'Seeded Co', NULL, ?)").run(at)
  },
}

type TableSnapshot = Map<string, Record<string, unknown>[]>

function userTables(db: Database): { name: string; type: string; strict: number }[] {
  return (db.prepare('PRAGMA table_list').all() as { schema: string; name: string; type: string; strict: number }[]).filter(
    (table) => table.schema === 'main' && !table.name.startsWith('sqlite_'),
  )
}

/** Every row of every ordinary table, so a later version can be checked for lost or altered data. */
function snapshot(db: Database): TableSnapshot {
  const tables: TableSnapshot = new Map()
  for (const table of userTables(db).filter((t) => t.type === 'table')) {
    tables.set(table.name, db.prepare(`SELECT * FROM "${table.name}"`).all() as Record<string, unknown>[])
  }
  return tables
}

/** A marker table no migration knows about: whatever a migration does, it must not touch it. */
function writeMarker(db: Database, version: number): string {
  const value = `written at schema ${version}: ${crypto.randomUUID()}`
  db.exec('CREATE TABLE IF NOT EXISTS test_marker (value TEXT NOT NULL) STRICT')
  db.prepare('INSERT INTO test_marker (value) VALUES (?)').run(value)
  return value
}

function fileList(file: string): string[] {
  return fs.readdirSync(path.dirname(file)).sort()
}

describe('the migration list', () => {
  it('numbers its steps 1, 2, 3... with distinct names, and the latest version is the last step', () => {
    expect(migrations.length).toBeGreaterThan(0)
    expect(migrations.map((step) => step.version)).toEqual(migrations.map((_, index) => index + 1))
    expect(new Set(migrations.map((step) => step.name)).size).toBe(migrations.length)
    expect(latestSchemaVersion).toBe(migrations.length)
  })
})

describe('a fresh database', () => {
  it('gets every migration and records the latest version', () => {
    const file = tempDatabasePath()
    const db = openDatabase(file)
    expect(schemaVersion(db)).toBe(latestSchemaVersion)
    expect(userTables(db).map((t) => t.name)).toContain('account')
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
    // Nothing existed before, so there was nothing to back up.
    expect(fileList(file).filter((name) => name.endsWith('.bak'))).toEqual([])
  })

  it('holds only STRICT tables', () => {
    const db = openDatabase(tempDatabasePath())
    const loose = userTables(db).filter((table) => table.type === 'table' && table.strict !== 1)
    db.close()
    expect(loose.map((table) => table.name)).toEqual([])
  })

  it('runs every connection with WAL, synchronous=FULL and foreign keys on', () => {
    const file = tempDatabasePath()
    openDatabase(file).close()
    // Reopening an existing file must set the per-connection pragmas again.
    const db = openDatabase(file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('opens an up-to-date database again without migrating or backing it up', () => {
    const file = tempDatabasePath()
    const first = openDatabase(file)
    const marker = writeMarker(first, latestSchemaVersion)
    first.close()
    const again = openDatabase(file)
    expect(schemaVersion(again)).toBe(latestSchemaVersion)
    expect(again.prepare('SELECT value FROM test_marker').pluck().all()).toEqual([marker])
    again.close()
    expect(fileList(file).filter((name) => name.endsWith('.bak'))).toEqual([])
  })
})

describe.each(migrations.map((step, index) => ({ step, before: migrations.slice(0, index), label: `${step.version}-${step.name}` })))(
  'migration $label',
  ({ step, before }) => {
    it('lands on a database at the previous version and keeps what was written there', () => {
      const file = tempDatabasePath()
      const previousVersion = step.version - 1
      const old = openDatabase(file, { migrations: before })
      expect(schemaVersion(old)).toBe(previousVersion)
      seeds[previousVersion]?.(old)
      const marker = writeMarker(old, previousVersion)
      const rowsBefore = snapshot(old)
      old.close()

      const db = openDatabase(file, { migrations: [...before, step] })
      expect(schemaVersion(db)).toBe(step.version)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
      expect(db.prepare('SELECT value FROM test_marker').pluck().all()).toEqual([marker])
      const rowsAfter = snapshot(db)
      db.close()

      for (const [table, rows] of rowsBefore) {
        expect(rowsAfter.has(table), `table ${table} still exists`).toBe(true)
        const after = rowsAfter.get(table) ?? []
        expect(after.length, `rows kept in ${table}`).toBe(rows.length)
        // Columns may be added; every value that was there before is still there.
        for (const row of rows) expect(after).toContainEqual(expect.objectContaining(row))
      }
      expect(fs.existsSync(`${file}.v${previousVersion}.bak`)).toBe(true)
    })
  },
)

describe('a failing migration', () => {
  it('rolls back entirely and leaves the version and the data as they were', () => {
    const file = tempDatabasePath()
    const db = openDatabase(file)
    seeds[1]?.(db)
    const marker = writeMarker(db, latestSchemaVersion)
    const rowsBefore = snapshot(db)
    db.close()

    const broken: Migration = {
      version: latestSchemaVersion + 1,
      name: 'broken',
      up(conn) {
        conn.exec('CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT')
        conn.prepare("INSERT INTO half_done (id) VALUES ('x')").run()
        conn.prepare('DELETE FROM test_marker').run()
        throw new Error('this step fails halfway')
      },
    }
    expect(() => openDatabase(file, { migrations: [...migrations, broken] })).toThrow('this step fails halfway')

    const after = openDatabase(file)
    expect(schemaVersion(after)).toBe(latestSchemaVersion)
    expect(userTables(after).map((t) => t.name)).not.toContain('half_done')
    expect(after.prepare('SELECT value FROM test_marker').pluck().all()).toEqual([marker])
    expect(snapshot(after)).toEqual(rowsBefore)
    after.close()
  })
})

describe('an existing database at an older version', () => {
  it('is backed up as .v<N>.bak before migrating, and the backup holds the old schema and data', () => {
    const file = tempDatabasePath()
    const db = openDatabase(file)
    seeds[1]?.(db)
    const marker = writeMarker(db, latestSchemaVersion)
    db.close()

    const next: Migration = {
      version: latestSchemaVersion + 1,
      name: 'next',
      up(conn) {
        conn.exec('CREATE TABLE next_thing (id TEXT PRIMARY KEY) STRICT')
      },
    }
    const upgraded = openDatabase(file, { migrations: [...migrations, next] })
    expect(schemaVersion(upgraded)).toBe(latestSchemaVersion + 1)
    upgraded.close()

    const backupFile = `${file}.v${latestSchemaVersion}.bak`
    expect(fs.existsSync(backupFile)).toBe(true)
    const backup = new BetterSqlite3(backupFile, { readonly: true, fileMustExist: true })
    expect(schemaVersion(backup)).toBe(latestSchemaVersion)
    expect(backup.prepare('SELECT value FROM test_marker').pluck().all()).toEqual([marker])
    expect(backup.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'next_thing'").pluck().get()).toBe(0)
    expect(backup.prepare('SELECT count(*) FROM account').pluck().get()).toBe(2)
    backup.close()
  })
})

describe('a database this version must not open', () => {
  function writtenByNewerVersion(): string {
    const file = tempDatabasePath()
    const db = openDatabase(file)
    seeds[1]?.(db)
    db.pragma(`user_version = ${latestSchemaVersion + 3}`)
    db.close()
    return file
  }

  it('refuses a newer schema with DATABASE_TOO_NEW and leaves the file byte for byte as it was', () => {
    const file = writtenByNewerVersion()
    const hash = sha256OfFile(file)
    const files = fileList(file)
    expect(files).not.toContain('groundwork.db-wal')

    const error = thrownBy(() => openDatabase(file))
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('DATABASE_TOO_NEW')
    expect((error as AppError).message).toContain(String(latestSchemaVersion + 3))

    expect(sha256OfFile(file)).toBe(hash)
    expect(fileList(file)).toEqual(files)
  })

  it('refuses a newer schema even when its last write still sits in the -wal file', () => {
    const file = tempDatabasePath()
    openDatabase(file).close()
    // Simulates a newer version that crashed before checkpointing: the header on disk is stale.
    const writer = new BetterSqlite3(file)
    writer.pragma('wal_autocheckpoint = 0')
    writer.pragma(`user_version = ${latestSchemaVersion + 1}`)
    const copy = path.join(makeTempDir(), 'groundwork.db')
    fs.copyFileSync(file, copy)
    fs.copyFileSync(`${file}-wal`, `${copy}-wal`)
    writer.close()

    const error = thrownBy(() => openDatabase(copy))
    expect((error as AppError).code).toBe('DATABASE_TOO_NEW')
  })

  const damaged: { label: string; make: (file: string) => void }[] = [
    { label: 'random bytes', make: (file) => fs.writeFileSync(file, crypto.randomBytes(16_384)) },
    { label: 'a text file', make: (file) => fs.writeFileSync(file, 'name,website\nAcme,acme.example.com\n'.repeat(200)) },
    {
      label: 'a truncated Groundwork database',
      make: (file) => {
        const source = tempDatabasePath()
        const db = openDatabase(source)
        const insert = db.prepare("INSERT INTO account (id, name, description, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')")
        db.transaction(() => {
          for (let i = 0; i < 2000; i += 1) insert.run(`id-${i}`, `Account ${i}`, 'd'.repeat(300))
        })()
        db.close()
        const bytes = fs.readFileSync(source)
        fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
      },
    },
    {
      label: 'a database whose pages were overwritten',
      make: (file) => {
        const source = tempDatabasePath()
        const db = openDatabase(source)
        const insert = db.prepare("INSERT INTO account (id, name, description, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')")
        db.transaction(() => {
          for (let i = 0; i < 500; i += 1) insert.run(`id-${i}`, `Account ${i}`, 'd'.repeat(300))
        })()
        db.close()
        const bytes = fs.readFileSync(source)
        crypto.randomFillSync(bytes, 4096, bytes.length - 4096 * 2)
        fs.writeFileSync(file, bytes)
      },
    },
  ]

  it.each(damaged)('refuses $label with DATABASE_UNREADABLE and leaves it unchanged', ({ make }) => {
    const file = path.join(makeTempDir(), 'groundwork.db')
    make(file)
    const hash = sha256OfFile(file)
    const files = fileList(file)

    const error = thrownBy(() => openDatabase(file))
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('DATABASE_UNREADABLE')

    expect(sha256OfFile(file)).toBe(hash)
    expect(fileList(file)).toEqual(files)
  })
})
