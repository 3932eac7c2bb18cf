import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readStarterQuestions } from '../../electron/handlers/starterQuestions'
import { openDatabase, type Database } from '../../electron/store/database'
import { restoreAccount, softDeleteAccount } from '../../electron/store/repositories/accounts'
import {
  insertObjection,
  listObjections,
  reorderObjections,
  restoreObjection,
  softDeleteObjection,
  updateObjection,
} from '../../electron/store/repositories/objections'
import {
  addToPlan,
  getCallPlan,
  insertBankQuestion,
  listBank,
  removeFromPlan,
  reorderPlan,
  restoreBankQuestion,
  restoreToPlan,
  seedStarterQuestions,
  softDeleteBankQuestion,
  updateBankQuestion,
  updatePlanItem,
} from '../../electron/store/repositories/questions'
import { AppError } from '../../src/shared/contract/envelope'
import { objectionsMax, planMaxQuestions, questionPurposes } from '../../src/shared/contract/questions'
import { coachCallPlan, coachQuestion } from '../../src/shared/domain/questionCoach'
import { insertTestAccount } from '../support/accounts'
import { removeTempDirs, tempDatabasePath, thrownBy } from '../support/tempDatabase'

const starters = readStarterQuestions('resources')

let db: Database
let file: string
let accountId: string

function newAccount(name: string): string {
  return insertTestAccount(db, { name }).id
}

beforeEach(() => {
  file = tempDatabasePath()
  db = openDatabase(file)
  accountId = newAccount('Kestrel Freight')
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

function codeOf(action: () => unknown): string {
  const error = thrownBy(action)
  if (!(error instanceof AppError)) throw error
  return error.code
}

function planTexts(): string[] {
  return getCallPlan(db, accountId).questions.map((question) => question.text)
}

function bankIds(): string[] {
  return listBank(db).flatMap((group) => group.questions.map((question) => question.id))
}

describe('seeding the starter bank', () => {
  it('copies every shipped question once, grouped by purpose in file order', () => {
    expect(starters.length).toBeGreaterThan(0)
    expect(seedStarterQuestions(db, starters)).toBe(starters.length)
    const groups = listBank(db)
    expect(groups.map((group) => group.purpose)).toEqual([...questionPurposes])
    for (const group of groups) {
      expect(group.questions.map((question) => question.id)).toEqual(starters.filter((s) => s.purpose === group.purpose).map((s) => s.id))
      expect(group.questions.every((question) => question.origin === 'starter')).toBe(true)
    }
  })

  it('is idempotent by id and keeps what the rep edited or deleted, also on a new connection', () => {
    seedStarterQuestions(db, starters)
    const [first, second] = starters
    if (!first || !second) throw new Error('the starter bank needs at least two questions')
    updateBankQuestion(db, first.id, { purpose: 'problem', text: 'What slows your team down the most today?' })
    softDeleteBankQuestion(db, second.id)

    expect(seedStarterQuestions(db, starters)).toBe(0)
    db.close()
    db = openDatabase(file)
    expect(seedStarterQuestions(db, starters)).toBe(0)

    const all = listBank(db).flatMap((group) => group.questions)
    expect(all).toHaveLength(starters.length - 1)
    expect(all.find((question) => question.id === first.id)).toMatchObject({ purpose: 'problem', text: 'What slows your team down the most today?' })
    expect(all.some((question) => question.id === second.id)).toBe(false)
  })

  it('adds only the new ids when a later version ships more starter questions', () => {
    seedStarterQuestions(db, starters.slice(0, 3))
    expect(seedStarterQuestions(db, starters)).toBe(starters.length - 3)
    expect(new Set(bankIds()).size).toBe(starters.length)
  })
})

describe('the rep’s own bank questions', () => {
  it('are added after the starters of their purpose, edited, deleted and restored', () => {
    seedStarterQuestions(db, starters)
    const own = insertBankQuestion(db, { purpose: 'timing', text: 'What would have to happen for this to start before your busy season?' })
    expect(own.origin).toBe('own')
    const timing = listBank(db).find((group) => group.purpose === 'timing')?.questions ?? []
    expect(timing.at(-1)?.id).toBe(own.id)

    softDeleteBankQuestion(db, own.id)
    expect(bankIds()).not.toContain(own.id)
    expect(codeOf(() => softDeleteBankQuestion(db, own.id))).toBe('NOT_FOUND')
    restoreBankQuestion(db, own.id)
    expect(bankIds()).toContain(own.id)
  })
})

describe('a target’s call plan', () => {
  it('keeps questions in the order they were added, then in the order the rep chooses', () => {
    const a = addToPlan(db, { accountId, text: 'How do you plan your delivery routes today?', origin: 'own' }).question
    const b = addToPlan(db, { accountId, text: 'What happens when a driver calls in sick?', origin: 'own' }).question
    const c = addToPlan(db, { accountId, text: 'Who else weighs in on a change like this?', origin: 'own' }).question
    expect(planTexts()).toEqual([a.text, b.text, c.text])

    const plan = reorderPlan(db, accountId, [c.id, a.id, b.id])
    expect(plan.questions.map((question) => question.id)).toEqual([c.id, a.id, b.id])
    expect(plan.questions.map((question) => question.position)).toEqual([0, 1, 2])
    expect(getCallPlan(db, accountId).questions.map((question) => question.id)).toEqual([c.id, a.id, b.id])
  })

  it('refuses a reorder that does not name exactly the current questions, changing nothing', () => {
    const a = addToPlan(db, { accountId, text: 'How do you plan your delivery routes today?', origin: 'own' }).question
    const b = addToPlan(db, { accountId, text: 'What happens when a driver calls in sick?', origin: 'own' }).question
    const before = getCallPlan(db, accountId).questions
    expect(codeOf(() => reorderPlan(db, accountId, [b.id]))).toBe('CONFLICT')
    expect(codeOf(() => reorderPlan(db, accountId, [b.id, a.id, a.id]))).toBe('CONFLICT')
    const other = addToPlan(db, { accountId: newAccount('Other Ltd'), text: 'How is your team organised?', origin: 'own' }).question
    expect(codeOf(() => reorderPlan(db, accountId, [b.id, other.id]))).toBe('CONFLICT')
    expect(getCallPlan(db, accountId).questions).toEqual(before)
  })

  it('adds a to-verify item only once per source key', () => {
    const input = { accountId, text: 'How many depots do you run today?', origin: 'to-verify' as const, sourceKey: 'qualifier:depots' }
    const first = addToPlan(db, input)
    const again = addToPlan(db, { ...input, text: 'Reworded: how many depots do you run?' })
    expect(first.added).toBe(true)
    expect(again.added).toBe(false)
    expect(again.question.id).toBe(first.question.id)
    expect(planTexts()).toEqual([input.text])

    // Removed, it can be planned again; the removed copy then cannot come back beside it.
    removeFromPlan(db, first.question.id)
    const replanned = addToPlan(db, input)
    expect(replanned.added).toBe(true)
    expect(codeOf(() => restoreToPlan(db, first.question.id))).toBe('CONFLICT')
    expect(planTexts()).toEqual([input.text])
  })

  it('plans a bank question once, taking its purpose unless the rep sets one', () => {
    seedStarterQuestions(db, starters)
    const bankQuestion = listBank(db).find((group) => group.purpose === 'implication')?.questions[0]
    if (!bankQuestion) throw new Error('the starter bank needs an implication question')
    const first = addToPlan(db, { accountId, text: bankQuestion.text, questionId: bankQuestion.id, origin: 'bank' })
    expect(first.question).toMatchObject({ purpose: 'implication', questionId: bankQuestion.id, origin: 'bank' })
    expect(addToPlan(db, { accountId, text: bankQuestion.text, questionId: bankQuestion.id, origin: 'bank' }).added).toBe(false)
    expect(getCallPlan(db, accountId).questions).toHaveLength(1)

    softDeleteBankQuestion(db, bankQuestion.id)
    expect(getCallPlan(db, accountId).questions[0]?.text).toBe(bankQuestion.text)
    expect(codeOf(() => addToPlan(db, { accountId: newAccount('Later Ltd'), text: 'x', questionId: bankQuestion.id, origin: 'bank' }))).toBe('NOT_FOUND')
  })

  it('fills an unset purpose from the coach, and keeps an explicit null', () => {
    const text = 'What does it cost you when a delivery is late?'
    const guessed = addToPlan(db, { accountId, text, origin: 'own' }).question
    expect(guessed.purpose).toBe(coachQuestion(text).purposeGuess ?? null)
    const unset = addToPlan(db, { accountId, text: 'Anything else?', purpose: null, origin: 'own' }).question
    expect(unset.purpose).toBeNull()
  })

  it('edits the plan’s copy of a question without touching the bank', () => {
    seedStarterQuestions(db, starters)
    const bankQuestion = listBank(db)[0]?.questions[0]
    if (!bankQuestion) throw new Error('the starter bank is empty')
    const planned = addToPlan(db, { accountId, text: bankQuestion.text, questionId: bankQuestion.id, origin: 'bank' }).question
    const edited = updatePlanItem(db, planned.id, { text: 'Walk me through how routes get planned at your Leeds depot.' })
    expect(edited).toMatchObject({ text: 'Walk me through how routes get planned at your Leeds depot.', purpose: bankQuestion.purpose })
    expect(updatePlanItem(db, planned.id, { purpose: null }).purpose).toBeNull()
    expect(listBank(db)[0]?.questions[0]?.text).toBe(bankQuestion.text)
  })

  it('removes with Undo, bringing the question back to its place', () => {
    const a = addToPlan(db, { accountId, text: 'How do you plan routes today?', origin: 'own' }).question
    const b = addToPlan(db, { accountId, text: 'What happens when a truck breaks down?', origin: 'own' }).question
    const c = addToPlan(db, { accountId, text: 'Who signs off on new tools?', origin: 'own' }).question
    removeFromPlan(db, b.id)
    expect(planTexts()).toEqual([a.text, c.text])
    expect(codeOf(() => removeFromPlan(db, b.id))).toBe('NOT_FOUND')
    restoreToPlan(db, b.id)
    expect(planTexts()).toEqual([a.text, b.text, c.text])
  })

  it('reports the coach’s view of the whole plan, and it follows the plan', () => {
    addToPlan(db, { accountId, text: 'How do you plan your delivery routes today?', purpose: 'situation', origin: 'own' })
    addToPlan(db, { accountId, text: 'Do you use spreadsheets?', purpose: 'situation', origin: 'own' })
    const before = getCallPlan(db, accountId)
    expect(before.coaching).toEqual(coachCallPlan(before.questions.map((q) => ({ text: q.text, purpose: q.purpose ?? 'situation' }))))
    expect(before.coaching.counts.situation).toBe(2)

    addToPlan(db, { accountId, text: 'What gets in the way when routes change at short notice?', purpose: 'problem', origin: 'own' })
    const after = getCallPlan(db, accountId)
    expect(after.coaching.counts.problem).toBe(1)
    expect(after.coaching.hints).not.toEqual(before.coaching.hints)
  })

  it('caps a plan and refuses a deleted account', () => {
    for (let index = 0; index < planMaxQuestions; index += 1) addToPlan(db, { accountId, text: `Question number ${index}?`, origin: 'own' })
    expect(codeOf(() => addToPlan(db, { accountId, text: 'One too many?', origin: 'own' }))).toBe('LIMIT_REACHED')
    expect(getCallPlan(db, accountId).questions).toHaveLength(planMaxQuestions)

    const gone = newAccount('Gone Ltd')
    softDeleteAccount(db, gone)
    expect(codeOf(() => addToPlan(db, { accountId: gone, text: 'How are you?', origin: 'own' }))).toBe('NOT_FOUND')
    expect(codeOf(() => getCallPlan(db, gone))).toBe('NOT_FOUND')
  })
})

describe('objections', () => {
  it('keeps an account’s reactions apart from the reusable ones, in order', () => {
    const other = newAccount('Other Ltd')
    const price = insertObjection(db, accountId, { reaction: 'It sounds expensive.', answer: 'Compare it with the overtime you pay today.' })
    const timing = insertObjection(db, accountId, { reaction: 'Call me next quarter.', answer: null })
    const general = insertObjection(db, null, { reaction: 'Send me some information.', answer: 'Happy to: what would be most useful to you?' })
    insertObjection(db, other, { reaction: 'We already have a vendor.', answer: null })

    const list = listObjections(db, accountId)
    expect(list.account.map((o) => o.id)).toEqual([price.id, timing.id])
    expect(list.general.map((o) => o.id)).toEqual([general.id])
    expect(list.general[0]?.accountId).toBeNull()

    expect(reorderObjections(db, accountId, [timing.id, price.id]).map((o) => o.id)).toEqual([timing.id, price.id])
    expect(codeOf(() => reorderObjections(db, accountId, [timing.id, general.id]))).toBe('CONFLICT')
  })

  it('edits, deletes and restores a reaction', () => {
    const price = insertObjection(db, accountId, { reaction: 'It sounds expensive.', answer: null })
    const edited = updateObjection(db, price.id, { reaction: 'It sounds expensive.', answer: 'What does a late delivery cost you now?' })
    expect(edited.answer).toBe('What does a late delivery cost you now?')
    softDeleteObjection(db, price.id)
    expect(listObjections(db, accountId).account).toEqual([])
    expect(codeOf(() => updateObjection(db, price.id, { reaction: 'x', answer: null }))).toBe('NOT_FOUND')
    restoreObjection(db, price.id)
    expect(listObjections(db, accountId).account.map((o) => o.answer)).toEqual(['What does a late delivery cost you now?'])
  })

  it('restores a reaction only while its list has room, as adding does', () => {
    for (const scope of [accountId, null]) {
      const kept = Array.from({ length: objectionsMax }, (_, index) => insertObjection(db, scope, { reaction: `Reaction ${index}`, answer: null }))
      const binned = kept[0]
      if (!binned) throw new Error('no reactions')
      softDeleteObjection(db, binned.id)
      insertObjection(db, scope, { reaction: 'Took the free place', answer: null })

      const error = thrownBy(() => restoreObjection(db, binned.id))
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).code).toBe('LIMIT_REACHED')
      expect((error as AppError).message).toContain('Delete some')
      const list = listObjections(db, accountId)
      const shown = scope === null ? list.general : list.account
      expect(shown).toHaveLength(objectionsMax)
      expect(shown.map((o) => o.id)).not.toContain(binned.id)
    }
  })

  it('does not restore a reaction onto a deleted account, but does once the account is back', () => {
    const gone = newAccount('Gone Ltd')
    const price = insertObjection(db, gone, { reaction: 'It sounds expensive.', answer: null })
    softDeleteObjection(db, price.id)
    softDeleteAccount(db, gone)

    const error = thrownBy(() => restoreObjection(db, price.id))
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('NOT_FOUND')
    expect((error as AppError).message).toContain('Restore the account first')
    expect(db.prepare('SELECT deleted_at FROM objection WHERE id = ?').pluck().get(price.id)).not.toBeNull()

    restoreAccount(db, gone)
    expect(restoreObjection(db, price.id)).toMatchObject({ id: price.id, accountId: gone })
    expect(listObjections(db, gone).account.map((o) => o.id)).toEqual([price.id])
    expect(codeOf(() => restoreObjection(db, price.id))).toBe('NOT_FOUND')
  })
})
