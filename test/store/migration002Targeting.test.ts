import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion, type Database } from '../../electron/store/database'
import { migration001Accounts } from '../../electron/store/migrations/001-accounts'
import { migration002Targeting } from '../../electron/store/migrations/002-targeting'

const opened: Database[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

function freshPath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gw-')), 'groundwork.db')
}

describe('migration 002 (targeting)', () => {
  it('upgrades a version 1 database that already holds accounts, keeping them', () => {
    const file = freshPath()
    const v1 = openDatabase(file, { migrations: [migration001Accounts] })
    v1.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('a1', 'Kestrel Freight', 'x', 'x')").run()
    v1.close()

    const db = openDatabase(file, { migrations: [migration001Accounts, migration002Targeting] })
    opened.push(db)
    expect(schemaVersion(db)).toBe(2)
    expect(db.prepare('SELECT name FROM account').pluck().all()).toEqual(['Kestrel Freight'])
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['offering', 'value_statement', 'differentiator', 'qualifier', 'qualifier_assessment', 'fit_lesson']))
  })

  it('refuses rows that break its rules', () => {
    const db = openDatabase(freshPath(), { migrations: [migration001Accounts, migration002Targeting] })
    opened.push(db)
    db.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('a1', 'Kestrel Freight', 'x', 'x')").run()
    const insertQualifier = db.prepare(
      "INSERT INTO qualifier (id, name, rule, must_have, weight, position, created_at, updated_at) VALUES (?, 'Q', ?, ?, ?, 0, 'x', 'x')",
    )
    expect(() => insertQualifier.run('q-bad-json', '{not json', 0, 3)).toThrow(/CHECK/)
    expect(() => insertQualifier.run('q-bad-weight', '{"kind":"evidence"}', 0, 9)).toThrow(/CHECK/)
    expect(() => insertQualifier.run('q-bad-flag', '{"kind":"evidence"}', 2, 3)).toThrow(/CHECK/)
    insertQualifier.run('q1', '{"kind":"evidence"}', 0, 3)

    const assess = db.prepare("INSERT INTO qualifier_assessment (account_id, qualifier_id, status, updated_at) VALUES (?, ?, ?, 'x')")
    expect(() => assess.run('a1', 'q1', 'maybe')).toThrow(/CHECK/)
    expect(() => assess.run('nobody', 'q1', 'met')).toThrow(/FOREIGN KEY/)
    assess.run('a1', 'q1', 'met')
    expect(() => db.prepare("INSERT INTO offering (id, updated_at) VALUES (2, 'x')").run()).toThrow(/CHECK/)

    // An account purged from the bin takes its assessments with it.
    db.prepare("DELETE FROM account WHERE id = 'a1'").run()
    expect(db.prepare('SELECT count(*) FROM qualifier_assessment').pluck().get()).toBe(0)
  })
})
