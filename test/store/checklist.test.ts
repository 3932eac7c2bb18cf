import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../electron/store/database'
import { getCallSheet } from '../../electron/store/repositories/callSheet'
import {
  addOwnItem,
  checklistInputs,
  getChecklist,
  listCallQueue,
  listOwnItems,
  listReadiness,
  restoreOwnItem,
  setOwnItemDone,
  softDeleteOwnItem,
  updateOwnItem,
} from '../../electron/store/repositories/checklist'
import { insertContact, setAccountDoNotContact, setContactDoNotContact } from '../../electron/store/repositories/contacts'
import { insertObjection } from '../../electron/store/repositories/objections'
import { insertQualifier } from '../../electron/store/repositories/qualifiers'
import { insertResearchNote, setStaleAfterDays } from '../../electron/store/repositories/research'
import { removeTarget, setNextStep } from '../../electron/store/repositories/targets'
import { saveMessage } from '../../electron/store/repositories/messages'
import { softDeleteAccount } from '../../electron/store/repositories/accounts'
import { AppError } from '../../src/shared/contract/envelope'
import { checklistLimits } from '../../src/shared/contract/checklist'
import { offLimitsMissing } from '../../src/shared/domain/checklist'
import { openTempDatabase, removeTempDirs, thrownBy } from '../support/tempDatabase'
import { doPrepStep, newAccount, preparedTarget, prepSteps, productVoicemail, today } from '../support/preparedTarget'

const opened: Database[] = []
function freshDb(): Database {
  const { db } = openTempDatabase()
  opened.push(db)
  return db
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
  removeTempDirs()
})

function doneIds(db: Database, accountId: string): string[] {
  return getChecklist(db, accountId, today())
    .items.filter((item) => item.done)
    .map((item) => item.id)
}

function codeOf(error: unknown): string | undefined {
  return error instanceof AppError ? error.code : undefined
}

describe('the checklist of one account, read from the store', () => {
  it('turns each rule done as the preparation is added, and is ready once all is done', () => {
    const db = freshDb()
    const accountId = newAccount(db, 'Kestrel Freight')
    const empty = getChecklist(db, accountId, today())
    expect(empty).toMatchObject({ accountId, ready: false })
    expect(empty.missing).toHaveLength(7)
    expect(doneIds(db, accountId)).toEqual([])

    const expected: Record<(typeof prepSteps)[number], string[]> = {
      // A fresh fact is research; with research on file, an empty "to verify" list means all checked.
      research: ['research', 'to-verify'],
      questions: ['questions'],
      'decision-maker': ['decision-maker'],
      opener: ['opener'],
      voicemail: ['voicemail'],
      form: ['form'],
    }
    const done: string[] = []
    for (const step of prepSteps) {
      expect(getChecklist(db, accountId, today()).ready).toBe(false)
      doPrepStep(db, accountId, step)
      done.push(...expected[step])
      expect(doneIds(db, accountId).sort()).toEqual([...done].sort())
    }
    expect(getChecklist(db, accountId, today())).toMatchObject({ ready: true, missing: [] })
  })

  it('gathers every input from the other features', () => {
    const db = freshDb()
    const accountId = preparedTarget(db, 'Kestrel Freight')
    setStaleAfterDays(db, 30)
    addOwnItem(db, accountId, 'Read the annual report')
    const { input, toVerify } = checklistInputs(db, accountId, today())
    expect(input).toMatchObject({
      notes: [{ kind: 'fact', observedOn: today() }],
      staleAfterDays: 30,
      today: today(),
      contacts: [{ decisionRole: 'decision-maker', roleConfirmed: false, doNotContact: false }],
      ownItems: [{ text: 'Read the annual report', done: false }],
      offLimits: false,
    })
    expect(input.planQuestions).toHaveLength(3)
    expect(input.opener).toContain('How do you handle that today?')
    expect(input.voicemail).toContain("I'll call you again on Thursday at 10.")
    expect(input.analysisForm?.currentSituation).toBe('Plans routes in spreadsheets every evening.')
    // The presumed decision maker is something to verify.
    expect(toVerify.map((item) => item.kind)).toEqual(['presumed-decision-maker'])
    expect(input.toVerifyCount).toBe(1)
  })

  it('un-readies a target when a fact goes stale, the voicemail gets worse or the decision maker asks not to be called', () => {
    const db = freshDb()
    const accountId = preparedTarget(db, 'Kestrel Freight')
    expect(getChecklist(db, accountId, today()).ready).toBe(true)

    insertResearchNote(db, accountId, { kind: 'fact', text: 'Opened a third depot.', source: 'Local paper', observedOn: '2020-05-01', contactId: null })
    expect(getChecklist(db, accountId, today()).missing).toEqual([expect.stringMatching(/^Re-check 1 fact older than 90 days/)])
    setStaleAfterDays(db, 3650)
    expect(getChecklist(db, accountId, today()).ready).toBe(true)

    saveMessage(db, accountId, 'voicemail', null, productVoicemail)
    expect(getChecklist(db, accountId, today()).missing).toEqual([expect.stringMatching(/^Rework the voicemail until the coach passes it/)])
    saveMessage(db, accountId, 'voicemail', null, '')
    expect(getChecklist(db, accountId, today()).missing).toEqual(['Write the voicemail you will leave if they do not pick up.'])
    doPrepStep(db, accountId, 'voicemail')

    const contactId = db.prepare('SELECT id FROM contact WHERE account_id = ?').pluck().get(accountId) as string
    setContactDoNotContact(db, contactId, true, 'Asked on the phone')
    expect(getChecklist(db, accountId, today()).missing).toEqual(['The decision maker on file asked not to be contacted: find out who else decides.'])
  })

  it('is never ready for a company that asked not to be contacted', () => {
    const db = freshDb()
    const accountId = preparedTarget(db, 'Kestrel Freight')
    setAccountDoNotContact(db, accountId, true, 'Asked by letter')
    expect(getChecklist(db, accountId, today())).toMatchObject({ ready: false, missing: [offLimitsMissing] })
  })

  it('answers NOT_FOUND for an unknown or deleted account', () => {
    const db = freshDb()
    const accountId = newAccount(db, 'Kestrel Freight')
    softDeleteAccount(db, accountId)
    expect(codeOf(thrownBy(() => getChecklist(db, accountId, today())))).toBe('NOT_FOUND')
    expect(codeOf(thrownBy(() => getChecklist(db, '0190a000-0000-7000-8000-00000000dead', today())))).toBe('NOT_FOUND')
  })
})

describe('the rep’s own items', () => {
  it('are added in order, edited, ticked, deleted softly and restored, and count in the checklist', () => {
    const db = freshDb()
    const accountId = preparedTarget(db, 'Kestrel Freight')
    const first = addOwnItem(db, accountId, 'Read the annual report')
    const second = addOwnItem(db, accountId, 'Ask Priya for an intro')
    expect(listOwnItems(db, accountId).map((item) => [item.text, item.position, item.done])).toEqual([
      ['Read the annual report', 0, false],
      ['Ask Priya for an intro', 1, false],
    ])
    expect(getChecklist(db, accountId, today()).missing).toEqual([
      'Tick off your own item: Read the annual report',
      'Tick off your own item: Ask Priya for an intro',
    ])

    expect(updateOwnItem(db, first.id, 'Read the 2025 annual report').text).toBe('Read the 2025 annual report')
    expect(setOwnItemDone(db, first.id, true).done).toBe(true)
    expect(setOwnItemDone(db, first.id, true).done).toBe(true)
    const checklist = getChecklist(db, accountId, today())
    expect(checklist.items.filter((item) => item.id.startsWith('own:'))).toEqual([
      { id: `own:${first.id}`, label: 'Read the 2025 annual report', done: true },
      { id: `own:${second.id}`, label: 'Ask Priya for an intro', done: false, missing: 'Tick off your own item: Ask Priya for an intro' },
    ])

    softDeleteOwnItem(db, second.id)
    expect(getChecklist(db, accountId, today()).ready).toBe(true)
    expect(codeOf(thrownBy(() => softDeleteOwnItem(db, second.id)))).toBe('NOT_FOUND')
    expect(codeOf(thrownBy(() => setOwnItemDone(db, second.id, true)))).toBe('NOT_FOUND')
    expect(restoreOwnItem(db, second.id)).toMatchObject({ text: 'Ask Priya for an intro', position: 1 })
    expect(getChecklist(db, accountId, today()).ready).toBe(false)
    expect(codeOf(thrownBy(() => restoreOwnItem(db, second.id)))).toBe('NOT_FOUND')
  })

  it(`stop at ${checklistLimits.itemsPerAccount} per account, and cannot be added to or restored for a deleted account`, () => {
    const db = freshDb()
    const accountId = newAccount(db, 'Kestrel Freight')
    const items = Array.from({ length: checklistLimits.itemsPerAccount }, (_, index) => addOwnItem(db, accountId, `Item ${index + 1}`))
    expect(codeOf(thrownBy(() => addOwnItem(db, accountId, 'One too many')))).toBe('LIMIT_REACHED')
    expect(listOwnItems(db, accountId)).toHaveLength(checklistLimits.itemsPerAccount)

    const last = items.at(-1)
    if (!last) throw new Error('no items')
    softDeleteOwnItem(db, last.id)
    softDeleteAccount(db, accountId)
    expect(codeOf(thrownBy(() => restoreOwnItem(db, last.id)))).toBe('NOT_FOUND')
    expect(codeOf(thrownBy(() => addOwnItem(db, accountId, 'Late item')))).toBe('NOT_FOUND')
  })
})

describe('readiness of the target list', () => {
  it('covers every target on the list in its order, and only those', () => {
    const db = freshDb()
    const ready = preparedTarget(db, 'Kestrel Freight')
    const halfway = preparedTarget(db, 'Heron Logistics', { skip: ['opener', 'form'] })
    preparedTarget(db, 'Off The List Ltd', { onList: false })
    const removed = preparedTarget(db, 'Removed Ltd')
    removeTarget(db, removed, null)

    const readiness = listReadiness(db, today())
    expect(readiness.map((entry) => entry.accountId)).toEqual([ready, halfway])
    expect(readiness[0]).toEqual({ accountId: ready, ready: true, missing: [] })
    expect(readiness[1]).toEqual({
      accountId: halfway,
      ready: false,
      missing: ['Write the opener for the call.', 'Start the Prospect Analysis Form: fill in what you already know, such as their current situation.'],
    })
  })
})

describe('the call queue', () => {
  it('lists only ready targets, never one that asked not to be contacted, with the opener and the decision makers', () => {
    const db = freshDb()
    const ready = preparedTarget(db, 'Kestrel Freight')
    preparedTarget(db, 'Heron Logistics', { skip: ['voicemail'] })
    const offLimits = preparedTarget(db, 'Plover Parcels')
    setAccountDoNotContact(db, offLimits, true, 'Asked never to be called')
    const personBarred = preparedTarget(db, 'Curlew Couriers')
    const person = db.prepare('SELECT id FROM contact WHERE account_id = ?').pluck().get(personBarred) as string
    setContactDoNotContact(db, person, true, 'Asked by email')

    const queue = listCallQueue(db, today())
    expect(queue.map((entry) => entry.name)).toEqual(['Kestrel Freight'])
    expect(queue[0]).toMatchObject({
      accountId: ready,
      opener: expect.stringContaining('How do you handle that today?'),
      decisionMakers: [{ name: 'Dana Whitfield', title: 'Head of Operations', phone: '0113 496 0101', roleConfirmed: false }],
      due: false,
    })
  })

  it('puts due next steps first (longest overdue first), then the best fit, then the list order', () => {
    const db = freshDb()
    insertQualifier(db, { name: 'Logistics', description: null, rule: { kind: 'values', field: 'industry', values: ['Logistics'] }, mustHave: false, weight: 5 })
    const plainFirst = preparedTarget(db, 'Plain First')
    const plainSecond = preparedTarget(db, 'Plain Second')
    const bestFit = preparedTarget(db, 'Best Fit')
    db.prepare("UPDATE account SET industry = 'Retail' WHERE id IN (?, ?)").run(plainFirst, plainSecond)
    const dueLater = preparedTarget(db, 'Due Today')
    const overdue = preparedTarget(db, 'Overdue')
    const future = preparedTarget(db, 'Future Step')
    db.prepare("UPDATE account SET industry = 'Retail' WHERE id IN (?, ?, ?)").run(dueLater, overdue, future)
    setNextStep(db, dueLater, 'Call back as agreed', today())
    setNextStep(db, overdue, 'Send the case study', '2020-01-01')
    setNextStep(db, future, 'Call after the board meeting', '2999-12-31')

    const queue = listCallQueue(db, today())
    expect(queue.map((entry) => entry.name)).toEqual(['Overdue', 'Due Today', 'Best Fit', 'Plain First', 'Plain Second', 'Future Step'])
    expect(queue.map((entry) => entry.due)).toEqual([true, true, false, false, false, false])
    expect(queue[2]?.accountId).toBe(bestFit)
    expect(queue[2]?.score).toBeGreaterThan(queue[3]?.score ?? 0)
  })

  it('is empty when no target is ready', () => {
    const db = freshDb()
    preparedTarget(db, 'Kestrel Freight', { skip: ['questions'] })
    expect(listCallQueue(db, today())).toEqual([])
  })
})

describe('the call sheet', () => {
  it('brings together the account, its people, key research, what to verify, the plan, the messages and the objections', () => {
    const db = freshDb()
    const accountId = preparedTarget(db, 'Kestrel Freight')
    insertContact(db, accountId, {
      name: 'Aaron Abbott',
      title: 'Dispatcher',
      department: null,
      email: null,
      phone: null,
      decisionRole: 'user',
      roleConfirmed: false,
      relationship: 'prospect',
      notes: null,
    })
    insertResearchNote(db, accountId, { kind: 'assumption', text: 'They plan routes by hand.', source: null, observedOn: today(), contactId: null })
    insertResearchNote(db, accountId, { kind: 'fact', text: 'Had 30 vans in 2019.', source: 'Old brochure', observedOn: '2019-06-01', contactId: null })
    insertResearchNote(db, accountId, { kind: 'trigger-event', text: 'New COO started in May.', source: 'https://example.com/news', observedOn: today(), contactId: null })
    insertObjection(db, accountId, { reaction: 'We already have a routing tool.', answer: 'Ask what it does not handle well today.' })
    insertObjection(db, null, { reaction: 'Send me an email.', answer: null })
    setNextStep(db, accountId, 'First call', today())

    const sheet = getCallSheet(db, accountId, today())
    expect(sheet.account.name).toBe('Kestrel Freight')
    expect(sheet.contacts.map((contact) => contact.name)).toEqual(['Dana Whitfield', 'Aaron Abbott'])
    expect(sheet.research.map((note) => note.text).sort()).toEqual(['New COO started in May.', 'Runs 40 delivery vans out of two depots.'])
    expect(sheet.toVerify.map((item) => item.kind)).toEqual(['assumption', 'stale-fact', 'presumed-decision-maker'])
    expect(sheet.questions).toHaveLength(3)
    expect(sheet.opener.coaching.pass).toBe(true)
    expect(sheet.voicemail.coaching.pass).toBe(true)
    expect(sheet.objections.map((objection) => objection.reaction)).toEqual(['We already have a routing tool.', 'Send me an email.'])
    expect(sheet).toMatchObject({ nextStep: 'First call', nextStepDue: today(), offLimits: false, today: today() })
    // The stale fact makes it not ready, and the sheet says so.
    expect(sheet.ready).toBe(false)
    expect(sheet.missing).toEqual([expect.stringMatching(/^Re-check 1 fact/)])
  })
})
