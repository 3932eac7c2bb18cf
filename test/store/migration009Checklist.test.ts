import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion, type Database } from '../../electron/store/database'
import { migrations } from '../../electron/store/migrations'
import { migration009Checklist } from '../../electron/store/migrations/009-checklist'
import { removeTempDirs, tempDatabasePath } from '../support/tempDatabase'

const before = migrations.filter((step) => step.version < 9)
const through9 = [...before, migration009Checklist]

const opened: Database[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
  removeTempDirs()
})

function openAt(file: string, plan = through9): Database {
  const db = openDatabase(file, { migrations: plan })
  opened.push(db)
  return db
}

describe('migration 009 (checklist)', () => {
  it('upgrades version 8, keeping its accounts, and adds a STRICT checklist_item table', () => {
    const file = tempDatabasePath()
    const old = openDatabase(file, { migrations: before })
    old.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('a1', 'Kestrel Freight', 'x', 'x')").run()
    expect(schemaVersion(old)).toBe(8)
    old.close()

    const db = openAt(file)
    expect(schemaVersion(db)).toBe(9)
    expect(db.prepare('SELECT name FROM account').pluck().all()).toEqual(['Kestrel Freight'])
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'checklist_item'").pluck().get()).toBe(1)
    const columns = db.prepare("SELECT name FROM pragma_table_info('checklist_item') ORDER BY cid").pluck().all()
    expect(columns).toEqual(['id', 'account_id', 'text', 'done', 'position', 'created_at', 'updated_at', 'deleted_at'])
  })

  it('refuses blank text, a done flag other than 0 or 1 and an unknown account; deleting the account takes its items', () => {
    const db = openAt(tempDatabasePath())
    db.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('a1', 'Kestrel Freight', 'x', 'x')").run()
    const insert = db.prepare("INSERT INTO checklist_item (id, account_id, text, done, position, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 'x', 'x')")
    expect(() => insert.run('i-blank', 'a1', '   ', 0)).toThrow(/CHECK/)
    expect(() => insert.run('i-done', 'a1', 'Read the report', 2)).toThrow(/CHECK/)
    expect(() => insert.run('i-account', 'nobody', 'Read the report', 0)).toThrow(/FOREIGN KEY/)
    insert.run('i1', 'a1', 'Read the report', 1)
    expect(db.prepare('SELECT count(*) FROM checklist_item').pluck().get()).toBe(1)
    db.prepare("DELETE FROM account WHERE id = 'a1'").run()
    expect(db.prepare('SELECT count(*) FROM checklist_item').pluck().get()).toBe(0)
  })
})
