import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion, type Database } from '../../electron/store/database'
import { migrations } from '../../electron/store/migrations'
import { migration007Questions } from '../../electron/store/migrations/007-questions'
import { removeTempDirs, tempDatabasePath } from '../support/tempDatabase'

const before = migrations.filter((step) => step.version < 7)
const through7 = [...before, migration007Questions]

const opened: Database[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
  removeTempDirs()
})

function openAt(file: string, plan = through7): Database {
  const db = openDatabase(file, { migrations: plan })
  opened.push(db)
  return db
}

function insertAccount(db: Database, id: string): void {
  db.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES (?, 'Kestrel Freight', 'x', 'x')").run(id)
}

describe('migration 007 (questions)', () => {
  it('upgrades the previous version, keeping its accounts', () => {
    const file = tempDatabasePath()
    const old = openDatabase(file, { migrations: before })
    insertAccount(old, 'a1')
    const oldVersion = schemaVersion(old)
    old.close()

    const db = openAt(file)
    expect(schemaVersion(db)).toBe(7)
    expect(oldVersion).toBeLessThan(7)
    expect(db.prepare('SELECT name FROM account').pluck().all()).toEqual(['Kestrel Freight'])
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['question', 'plan_question', 'objection']))
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('question', 'plan_question', 'objection')").all()
    expect(strict).toEqual(expect.arrayContaining([{ name: 'question', strict: 1 }, { name: 'plan_question', strict: 1 }, { name: 'objection', strict: 1 }]))
  })

  it('refuses rows that break its rules', () => {
    const db = openAt(tempDatabasePath())
    insertAccount(db, 'a1')
    const question = db.prepare("INSERT INTO question (id, purpose, text, origin, position, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 'x', 'x')")
    expect(() => question.run('q-bad', 'small-talk', 'How are you?', 'own')).toThrow(/CHECK/)
    expect(() => question.run('q-blank', 'problem', '  ', 'own')).toThrow(/CHECK/)
    expect(() => question.run('q-origin', 'problem', 'What is hard?', 'borrowed')).toThrow(/CHECK/)
    question.run('q1', 'problem', 'What is hard?', 'starter')

    const plan = db.prepare(
      "INSERT INTO plan_question (id, account_id, question_id, text, purpose, position, origin, source_key, added_at, updated_at, removed_at) VALUES (?, ?, ?, 'How?', ?, 0, ?, ?, 'x', 'x', ?)",
    )
    expect(() => plan.run('p-verify', 'a1', null, null, 'to-verify', null, null)).toThrow(/CHECK/)
    expect(() => plan.run('p-purpose', 'a1', null, 'gossip', 'own', null, null)).toThrow(/CHECK/)
    expect(() => plan.run('p-account', 'nobody', null, null, 'own', null, null)).toThrow(/FOREIGN KEY/)
    plan.run('p1', 'a1', null, null, 'to-verify', 'assumption:1', null)
    expect(() => plan.run('p2', 'a1', null, null, 'to-verify', 'assumption:1', null)).toThrow(/UNIQUE/)
    // A removed entry does not hold its source key.
    plan.run('p3', 'a1', null, null, 'to-verify', 'assumption:2', 'removed')
    plan.run('p4', 'a1', null, null, 'to-verify', 'assumption:2', null)
    plan.run('p5', 'a1', 'q1', 'problem', 'bank', null, null)
    expect(() => plan.run('p6', 'a1', 'q1', 'problem', 'bank', null, null)).toThrow(/UNIQUE/)

    const objection = db.prepare("INSERT INTO objection (id, account_id, reaction, position, created_at, updated_at) VALUES (?, ?, ?, 0, 'x', 'x')")
    expect(() => objection.run('o-blank', 'a1', ' ')).toThrow(/CHECK/)
    objection.run('o1', 'a1', 'Too expensive.')
    objection.run('o2', null, 'Send me information.')

    // A bank question purged from the bin leaves the plans that used it; an account purged takes its own rows.
    db.prepare("DELETE FROM question WHERE id = 'q1'").run()
    expect(db.prepare("SELECT question_id FROM plan_question WHERE id = 'p5'").pluck().get()).toBeNull()
    db.prepare("DELETE FROM account WHERE id = 'a1'").run()
    expect(db.prepare('SELECT count(*) FROM plan_question').pluck().get()).toBe(0)
    expect(db.prepare('SELECT id FROM objection').pluck().all()).toEqual(['o2'])
  })
})
