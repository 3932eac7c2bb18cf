import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HandlerContext } from '../../electron/handlers/context'
import { dispatch } from '../../electron/handlers/dispatch'
import { draftFor } from '../../electron/handlers/messages'
import type { Database } from '../../electron/store/database'
import { newId } from '../../electron/store/ids'
import type {
  Account, AccountAnalysis, AccountMessages, AnalysisVersion, Contact, MessageDraftResult, RepProfile, SavedMessage,
} from '../../src/shared/contract'
import { analysisLimits, messageLimits } from '../../src/shared/contract'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'
import { dataOf, errorOf } from '../support/envelopes'

let db: Database
let ctx: HandlerContext

beforeEach(() => {
  ;({ db, ctx } = openTempDatabase())
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

async function call<T>(channel: string, input: unknown): Promise<T> {
  return dataOf<T>(await dispatch(ctx, channel, input))
}

/** Everything this feature writes, so a refused call can be shown to have written nothing. */
function written(): unknown {
  return {
    messages: db.prepare('SELECT * FROM message ORDER BY account_id, kind').all(),
    forms: db.prepare('SELECT * FROM analysis_form ORDER BY id').all(),
    profile: db.prepare('SELECT * FROM rep_profile').all(),
  }
}

async function newAccount(name = 'Kestrel Freight'): Promise<string> {
  return (await call<Account>('accounts.create', { name, industry: 'Logistics' })).id
}

const productCentred =
  'Hi, this is Sam from Brightline. Our superior system is the best on the market and our clients love us. We have great service. Call me back at 555-0100.'
const prospectCentred =
  "Hi Dana, this is Sam Reyes at Brightline. Dispatch teams like yours often lose hours each week re-planning routes when drivers call in sick. You could cut that re-planning time roughly in half. I'll call you again on Thursday. If it isn't a priority right now, just tell me and I won't follow up."

/** A rep who has written an offering, an account with research and a presumed decision maker. */
async function preparedAccount(): Promise<string> {
  await call('offering.save', {
    whatItIs: 'Route planning for regional carriers',
    valueStatements: [
      { id: newId(), benefit: 'Cut route re-planning time roughly in half', forWhom: 'Dispatch teams at regional carriers', proof: null },
    ],
    differentiators: [],
  })
  await call<RepProfile>('messages.saveProfile', { name: 'Sam Reyes', company: 'Brightline', phone: '555 0100' })
  const accountId = await newAccount()
  await call<Contact>('contacts.create', { accountId, fields: { name: 'Dana Whitfield', decisionRole: 'decision-maker' } })
  await call('research.create', {
    accountId,
    fields: { kind: 'trigger-event', text: 'Opened a second depot in Leeds in March.', source: 'Leeds business news', observedOn: '2025-03-20' },
  })
  return accountId
}

describe('messages channels', () => {
  it('saves and reads each message with the coach verdict computed on the main side', async () => {
    const accountId = await newAccount()
    const empty = await call<AccountMessages>('messages.get', { accountId })
    expect(empty.messages.map((m) => [m.kind, m.text, m.coaching.pass])).toEqual([
      ['opener', '', false],
      ['voicemail', '', false],
      ['email', '', false],
    ])
    expect(empty).toMatchObject({ offLimits: false, contactsOffLimits: [], recipient: null })

    const bad = await call<SavedMessage>('messages.save', { accountId, kind: 'voicemail', text: productCentred })
    expect(bad.coaching.pass).toBe(false)
    expect(bad.coaching.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['seller-focused', 'superlative', 'no-opt-out']))

    const good = await call<SavedMessage>('messages.save', { accountId, kind: 'voicemail', text: prospectCentred })
    expect(good.coaching).toMatchObject({ pass: true, findings: [] })
    const email = await call<SavedMessage>('messages.save', { accountId, kind: 'email', subject: ' Route planning ', text: 'Hi Dana,' })
    expect(email.subject).toBe('Route planning')

    const read = await call<AccountMessages>('messages.get', { accountId })
    expect(read.messages[1]).toEqual(good)
    expect(read.messages[2]).toEqual(email)
  })

  it('is idempotent: the same autosave twice leaves the same record', async () => {
    const accountId = await newAccount()
    const input = { accountId, kind: 'opener', text: 'Hi Dana, this is Sam. How do you plan routes today?' }
    const first = await call<SavedMessage>('messages.save', input)
    const snapshot = written()
    const second = await call<SavedMessage>('messages.save', input)
    expect(second).toEqual(first)
    expect(written()).toEqual(snapshot)
  })

  it.each([
    ['a subject on a voicemail', { kind: 'voicemail', subject: 'Hello', text: 'Hi' }, 'subject'],
    ['an unknown kind', { kind: 'letter', text: 'Hi' }, 'kind'],
    ['a text over the limit', { kind: 'opener', text: 'x'.repeat(messageLimits.text + 1) }, 'text'],
    ['a subject over the limit', { kind: 'email', subject: 's'.repeat(messageLimits.subject + 1), text: 'Hi' }, 'subject'],
    ['a key it does not know', { kind: 'opener', text: 'Hi', sendNow: true }, 'sendNow'],
  ])('refuses %s, naming the field, and writes nothing', async (_label, payload, field) => {
    const accountId = await newAccount()
    await call('messages.save', { accountId, kind: 'voicemail', text: prospectCentred })
    const before = written()
    const error = errorOf(await dispatch(ctx, 'messages.save', { accountId, ...payload }))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues?.map((i) => i.path)).toContain(field)
    expect(written()).toEqual(before)
  })

  it('drafts from the offering, the research and the contacts without saving anything', async () => {
    const accountId = await preparedAccount()
    const before = written()
    for (const kind of ['opener', 'voicemail', 'email'] as const) {
      const draft = await call<MessageDraftResult>('messages.draft', { accountId, kind })
      expect(draft.kind).toBe(kind)
      expect(draft.text).toContain('opened a second depot in Leeds')
      expect(draft.text).toMatch(/^Hi Dana,/)
      expect(draft.coaching.pass).toBe(true)
      expect(draft.gaps).toEqual([])
      expect(draft.recipient).toMatchObject({ name: 'Dana Whitfield', firstName: 'Dana', decisionRole: 'decision-maker', roleConfirmed: false })
      expect(draft.subject === null).toBe(kind !== 'email')
    }
    expect(written()).toEqual(before)
    const messages = await call<AccountMessages>('messages.get', { accountId })
    expect(messages.messages.every((m) => m.text === '')).toBe(true)
  })

  it('names the call-back day two working days out', async () => {
    const accountId = await preparedAccount()
    // 2025-06-03 is a Tuesday.
    const draft = draftFor(db, accountId, 'voicemail', new Date(2025, 5, 3, 9))
    expect(draft.text).toContain("I'll call you again on Thursday")
  })

  it('says what is missing when there is little to draft from', async () => {
    const accountId = await newAccount()
    const draft = await call<MessageDraftResult>('messages.draft', { accountId, kind: 'voicemail' })
    expect(draft.gaps.length).toBeGreaterThanOrEqual(3)
    expect(draft.recipient).toBeNull()
    expect(written()).toEqual({ messages: [], forms: [], profile: [] })
  })

  it('never greets someone who asked not to be contacted, and refuses to draft for an off-limits company', async () => {
    const accountId = await preparedAccount()
    const dana = (await call<Contact[]>('contacts.list', { accountId }))[0]
    await call('contacts.setDoNotContact', { id: dana?.id, doNotContact: true, reason: 'Asked by email never to be called' })
    const drafted = await call<MessageDraftResult>('messages.draft', { accountId, kind: 'voicemail' })
    expect(drafted.text).not.toContain('Dana')
    expect(drafted.recipient).toBeNull()
    const standing = await call<AccountMessages>('messages.get', { accountId })
    expect(standing.contactsOffLimits).toEqual([{ id: dana?.id, name: 'Dana Whitfield', reason: 'Asked by email never to be called' }])
    expect(standing.offLimits).toBe(false)

    await call('contacts.setAccountDoNotContact', { accountId, doNotContact: true, reason: 'Head office asked us to stop' })
    const offLimits = await call<AccountMessages>('messages.get', { accountId })
    expect(offLimits).toMatchObject({ offLimits: true, offLimitsReason: 'Head office asked us to stop', recipient: null })
    const refused = errorOf(await dispatch(ctx, 'messages.draft', { accountId, kind: 'email' }))
    expect(refused.code).toBe('CONFLICT')
    expect(refused.message).toMatch(/asked not to be contacted/)
  })

  it('answers NOT_FOUND for an account that is not there', async () => {
    const error = errorOf(await dispatch(ctx, 'messages.get', { accountId: newId() }))
    expect(error.code).toBe('NOT_FOUND')
    expect(errorOf(await dispatch(ctx, 'messages.draft', { accountId: newId(), kind: 'opener' })).code).toBe('NOT_FOUND')
  })

  it("saves the rep's profile and refuses a phone number that is not one", async () => {
    const saved = await call<RepProfile>('messages.saveProfile', { name: ' Sam Reyes ', company: 'Brightline', phone: '' })
    expect(saved).toMatchObject({ name: 'Sam Reyes', company: 'Brightline', phone: null })
    const before = written()
    const error = errorOf(await dispatch(ctx, 'messages.saveProfile', { name: 'Sam', company: 'Brightline', phone: 'call me' }))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues?.map((i) => i.path)).toContain('phone')
    expect(written()).toEqual(before)
    expect(await call<RepProfile>('messages.getProfile', {})).toEqual(saved)
  })
})

describe('analysis channels', () => {
  it('autosaves the form, starts a new call from a copy and keeps the earlier one read-only', async () => {
    const accountId = await newAccount()
    expect(await call<AccountAnalysis>('analysis.get', { accountId })).toEqual({ accountId, current: null, earlier: [] })

    const first = await call<AnalysisVersion>('analysis.save', {
      accountId,
      versionId: null,
      fields: { currentSituation: 'Two depots', needs: '"We lose every Monday morning to re-planning"' },
    })
    expect(first).toMatchObject({ callNumber: 1, readOnly: false })
    const saved = await call<AnalysisVersion>('analysis.save', {
      accountId,
      versionId: first.id,
      fields: { ...first.fields, verdict: 'possible-fit', verdictReason: 'Budget not known yet' },
    })
    expect(saved.fields.verdict).toBe('possible-fit')

    const second = await call<AnalysisVersion>('analysis.newCallVersion', { accountId })
    expect(second).toMatchObject({ callNumber: 2, readOnly: false, fields: saved.fields })
    await call('analysis.save', { accountId, versionId: second.id, fields: { ...second.fields, budget: 'Set in October' } })

    const analysis = await call<AccountAnalysis>('analysis.get', { accountId })
    expect(analysis.current?.fields.budget).toBe('Set in October')
    expect(analysis.earlier).toEqual([
      { id: first.id, callNumber: 1, createdAt: first.createdAt, updatedAt: saved.updatedAt, verdict: 'possible-fit' },
    ])
    const earlier = await call<AnalysisVersion>('analysis.version', { versionId: first.id })
    expect(earlier).toEqual({ ...saved, readOnly: true })

    const before = written()
    const refused = errorOf(await dispatch(ctx, 'analysis.save', { accountId, versionId: first.id, fields: { budget: 'Changed later' } }))
    expect(refused.code).toBe('CONFLICT')
    expect(refused.message).toMatch(/call 1/)
    expect(written()).toEqual(before)
  })

  it.each([
    ['a field over 10,000 characters', { needs: 'x'.repeat(analysisLimits.field + 1) }, 'fields.needs'],
    ['a verdict it does not know', { verdict: 'maybe' }, 'fields.verdict'],
    ['a field it does not know', { mood: 'Friendly' }, 'fields.mood'],
    ['a field that is not text', { timeline: 2026 }, 'fields.timeline'],
  ])('refuses %s, naming the field, and writes nothing', async (_label, badFields, path) => {
    const accountId = await newAccount()
    const first = await call<AnalysisVersion>('analysis.save', { accountId, versionId: null, fields: { needs: 'Kept as it was' } })
    const before = written()
    const error = errorOf(await dispatch(ctx, 'analysis.save', { accountId, versionId: first.id, fields: { needs: 'Changed', ...badFields } }))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues?.map((i) => i.path)).toContain(path)
    expect(written()).toEqual(before)
  })

  it('accepts a field of exactly 10,000 characters', async () => {
    const accountId = await newAccount()
    const text = 'y'.repeat(analysisLimits.field)
    const saved = await call<AnalysisVersion>('analysis.save', { accountId, versionId: null, fields: { objections: text } })
    expect(saved.fields.objections).toHaveLength(analysisLimits.field)
  })

  it('answers NOT_FOUND for an unknown version or account', async () => {
    expect(errorOf(await dispatch(ctx, 'analysis.version', { versionId: newId() })).code).toBe('NOT_FOUND')
    expect(errorOf(await dispatch(ctx, 'analysis.get', { accountId: newId() })).code).toBe('NOT_FOUND')
    expect(errorOf(await dispatch(ctx, 'analysis.newCallVersion', { accountId: newId() })).code).toBe('NOT_FOUND')
    expect(written()).toEqual({ messages: [], forms: [], profile: [] })
  })
})
