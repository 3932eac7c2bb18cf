import type { Database } from 'better-sqlite3'
import { AppError } from '../../../src/shared/contract/envelope'
import {
  planMaxQuestions,
  questionPurposes,
  type BankGroup,
  type BankQuestion,
  type CallPlan,
  type PlanOrigin,
  type PlanQuestion,
  type StarterQuestion,
} from '../../../src/shared/contract/questions'
import { coachCallPlan, coachQuestion, type QuestionPurpose } from '../../../src/shared/domain/questionCoach'
import { newId, nowIso } from '../ids'
import { expectOneChange, prepared } from '../statements'
import { requireLiveAccount } from './accounts'

interface QuestionRow {
  id: string
  purpose: QuestionPurpose
  text: string
  origin: BankQuestion['origin']
  created_at: string
  updated_at: string
}

interface PlanQuestionRow {
  id: string
  account_id: string
  question_id: string | null
  text: string
  purpose: QuestionPurpose | null
  position: number
  origin: PlanOrigin
  source_key: string | null
  added_at: string
  updated_at: string
}

const questionColumns = 'id, purpose, text, origin, created_at, updated_at'
const planColumns = 'id, account_id, question_id, text, purpose, position, origin, source_key, added_at, updated_at'

function toBankQuestion(row: QuestionRow): BankQuestion {
  return { id: row.id, purpose: row.purpose, text: row.text, origin: row.origin, createdAt: row.created_at, updatedAt: row.updated_at }
}

function toPlanQuestion(row: PlanQuestionRow): PlanQuestion {
  return {
    id: row.id,
    accountId: row.account_id,
    text: row.text,
    purpose: row.purpose,
    questionId: row.question_id,
    origin: row.origin,
    sourceKey: row.source_key,
    position: row.position,
    addedAt: row.added_at,
    updatedAt: row.updated_at,
  }
}

// ---- The bank ----

/**
 * Copies the shipped starter questions into the bank. Idempotent by id: a starter question already
 * there (edited, or deleted into the bin) is left exactly as the rep left it. Returns how many were new.
 */
export function seedStarterQuestions(db: Database, starters: readonly StarterQuestion[], at: string = nowIso()): number {
  const insert = prepared(
    db,
    `INSERT INTO question (id, purpose, text, origin, position, created_at, updated_at)
     VALUES (@id, @purpose, @text, 'starter', @position, @at, @at)
     ON CONFLICT (id) DO NOTHING`,
  )
  return db.transaction(() => {
    let added = 0
    starters.forEach((starter, position) => {
      added += insert.run({ id: starter.id, purpose: starter.purpose, text: starter.text, position, at }).changes
    })
    return added
  })()
}

/** Every live bank question, grouped by purpose in the method's order (empty groups included). */
export function listBank(db: Database): BankGroup[] {
  const rows = prepared(db, `SELECT ${questionColumns} FROM question WHERE deleted_at IS NULL ORDER BY position, created_at, id`).all() as QuestionRow[]
  return questionPurposes.map((purpose) => ({ purpose, questions: rows.filter((row) => row.purpose === purpose).map(toBankQuestion) }))
}

function findBankQuestion(db: Database, id: string): BankQuestion | undefined {
  const row = prepared(db, `SELECT ${questionColumns} FROM question WHERE id = ? AND deleted_at IS NULL`).get(id) as QuestionRow | undefined
  return row ? toBankQuestion(row) : undefined
}

export function getBankQuestion(db: Database, id: string): BankQuestion {
  const question = findBankQuestion(db, id)
  if (!question) throw new AppError('NOT_FOUND', 'That question is no longer in your bank. It may have been deleted.')
  return question
}

export function insertBankQuestion(db: Database, fields: { purpose: QuestionPurpose; text: string }): BankQuestion {
  const id = newId()
  const at = nowIso()
  prepared(
    db,
    `INSERT INTO question (id, purpose, text, origin, position, created_at, updated_at)
     VALUES (@id, @purpose, @text, 'own', (SELECT coalesce(max(position), -1) + 1 FROM question), @at, @at)`,
  ).run({ id, at, purpose: fields.purpose, text: fields.text })
  return getBankQuestion(db, id)
}

export function updateBankQuestion(db: Database, id: string, fields: { purpose: QuestionPurpose; text: string }): BankQuestion {
  const result = prepared(db, 'UPDATE question SET purpose = @purpose, text = @text, updated_at = @at WHERE id = @id AND deleted_at IS NULL').run({
    id,
    at: nowIso(),
    purpose: fields.purpose,
    text: fields.text,
  })
  expectOneChange(result.changes, 'That question')
  return getBankQuestion(db, id)
}

export function softDeleteBankQuestion(db: Database, id: string): { id: string; deletedAt: string } {
  const deletedAt = nowIso()
  const result = prepared(db, 'UPDATE question SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id)
  expectOneChange(result.changes, 'That question')
  return { id, deletedAt }
}

export function restoreBankQuestion(db: Database, id: string): BankQuestion {
  const result = prepared(db, 'UPDATE question SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(nowIso(), id)
  expectOneChange(result.changes, 'That deleted question')
  return getBankQuestion(db, id)
}

// ---- Each target's call plan ----

function planRows(db: Database, accountId: string): PlanQuestionRow[] {
  return prepared(
    db,
    `SELECT ${planColumns} FROM plan_question WHERE account_id = ? AND removed_at IS NULL ORDER BY position, added_at, id`,
  ).all(accountId) as PlanQuestionRow[]
}

function findPlanRow(db: Database, id: string, where: 'live' | 'removed'): PlanQuestionRow | undefined {
  const condition = where === 'live' ? 'removed_at IS NULL' : 'removed_at IS NOT NULL'
  return prepared(db, `SELECT ${planColumns} FROM plan_question WHERE id = ? AND ${condition}`).get(id) as PlanQuestionRow | undefined
}

function getPlanQuestion(db: Database, id: string): PlanQuestion {
  const row = findPlanRow(db, id, 'live')
  if (!row) throw new AppError('NOT_FOUND', 'That question is no longer in the plan. It may have been removed.')
  return toPlanQuestion(row)
}

/** The target's questions in the rep's order, with the coach's view of the plan as a whole. */
export function getCallPlan(db: Database, accountId: string): CallPlan {
  requireLiveAccount(db, accountId)
  const questions = planRows(db, accountId).map(toPlanQuestion)
  const coaching = coachCallPlan(questions.map((question) => (question.purpose ? { text: question.text, purpose: question.purpose } : { text: question.text })))
  return { accountId, questions, coaching }
}

function livePlanCount(db: Database, accountId: string): number {
  return prepared(db, 'SELECT count(*) FROM plan_question WHERE account_id = ? AND removed_at IS NULL').pluck().get(accountId) as number
}

function refuseIfPlanFull(db: Database, accountId: string): void {
  if (livePlanCount(db, accountId) >= planMaxQuestions) {
    throw new AppError('LIMIT_REACHED', `A call plan holds at most ${planMaxQuestions} questions. Remove some before adding more.`)
  }
}

function livePlanRowBy(db: Database, accountId: string, column: 'source_key' | 'question_id', value: string): PlanQuestionRow | undefined {
  return prepared(db, `SELECT ${planColumns} FROM plan_question WHERE account_id = ? AND ${column} = ? AND removed_at IS NULL`).get(
    accountId,
    value,
  ) as PlanQuestionRow | undefined
}

export interface AddToPlan {
  accountId: string
  text: string
  /** undefined: take the bank question's purpose, else the coach's guess; null: leave it unset. */
  purpose?: QuestionPurpose | null | undefined
  questionId?: string | undefined
  origin: PlanOrigin
  sourceKey?: string | undefined
}

/**
 * Adds a question at the end of the plan. A 'to-verify' item (same source key) or a bank question
 * already planned is not added again: the existing entry comes back with added = false.
 */
export function addToPlan(db: Database, input: AddToPlan): { question: PlanQuestion; added: boolean } {
  return db.transaction(() => {
    requireLiveAccount(db, input.accountId)
    const already =
      (input.sourceKey !== undefined ? livePlanRowBy(db, input.accountId, 'source_key', input.sourceKey) : undefined) ??
      (input.questionId !== undefined ? livePlanRowBy(db, input.accountId, 'question_id', input.questionId) : undefined)
    if (already) return { question: toPlanQuestion(already), added: false }

    const bankQuestion = input.questionId !== undefined ? getBankQuestion(db, input.questionId) : undefined
    refuseIfPlanFull(db, input.accountId)
    const purpose = input.purpose !== undefined ? input.purpose : (bankQuestion?.purpose ?? coachQuestion(input.text).purposeGuess ?? null)
    const id = newId()
    const at = nowIso()
    prepared(
      db,
      `INSERT INTO plan_question (id, account_id, question_id, text, purpose, position, origin, source_key, added_at, updated_at)
       VALUES (@id, @accountId, @questionId, @text, @purpose,
         (SELECT coalesce(max(position), -1) + 1 FROM plan_question WHERE account_id = @accountId AND removed_at IS NULL),
         @origin, @sourceKey, @at, @at)`,
    ).run({
      id,
      at,
      accountId: input.accountId,
      questionId: input.questionId ?? null,
      text: input.text,
      purpose,
      origin: input.origin,
      sourceKey: input.sourceKey ?? null,
    })
    return { question: getPlanQuestion(db, id), added: true }
  })()
}

/** Edits the plan's own copy of a question; the bank is left as it is. */
export function updatePlanItem(db: Database, id: string, change: { text?: string | undefined; purpose?: QuestionPurpose | null | undefined }): PlanQuestion {
  const current = findPlanRow(db, id, 'live')
  if (!current) throw new AppError('NOT_FOUND', 'That question is no longer in the plan. It may have been removed.')
  const result = prepared(db, 'UPDATE plan_question SET text = @text, purpose = @purpose, updated_at = @at WHERE id = @id AND removed_at IS NULL').run({
    id,
    at: nowIso(),
    text: change.text ?? current.text,
    purpose: change.purpose !== undefined ? change.purpose : current.purpose,
  })
  expectOneChange(result.changes, 'That question')
  return getPlanQuestion(db, id)
}

export function removeFromPlan(db: Database, id: string): { id: string; removedAt: string } {
  const removedAt = nowIso()
  const result = prepared(db, 'UPDATE plan_question SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(removedAt, id)
  expectOneChange(result.changes, 'That question')
  return { id, removedAt }
}

/** Undo of a removal: back at its old place, unless the same question was planned again meanwhile. */
export function restoreToPlan(db: Database, id: string): PlanQuestion {
  return db.transaction(() => {
    const row = findPlanRow(db, id, 'removed')
    if (!row) throw new AppError('NOT_FOUND', 'That removed question was not found.')
    requireLiveAccount(db, row.account_id)
    const twin =
      (row.source_key !== null ? livePlanRowBy(db, row.account_id, 'source_key', row.source_key) : undefined) ??
      (row.question_id !== null ? livePlanRowBy(db, row.account_id, 'question_id', row.question_id) : undefined)
    if (twin) throw new AppError('CONFLICT', 'That question is already back in the plan.')
    refuseIfPlanFull(db, row.account_id)
    const result = prepared(db, 'UPDATE plan_question SET removed_at = NULL, updated_at = ? WHERE id = ? AND removed_at IS NOT NULL').run(nowIso(), id)
    expectOneChange(result.changes, 'That removed question')
    return getPlanQuestion(db, id)
  })()
}

/** Puts the plan in the given order; the ids must be exactly the plan's current questions. */
export function reorderPlan(db: Database, accountId: string, orderedIds: readonly string[]): CallPlan {
  db.transaction(() => {
    requireLiveAccount(db, accountId)
    const live = planRows(db, accountId).map((row) => row.id)
    if (live.length !== orderedIds.length || !orderedIds.every((id) => live.includes(id))) {
      throw new AppError('CONFLICT', 'The plan changed while you were reordering it. Try again on the current list.')
    }
    const move = prepared(db, 'UPDATE plan_question SET position = ? WHERE id = ? AND removed_at IS NULL')
    orderedIds.forEach((id, position) => expectOneChange(move.run(position, id).changes, 'That question'))
  })()
  return getCallPlan(db, accountId)
}
