import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion } from '../../electron/store/database'
import { migrations } from '../../electron/store/migrations'
import { normaliseDomain, normaliseName } from '../../src/shared/domain/duplicates'
import { removeTempDirs, tempDatabasePath } from '../support/tempDatabase'

afterAll(removeTempDirs)

const step = migrations.findIndex((migration) => migration.version === 4)
const before = migrations.slice(0, step)
const through = migrations.slice(0, step + 1)

describe('migration 4 (import)', () => {
  it('backfills the duplicate keys of accounts that already exist, live or binned', () => {
    const file = tempDatabasePath()
    const old = openDatabase(file, { migrations: before })
    expect(schemaVersion(old)).toBe(3)
    const insert = old.prepare(
      "INSERT INTO account (id, name, website, created_at, updated_at, deleted_at) VALUES (?, ?, ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', ?)",
    )
    const accounts = [
      ['0190a000-0000-7000-8000-000000000001', 'The Acme Company, Inc.', 'HTTP://WWW.Acme.example/about', null],
      ['0190a000-0000-7000-8000-000000000002', 'Émile Thé GmbH', null, null],
      ['0190a000-0000-7000-8000-000000000003', 'Binned & Co', 'n/a', '2024-02-01T00:00:00.000Z'],
    ] as const
    for (const account of accounts) insert.run(...account)
    old.close()

    const db = openDatabase(file, { migrations: through })
    expect(schemaVersion(db)).toBe(4)
    const rows = db.prepare('SELECT id, domain, name_key, external_id, source, import_batch_id FROM account ORDER BY id').all()
    expect(rows).toEqual(
      accounts.map(([id, name, website]) => ({
        id,
        domain: normaliseDomain(website),
        name_key: normaliseName(name),
        external_id: null,
        source: null,
        import_batch_id: null,
      })),
    )
    expect(rows.map((row) => (row as { domain: string | null }).domain)).toEqual(['acme.example', null, null])
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'account'").pluck().all()
    expect(indexes).toEqual(expect.arrayContaining(['account_live_domain', 'account_live_name_key']))
    expect(db.prepare('SELECT count(*) FROM import_batch').pluck().get()).toBe(0)
    db.close()
  })

  it('refuses an import batch with an unknown source or a negative count', () => {
    const db = openDatabase(tempDatabasePath(), { migrations: through })
    const insert = db.prepare('INSERT INTO import_batch (id, file_name, source, rows, added, updated, skipped, created_at) VALUES (?, ?, ?, ?, 0, 0, 0, ?)')
    expect(() => insert.run('a', null, 'excel', 1, '2024-01-01')).toThrow(/CHECK/)
    expect(() => insert.run('b', null, 'csv', -1, '2024-01-01')).toThrow(/CHECK/)
    insert.run('c', 'ok.csv', 'hubspot', 3, '2024-01-01')
    db.close()
  })
})
