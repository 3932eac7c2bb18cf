import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion, type Database } from '../../electron/store/database'
import { migrations } from '../../electron/store/migrations'
import { migration006Research } from '../../electron/store/migrations/006-research'
import { softDeleteAccount } from '../../electron/store/repositories/accounts'
import { setAssessment } from '../../electron/store/repositories/assessments'
import { insertContact, softDeleteContact } from '../../electron/store/repositories/contacts'
import { insertQualifier } from '../../electron/store/repositories/qualifiers'
import {
  getResearchSettings,
  insertResearchNote,
  listResearchNotes,
  listToVerify,
  restoreResearchNote,
  setStaleAfterDays,
  softDeleteResearchNote,
  updateResearchNote,
} from '../../electron/store/repositories/research'
import { searchEverything } from '../../electron/store/repositories/search'
import type { AccountFields } from '../../src/shared/contract/accounts'
import { AppError } from '../../src/shared/contract/envelope'
import type { ResearchNoteFields } from '../../src/shared/contract/research'
import { coachQuestion } from '../../src/shared/domain/questionCoach'
import { insertTestAccount } from '../support/accounts'
import { openTempDatabase, removeTempDirs, tempDatabasePath, thrownBy } from '../support/tempDatabase'

let db: Database

beforeEach(() => {
  ;({ db } = openTempDatabase())
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

function account(name: string, more: Partial<AccountFields> = {}): string {
  return insertTestAccount(db, { name, ...more }).id
}

function fields(text: string, more: Partial<ResearchNoteFields> = {}): ResearchNoteFields {
  return { kind: 'fact', text, source: 'their website', observedOn: '2025-05-01', contactId: null, ...more }
}

function person(accountId: string, name: string, decisionRole: 'decision-maker' | 'influencer' = 'decision-maker', roleConfirmed = false): string {
  return insertContact(db, accountId, {
    name,
    title: null,
    department: null,
    email: null,
    phone: null,
    decisionRole,
    roleConfirmed,
    relationship: 'prospect',
    notes: null,
  }).id
}

function codeOf(action: () => unknown): string {
  const error = thrownBy(action)
  expect(error).toBeInstanceOf(AppError)
  return (error as AppError).code
}

function noteCount(): number {
  return db.prepare('SELECT count(*) FROM research_note').pluck().get() as number
}

describe('research notes', () => {
  it('keeps what was written and lists the most recently observed first', () => {
    const at = account('Harbour Freight')
    const older = insertResearchNote(db, at, fields('Runs forty trucks', { observedOn: '2024-11-02', source: 'https://example.com/fleet' }))
    const newer = insertResearchNote(db, at, fields('They plan routes in spreadsheets', { kind: 'assumption', source: null, observedOn: '2025-06-01' }))
    expect(older).toMatchObject({ accountId: at, contactId: null, kind: 'fact', text: 'Runs forty trucks', source: 'https://example.com/fleet', observedOn: '2024-11-02' })
    expect(older.createdAt).toBe(older.updatedAt)
    expect(listResearchNotes(db, at).map((note) => note.id)).toEqual([newer.id, older.id])
    expect(listResearchNotes(db, account('Elsewhere'))).toEqual([])
  })

  it('ties a note to a person at the same account only', () => {
    const at = account('Harbour Freight')
    const other = account('Zephyr Freight')
    const here = person(at, 'Dana Whitfield')
    const there = person(other, 'Sam Ortiz')
    const about = insertResearchNote(db, at, fields('Joined in March', { contactId: here }))
    expect(about.contactId).toBe(here)
    const error = thrownBy(() => insertResearchNote(db, at, fields('Wrong person', { contactId: there }))) as AppError
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues?.[0]?.path).toBe('fields.contactId')
    softDeleteContact(db, here)
    expect(codeOf(() => updateResearchNote(db, about.id, fields('Joined in March', { contactId: here })))).toBe('INVALID_INPUT')
    expect(updateResearchNote(db, about.id, fields('Joined in March')).contactId).toBeNull()
    expect(noteCount()).toBe(1)
  })

  it('edits a note in place', () => {
    const at = account('Harbour Freight')
    const note = insertResearchNote(db, at, fields('Runs forty trucks'))
    const edited = updateResearchNote(db, note.id, fields('Runs sixty trucks', { kind: 'news', observedOn: '2025-06-20', source: 'Trade press' }))
    expect(edited).toMatchObject({ id: note.id, kind: 'news', text: 'Runs sixty trucks', observedOn: '2025-06-20', source: 'Trade press', createdAt: note.createdAt })
    expect(listResearchNotes(db, at)).toEqual([edited])
  })

  it('deletes softly and restores with Undo', () => {
    const at = account('Harbour Freight')
    const note = insertResearchNote(db, at, fields('Runs forty trucks'))
    const { deletedAt } = softDeleteResearchNote(db, note.id)
    expect(deletedAt).toMatch(/^\d{4}-/)
    expect(listResearchNotes(db, at)).toEqual([])
    expect(noteCount()).toBe(1)
    expect(codeOf(() => softDeleteResearchNote(db, note.id))).toBe('NOT_FOUND')
    expect(codeOf(() => updateResearchNote(db, note.id, fields('x')))).toBe('NOT_FOUND')
    expect(restoreResearchNote(db, note.id)).toMatchObject({ id: note.id, text: 'Runs forty trucks' })
    expect(codeOf(() => restoreResearchNote(db, note.id))).toBe('NOT_FOUND')
  })

  it('refuses notes for missing or deleted accounts, and restoring into a deleted account', () => {
    const at = account('Harbour Freight')
    const note = insertResearchNote(db, at, fields('Runs forty trucks'))
    softDeleteResearchNote(db, note.id)
    softDeleteAccount(db, at)
    expect(codeOf(() => insertResearchNote(db, at, fields('More')))).toBe('NOT_FOUND')
    expect(codeOf(() => insertResearchNote(db, '0190a000-0000-7000-8000-00000000dead', fields('More')))).toBe('NOT_FOUND')
    expect(codeOf(() => listResearchNotes(db, at))).toBe('NOT_FOUND')
    expect(codeOf(() => restoreResearchNote(db, note.id))).toBe('NOT_FOUND')
    expect(noteCount()).toBe(1)
  })
})

describe('settings', () => {
  it('starts at 90 days and keeps what the rep sets', () => {
    expect(getResearchSettings(db)).toEqual({ staleAfterDays: 90 })
    expect(setStaleAfterDays(db, 30)).toEqual({ staleAfterDays: 30 })
    expect(setStaleAfterDays(db, 365)).toEqual({ staleAfterDays: 365 })
    expect(getResearchSettings(db)).toEqual({ staleAfterDays: 365 })
    expect(db.prepare('SELECT count(*) FROM setting').pluck().get()).toBe(1)
  })

  it('falls back to 90 days when the stored value is not a sensible number', () => {
    db.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('research.staleAfterDays', '\"soon\"', 'x')").run()
    expect(getResearchSettings(db)).toEqual({ staleAfterDays: 90 })
  })
})

describe('what to verify for an account', () => {
  it('gathers unknown qualifiers (must-haves first), assumptions, need hypotheses, stale facts and presumed decision makers', () => {
    const at = account('Harbour Freight', { industry: 'Logistics' })
    const light = insertQualifier(db, { name: 'Uses a TMS', description: null, rule: { kind: 'evidence' }, mustHave: false, weight: 1 })
    const heavy = insertQualifier(db, { name: 'Fleet size', description: 'Between 20 and 500 trucks', rule: { kind: 'range', field: 'employees', min: 20, max: 500 }, mustHave: true, weight: 3 })
    const met = insertQualifier(db, { name: 'Industry', description: null, rule: { kind: 'values', field: 'industry', values: ['Logistics'] }, mustHave: false, weight: 2 })
    const confirmed = insertQualifier(db, { name: 'Budget cycle', description: null, rule: { kind: 'evidence' }, mustHave: false, weight: 5 })
    setAssessment(db, at, confirmed.id, 'met', 'Told us on the call')
    const assumption = insertResearchNote(db, at, fields('They plan routes in spreadsheets', { kind: 'assumption', source: null }))
    const need = insertResearchNote(db, at, fields('Late deliveries cost them customers', { kind: 'need-hypothesis', source: null }))
    const old = insertResearchNote(db, at, fields('Runs forty trucks', { observedOn: '2025-01-01' }))
    insertResearchNote(db, at, fields('Head office in Halifax', { observedOn: '2025-06-01' }))
    const gone = insertResearchNote(db, at, fields('A deleted assumption', { kind: 'assumption' }))
    softDeleteResearchNote(db, gone.id)
    const presumed = person(at, 'Dana Whitfield')
    person(at, 'Sam Ortiz', 'decision-maker', true)
    person(at, 'Ravi Patel', 'influencer')

    const items = listToVerify(db, at, '2025-06-30')
    expect(items.map((item) => item.key)).toEqual([
      `qualifier:${heavy.id}`,
      `qualifier:${light.id}`,
      `note:${assumption.id}`,
      `note:${need.id}`,
      `note:${old.id}`,
      `contact:${presumed}`,
    ])
    expect(items.map((item) => item.key)).not.toContain(`qualifier:${met.id}`)
    expect(items[0]?.text).toBe('Fleet size: Between 20 and 500 trucks')
    expect(items[4]?.text).toBe('Runs forty trucks (observed 180 days ago)')
    for (const item of items) expect(coachQuestion(item.suggestedQuestion).open).toBe(true)

    setStaleAfterDays(db, 365)
    expect(listToVerify(db, at, '2025-06-30').map((item) => item.kind)).not.toContain('stale-fact')
  })

  it('refuses a deleted account', () => {
    const at = account('Harbour Freight')
    softDeleteAccount(db, at)
    expect(codeOf(() => listToVerify(db, at, '2025-06-30'))).toBe('NOT_FOUND')
  })
})

describe('migration 006 (research)', () => {
  const before = migrations.filter((step) => step.version < 6)
  const through6 = [...before, migration006Research]

  it('indexes the live accounts, and the live people of live accounts, already on file when it upgrades version 5', () => {
    const file = tempDatabasePath()
    const old = openDatabase(file, { migrations: before })
    const insertAccountRow = old.prepare("INSERT INTO account (id, name, industry, city, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, 'x', 'x', ?)")
    insertAccountRow.run('a1', 'Harbour Freight', 'Logistics', 'Halifax', null)
    insertAccountRow.run('a2', 'Binned Bakery', 'Food', null, 'gone')
    const insertPerson = old.prepare("INSERT INTO contact (id, account_id, name, title, email, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, 'x', 'x', ?)")
    insertPerson.run('c1', 'a1', 'Dana Whitfield', 'Fleet manager', 'dana@harbour.example.com', null)
    insertPerson.run('c2', 'a1', 'Gone Person', null, null, 'gone')
    insertPerson.run('c3', 'a2', 'Person At A Binned Account', null, null, null)
    old.close()

    const upgraded = openDatabase(file, { migrations: through6 })
    try {
      expect(schemaVersion(upgraded)).toBe(6)
      expect(upgraded.prepare('SELECT kind, ref_id, account_id, name, detail FROM search_document ORDER BY kind').all()).toEqual([
        { kind: 'account', ref_id: 'a1', account_id: 'a1', name: 'Harbour Freight', detail: 'Logistics · Halifax' },
        { kind: 'contact', ref_id: 'c1', account_id: 'a1', name: 'Dana Whitfield', detail: 'Fleet manager · dana@harbour.example.com' },
      ])
      expect(() => upgraded.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run()).not.toThrow()
      const strict = upgraded.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('research_note', 'setting', 'search_document')").all()
      expect(strict).toEqual(expect.arrayContaining([{ name: 'research_note', strict: 1 }, { name: 'setting', strict: 1 }, { name: 'search_document', strict: 1 }]))
    } finally {
      upgraded.close()
    }
  })

  it('refuses note rows that break its rules', () => {
    const at = account('Harbour Freight')
    const insert = db.prepare("INSERT INTO research_note (id, account_id, contact_id, kind, text, observed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'x', 'x')")
    expect(() => insert.run('n1', at, null, 'rumour', 'Text', '2025-01-01')).toThrow(/CHECK/)
    expect(() => insert.run('n2', at, null, 'fact', '   ', '2025-01-01')).toThrow(/CHECK/)
    expect(() => insert.run('n3', at, null, 'fact', 'Text', '2025-02-30')).toThrow(/CHECK/)
    expect(() => insert.run('n4', at, null, 'fact', 'Text', '01/02/2025')).toThrow(/CHECK/)
    expect(() => insert.run('n5', 'nobody', null, 'fact', 'Text', '2025-01-01')).toThrow(/FOREIGN KEY/)
    expect(() => insert.run('n6', at, 'nobody', 'fact', 'Text', '2025-01-01')).toThrow(/FOREIGN KEY/)
    expect(() => db.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('k', 'not json', 'x')").run()).toThrow(/CHECK/)
    expect(noteCount()).toBe(0)
  })

  it('keeps notes when a person is purged, and takes them with a purged account', () => {
    const at = account('Harbour Freight')
    const who = person(at, 'Dana Whitfield')
    const note = insertResearchNote(db, at, fields('Joined in March', { contactId: who }))
    db.prepare('DELETE FROM contact WHERE id = ?').run(who)
    expect(listResearchNotes(db, at)).toEqual([{ ...note, contactId: null }])
    db.prepare('DELETE FROM account WHERE id = ?').run(at)
    expect(noteCount()).toBe(0)
    expect(searchEverything(db, 'march')).toEqual([])
  })
})
