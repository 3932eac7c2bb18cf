import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion, type Database } from '../../electron/store/database'
import { migrations } from '../../electron/store/migrations'
import { migration008MessagesAnalysis } from '../../electron/store/migrations/008-messages-analysis'
import { removeTempDirs, tempDatabasePath } from '../support/tempDatabase'

const before = migrations.filter((step) => step.version < 8)
const opened: Database[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
  removeTempDirs()
})

describe('migration 008 (messages and the analysis form)', () => {
  it('upgrades a version 7 database that holds accounts, keeping them', () => {
    const file = tempDatabasePath()
    const v7 = openDatabase(file, { migrations: before })
    expect(schemaVersion(v7)).toBe(7)
    v7.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('a1', 'Kestrel Freight', 'x', 'x')").run()
    v7.close()

    const db = openDatabase(file, { migrations: [...before, migration008MessagesAnalysis] })
    opened.push(db)
    expect(schemaVersion(db)).toBe(8)
    expect(db.prepare('SELECT name FROM account').pluck().all()).toEqual(['Kestrel Freight'])
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['message', 'analysis_form', 'rep_profile']))
  })

  it('refuses rows that break its rules', () => {
    const db = openDatabase(tempDatabasePath(), { migrations: [...before, migration008MessagesAnalysis] })
    opened.push(db)
    db.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('a1', 'Kestrel Freight', 'x', 'x')").run()
    const form = db.prepare("INSERT INTO analysis_form (id, account_id, call_number, fields, created_at, updated_at, closed_at) VALUES (?, 'a1', ?, ?, 'x', 'x', ?)")
    expect(() => form.run('f0', 0, '{}', null)).toThrow(/CHECK/)
    expect(() => form.run('f-bad', 1, 'not json', null)).toThrow(/CHECK/)
    form.run('f1', 1, '{}', 'closed')
    expect(() => form.run('f1-again', 1, '{}', null)).toThrow(/UNIQUE/)
    form.run('f2', 2, '{}', null)
    // Only one open form per account: the call in progress.
    expect(() => form.run('f3', 3, '{}', null)).toThrow(/UNIQUE/)
    expect(() => db.prepare("UPDATE analysis_form SET closed_at = NULL WHERE id = 'f1'").run()).toThrow(/read-only/)
    expect(() => db.prepare("INSERT INTO rep_profile (id, updated_at) VALUES (2, 'x')").run()).toThrow(/CHECK/)
    expect(() => db.prepare("INSERT INTO message (account_id, kind, subject, text, updated_at) VALUES ('a1', 'email', ' ', 'Hi', 'x')").run()).toThrow(/CHECK/)
  })
})
