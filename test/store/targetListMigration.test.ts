import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion } from '../../electron/store/database'
import { migrations } from '../../electron/store/migrations'
import { migration005TargetList } from '../../electron/store/migrations/005-target-list'
import { removeTempDirs, tempDatabasePath } from '../support/tempDatabase'

afterAll(removeTempDirs)

const before = migrations.filter((step) => step.version < migration005TargetList.version)
const upTo = [...before, migration005TargetList]

describe('migration 5 (target list)', () => {
  it('gives every existing account the status "new" and allows only known statuses', () => {
    const file = tempDatabasePath()
    const old = openDatabase(file, { migrations: before })
    old
      .prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('0190a000-0000-7000-8000-0000000000a1', 'Older Ltd', 'x', 'x')")
      .run()
    old.close()

    const db = openDatabase(file, { migrations: upTo })
    expect(schemaVersion(db)).toBe(5)
    expect(db.prepare('SELECT status FROM account').pluck().all()).toEqual(['new'])
    expect(() => db.prepare("UPDATE account SET status = 'won'").run()).toThrow(/CHECK/)
    expect(() => db.prepare('UPDATE account SET status = NULL').run()).toThrow(/NOT NULL/)
    db.close()
  })

  it('keeps targets and their history tied to live accounts', () => {
    const db = openDatabase(tempDatabasePath(), { migrations: upTo })
    db.prepare("INSERT INTO account (id, name, created_at, updated_at) VALUES ('a1', 'One', 'x', 'x')").run()
    db.prepare("INSERT INTO target (account_id, position, added_at) VALUES ('a1', 1, 'x')").run()
    db.prepare("INSERT INTO target_event (id, account_id, kind, at) VALUES ('e1', 'a1', 'added', 'x')").run()
    expect(() => db.prepare("INSERT INTO target (account_id, position, added_at) VALUES ('missing', 1, 'x')").run()).toThrow(/FOREIGN KEY/)
    expect(() => db.prepare("INSERT INTO target_event (id, account_id, kind, at) VALUES ('e2', 'a1', 'promoted', 'x')").run()).toThrow(/CHECK/)
    expect(() => db.prepare("INSERT INTO target (account_id, position, added_at) VALUES ('a1', 2, 'x')").run()).toThrow(/UNIQUE|PRIMARY/)
    db.close()
  })
})
