import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../electron/store/database'
import { softDeleteAccount } from '../../electron/store/repositories/accounts'
import { getAnalysis, getAnalysisVersion, saveAnalysis, startNewCallVersion } from '../../electron/store/repositories/analysis'
import { getRepProfile, listMessages, saveMessage, saveRepProfile } from '../../electron/store/repositories/messages'
import { AppError } from '../../src/shared/contract/envelope'
import { analysisFieldsSchema, type AnalysisFieldsInput } from '../../src/shared/contract/messages'
import { insertTestAccount } from '../support/accounts'
import { openTempDatabase, removeTempDirs, thrownBy } from '../support/tempDatabase'

let db: Database

beforeEach(() => {
  ;({ db } = openTempDatabase())
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

function account(name = 'Kestrel Freight'): string {
  return insertTestAccount(db, { name, industry: 'Logistics' }).id
}

function fields(input: AnalysisFieldsInput) {
  return analysisFieldsSchema.parse(input)
}

function codeOf(error: unknown): string | undefined {
  return error instanceof AppError ? error.code : undefined
}

const goodVoicemail =
  "Hi Dana, this is Sam Reyes at Brightline. Dispatch teams like yours often lose hours each week re-planning routes when drivers call in sick. You could cut that re-planning time roughly in half. I'll call you again on Thursday. If it isn't a priority right now, just tell me and I won't follow up."

describe('messages repository', () => {
  it('lists the three kinds in order, empty and failing the coach until written', () => {
    const accountId = account()
    const messages = listMessages(db, accountId)
    expect(messages.map((m) => m.kind)).toEqual(['opener', 'voicemail', 'email'])
    for (const message of messages) {
      expect(message).toMatchObject({ text: '', subject: null, updatedAt: null })
      expect(message.coaching.pass).toBe(false)
      expect(message.coaching.findings.map((f) => f.id)).toEqual(['empty'])
    }
  })

  it('saves a message with the coach verdict, and saving it again changes nothing', () => {
    const accountId = account()
    const saved = saveMessage(db, accountId, 'voicemail', null, goodVoicemail)
    expect(saved.text).toBe(goodVoicemail)
    expect(saved.coaching.pass).toBe(true)
    expect(saved.coaching.speakingSeconds).toBeLessThanOrEqual(30)
    const rowBefore = db.prepare('SELECT * FROM message').all()
    const again = saveMessage(db, accountId, 'voicemail', null, goodVoicemail)
    expect(again).toEqual(saved)
    expect(db.prepare('SELECT * FROM message').all()).toEqual(rowBefore)
    expect(listMessages(db, accountId)[1]).toEqual(saved)
  })

  it('keeps an email subject, removes a message left blank, and keeps accounts apart', () => {
    const first = account()
    const second = account('Osprey Cold Storage')
    saveMessage(db, first, 'email', 'Route planning at Kestrel', 'Hi Dana,')
    saveMessage(db, second, 'email', null, 'Someone else')
    expect(listMessages(db, first)[2]).toMatchObject({ subject: 'Route planning at Kestrel', text: 'Hi Dana,' })
    // A subject alone is still worth keeping.
    saveMessage(db, first, 'email', 'Route planning at Kestrel', '  ')
    expect(db.prepare('SELECT count(*) FROM message WHERE account_id = ?').pluck().get(first)).toBe(1)
    saveMessage(db, first, 'email', null, '   ')
    expect(db.prepare('SELECT count(*) FROM message WHERE account_id = ?').pluck().get(first)).toBe(0)
    expect(listMessages(db, first)[2]).toMatchObject({ text: '', subject: null, updatedAt: null })
    expect(listMessages(db, second)[2]?.text).toBe('Someone else')
  })

  it('refuses rows that break the table rules', () => {
    const accountId = account()
    const insert = db.prepare("INSERT INTO message (account_id, kind, subject, text, updated_at) VALUES (?, ?, ?, ?, 'x')")
    expect(() => insert.run(accountId, 'letter', null, 'Hi')).toThrow(/CHECK/)
    expect(() => insert.run(accountId, 'voicemail', 'A subject', 'Hi')).toThrow(/CHECK/)
    expect(() => insert.run(accountId, 'opener', null, '  ')).toThrow(/CHECK/)
    expect(() => insert.run('nobody', 'opener', null, 'Hi')).toThrow(/FOREIGN KEY/)
    insert.run(accountId, 'opener', null, 'Hi')
    expect(() => insert.run(accountId, 'opener', null, 'Hi again')).toThrow(/UNIQUE/)
  })

  it('answers NOT_FOUND for an unknown or deleted account and writes nothing', () => {
    const accountId = account()
    softDeleteAccount(db, accountId)
    expect(codeOf(thrownBy(() => listMessages(db, accountId)))).toBe('NOT_FOUND')
    expect(codeOf(thrownBy(() => saveMessage(db, accountId, 'opener', null, 'Hi')))).toBe('NOT_FOUND')
    expect(db.prepare('SELECT count(*) FROM message').pluck().get()).toBe(0)
  })

  it("keeps the rep's profile in one row", () => {
    expect(getRepProfile(db)).toEqual({ name: null, company: null, phone: null, updatedAt: null })
    saveRepProfile(db, { name: 'Sam Reyes', company: 'Brightline', phone: null })
    const saved = saveRepProfile(db, { name: 'Sam Reyes', company: 'Brightline', phone: '555 0100' })
    expect(saved).toMatchObject({ name: 'Sam Reyes', company: 'Brightline', phone: '555 0100' })
    expect(saved.updatedAt).not.toBeNull()
    expect(db.prepare('SELECT count(*) FROM rep_profile').pluck().get()).toBe(1)
  })

  it('goes when its account is purged', () => {
    const accountId = account()
    saveMessage(db, accountId, 'opener', null, 'Hi')
    saveAnalysis(db, accountId, null, fields({ needs: 'Fewer re-plans' }))
    db.prepare('DELETE FROM account WHERE id = ?').run(accountId)
    expect(db.prepare('SELECT count(*) FROM message').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM analysis_form').pluck().get()).toBe(0)
  })
})

describe('analysis form repository', () => {
  it('has no form until the first save, which creates the first call', () => {
    const accountId = account()
    expect(getAnalysis(db, accountId)).toEqual({ accountId, current: null, earlier: [] })
    const first = saveAnalysis(db, accountId, null, fields({ currentSituation: 'Two depots, 140 vans' }))
    expect(first).toMatchObject({ accountId, callNumber: 1, readOnly: false })
    expect(first.fields).toMatchObject({ currentSituation: 'Two depots, 140 vans', needs: '', verdict: 'unknown' })
    expect(getAnalysis(db, accountId).current).toEqual(first)
    // A second "first save" would fork the form: refused, nothing written.
    expect(codeOf(thrownBy(() => saveAnalysis(db, accountId, null, fields({ needs: 'x' }))))).toBe('CONFLICT')
    expect(db.prepare('SELECT count(*) FROM analysis_form').pluck().get()).toBe(1)
  })

  it('autosaves into the current call, and an unchanged save keeps the time', () => {
    const accountId = account()
    const first = saveAnalysis(db, accountId, null, fields({ needs: 'Fewer re-plans' }))
    const edited = saveAnalysis(db, accountId, first.id, fields({ needs: 'Fewer re-plans', verdict: 'possible-fit', verdictReason: 'Budget unclear' }))
    expect(edited.id).toBe(first.id)
    expect(edited.fields).toMatchObject({ needs: 'Fewer re-plans', verdict: 'possible-fit', verdictReason: 'Budget unclear' })
    const same = saveAnalysis(db, accountId, first.id, fields({ needs: 'Fewer re-plans', verdict: 'possible-fit', verdictReason: 'Budget unclear' }))
    expect(same).toEqual(edited)
  })

  it('starts a new call from a copy, and the earlier call stays as it was and read-only', () => {
    const accountId = account()
    const first = saveAnalysis(db, accountId, null, fields({ needs: 'Fewer re-plans', competitors: 'RouteWise' }))
    const second = startNewCallVersion(db, accountId)
    expect(second).toMatchObject({ callNumber: 2, readOnly: false })
    expect(second.id).not.toBe(first.id)
    expect(second.fields).toEqual(first.fields)

    saveAnalysis(db, accountId, second.id, fields({ needs: 'Fewer re-plans and a dispatcher who can go home at five', competitors: 'RouteWise' }))
    const earlier = getAnalysisVersion(db, first.id)
    expect(earlier.readOnly).toBe(true)
    expect(earlier.fields).toEqual(first.fields)
    expect(earlier.updatedAt).toBe(first.updatedAt)

    const before = db.prepare('SELECT * FROM analysis_form WHERE id = ?').get(first.id)
    expect(codeOf(thrownBy(() => saveAnalysis(db, accountId, first.id, fields({ needs: 'rewritten' }))))).toBe('CONFLICT')
    expect(db.prepare('SELECT * FROM analysis_form WHERE id = ?').get(first.id)).toEqual(before)
    // The table itself refuses, whoever writes.
    expect(() => db.prepare("UPDATE analysis_form SET fields = '{}' WHERE id = ?").run(first.id)).toThrow(/read-only/)

    const third = startNewCallVersion(db, accountId)
    const analysis = getAnalysis(db, accountId)
    expect(analysis.current?.id).toBe(third.id)
    expect(analysis.current?.callNumber).toBe(3)
    expect(analysis.earlier.map((v) => v.callNumber)).toEqual([2, 1])
    expect(analysis.earlier[1]?.id).toBe(first.id)
  })

  it('starts the first call empty when there is no form yet', () => {
    const accountId = account()
    const first = startNewCallVersion(db, accountId)
    expect(first).toMatchObject({ callNumber: 1, readOnly: false })
    expect(first.fields).toEqual(fields({}))
  })

  it('refuses a version of another account and an unknown one', () => {
    const mine = account()
    const theirs = account('Osprey Cold Storage')
    const their = saveAnalysis(db, theirs, null, fields({ needs: 'Theirs' }))
    expect(codeOf(thrownBy(() => saveAnalysis(db, mine, their.id, fields({ needs: 'Mine' }))))).toBe('NOT_FOUND')
    expect(getAnalysisVersion(db, their.id).fields.needs).toBe('Theirs')
    expect(codeOf(thrownBy(() => getAnalysisVersion(db, '0190a000-0000-7000-8000-0000000000ff')))).toBe('NOT_FOUND')
  })

  it('reads stored fields through the schema: unknown keys dropped, missing ones blank', () => {
    const accountId = account()
    db.prepare(
      `INSERT INTO analysis_form (id, account_id, call_number, fields, created_at, updated_at)
       VALUES ('0190a000-0000-7000-8000-0000000000aa', ?, 1, '{"needs":"Kept","retired":"gone"}', 'x', 'x')`,
    ).run(accountId)
    const version = getAnalysisVersion(db, '0190a000-0000-7000-8000-0000000000aa')
    expect(version.fields).toEqual(fields({ needs: 'Kept' }))
    expect(() => db.prepare("UPDATE analysis_form SET fields = '[1]' WHERE account_id = ?").run(accountId)).toThrow(/CHECK/)
  })
})
