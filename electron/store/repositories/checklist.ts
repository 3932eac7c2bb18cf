import type { Database } from 'better-sqlite3'
import {
  checklistLimits,
  type AccountChecklist,
  type CallQueueEntry,
  type OwnChecklistItem,
  type Readiness,
} from '../../../src/shared/contract/checklist'
import { AppError } from '../../../src/shared/contract/envelope'
import { computeChecklist, type ChecklistInput } from '../../../src/shared/domain/checklist'
import type { ToVerifyItem } from '../../../src/shared/domain/toVerify'
import { newId, nowIso } from '../ids'
import { expectOneChange, prepared } from '../statements'
import { requireLiveAccount } from './accounts'
import { getAnalysis } from './analysis'
import { isAccountOffLimits, listContacts } from './contacts'
import { listMessages } from './messages'
import { getCallPlan } from './questions'
import { getResearchSettings, listResearchNotes, listToVerify } from './research'
import { listTargets } from './targets'

interface OwnItemRow {
  id: string
  account_id: string
  text: string
  done: number
  position: number
  created_at: string
  updated_at: string
}

const columns = 'id, account_id, text, done, position, created_at, updated_at'

function toOwnItem(row: OwnItemRow): OwnChecklistItem {
  return {
    id: row.id,
    accountId: row.account_id,
    text: row.text,
    done: row.done === 1,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

// ---- The rep's own items ----

/** The account's own items in the rep's order. */
export function listOwnItems(db: Database, accountId: string): OwnChecklistItem[] {
  const rows = prepared(
    db,
    `SELECT ${columns} FROM checklist_item WHERE account_id = ? AND deleted_at IS NULL ORDER BY position, created_at, id`,
  ).all(accountId) as OwnItemRow[]
  return rows.map(toOwnItem)
}

function getOwnItem(db: Database, id: string): OwnChecklistItem {
  const row = prepared(db, `SELECT ${columns} FROM checklist_item WHERE id = ? AND deleted_at IS NULL`).get(id) as OwnItemRow | undefined
  if (!row) throw new AppError('NOT_FOUND', 'That checklist item was not found. It may have been deleted.')
  return toOwnItem(row)
}

function refuseIfFull(db: Database, accountId: string): void {
  const count = prepared(db, 'SELECT count(*) FROM checklist_item WHERE account_id = ? AND deleted_at IS NULL').pluck().get(accountId) as number
  if (count >= checklistLimits.itemsPerAccount) {
    throw new AppError('LIMIT_REACHED', `A checklist holds at most ${checklistLimits.itemsPerAccount} of your own items. Delete some you no longer need first.`)
  }
}

export function addOwnItem(db: Database, accountId: string, text: string): OwnChecklistItem {
  return db.transaction(() => {
    requireLiveAccount(db, accountId)
    refuseIfFull(db, accountId)
    const id = newId()
    const at = nowIso()
    prepared(
      db,
      `INSERT INTO checklist_item (id, account_id, text, done, position, created_at, updated_at)
       VALUES (@id, @accountId, @text, 0,
         (SELECT coalesce(max(position), -1) + 1 FROM checklist_item WHERE account_id = @accountId AND deleted_at IS NULL), @at, @at)`,
    ).run({ id, accountId, text, at })
    return getOwnItem(db, id)
  })()
}

export function updateOwnItem(db: Database, id: string, text: string): OwnChecklistItem {
  const result = prepared(db, 'UPDATE checklist_item SET text = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(text, nowIso(), id)
  expectOneChange(result.changes, 'That checklist item')
  return getOwnItem(db, id)
}

/** Sets the tick as asked: sending the same state twice leaves the same item. */
export function setOwnItemDone(db: Database, id: string, done: boolean): OwnChecklistItem {
  const result = prepared(db, 'UPDATE checklist_item SET done = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(done ? 1 : 0, nowIso(), id)
  expectOneChange(result.changes, 'That checklist item')
  return getOwnItem(db, id)
}

export function softDeleteOwnItem(db: Database, id: string): { id: string; deletedAt: string } {
  const deletedAt = nowIso()
  const result = prepared(db, 'UPDATE checklist_item SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id)
  expectOneChange(result.changes, 'That checklist item')
  return { id, deletedAt }
}

export function restoreOwnItem(db: Database, id: string): OwnChecklistItem {
  return db.transaction(() => {
    const owner = prepared(db, 'SELECT account_id FROM checklist_item WHERE id = ? AND deleted_at IS NOT NULL').pluck().get(id) as string | undefined
    if (owner === undefined) throw new AppError('NOT_FOUND', 'That deleted checklist item was not found.')
    requireLiveAccount(db, owner)
    refuseIfFull(db, owner)
    const result = prepared(db, 'UPDATE checklist_item SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(nowIso(), id)
    expectOneChange(result.changes, 'That deleted checklist item')
    return getOwnItem(db, id)
  })()
}

// ---- The computed checklist ----

export interface ChecklistInputs {
  input: ChecklistInput
  /** The "To verify" list the count came from, for screens that show it. */
  toVerify: ToVerifyItem[]
}

/**
 * Everything the checklist rules read about one account, from each feature's own repository: research
 * notes and the stale age, what to verify, the call plan, the people, the opener and voicemail, the
 * current analysis form and the rep's own items. `today` is YYYY-MM-DD on the rep's clock.
 */
export function checklistInputs(db: Database, accountId: string, today: string): ChecklistInputs {
  requireLiveAccount(db, accountId)
  const toVerify = listToVerify(db, accountId, today)
  const messages = listMessages(db, accountId)
  const textOf = (kind: 'opener' | 'voicemail') => messages.find((message) => message.kind === kind)?.text ?? ''
  const input: ChecklistInput = {
    notes: listResearchNotes(db, accountId).map(({ kind, observedOn }) => ({ kind, observedOn })),
    staleAfterDays: getResearchSettings(db).staleAfterDays,
    today,
    toVerifyCount: toVerify.length,
    planQuestions: getCallPlan(db, accountId).questions.map(({ text }) => ({ text })),
    contacts: listContacts(db, accountId).map(({ decisionRole, roleConfirmed, doNotContact }) => ({ decisionRole, roleConfirmed, doNotContact })),
    opener: textOf('opener'),
    voicemail: textOf('voicemail'),
    analysisForm: getAnalysis(db, accountId).current?.fields ?? null,
    ownItems: listOwnItems(db, accountId).map(({ id, text, done }) => ({ id, text, done })),
    offLimits: isAccountOffLimits(db, accountId),
  }
  return { input, toVerify }
}

export function getChecklist(db: Database, accountId: string, today: string): AccountChecklist {
  // One read transaction: every rule sees the same moment, and SQLite takes its lock once.
  return db.transaction(() => ({ accountId, ...computeChecklist(checklistInputs(db, accountId, today).input) }))()
}

/** Ready or not for every target on the list, in the list's order. */
export function listReadiness(db: Database, today: string): Readiness[] {
  return db.transaction(() =>
    listTargets(db).map((target) => {
      const { ready, missing } = computeChecklist(checklistInputs(db, target.accountId, today).input)
      return { accountId: target.accountId, ready, missing }
    }),
  )()
}

/**
 * The targets ready to call, never one that asked not to be contacted. Those whose agreed next step is
 * due (today or overdue) come first, the longest overdue first; then the best fit; then the list order.
 */
export function listCallQueue(db: Database, today: string): CallQueueEntry[] {
  return db.transaction(() => {
    const entries = listTargets(db).flatMap((target, order) => {
      if (target.offLimits) return []
      const { input } = checklistInputs(db, target.accountId, today)
      if (!computeChecklist(input).ready) return []
      const decisionMakers = listContacts(db, target.accountId)
        .filter((contact) => contact.decisionRole === 'decision-maker' && !contact.doNotContact)
        .sort((a, b) => Number(b.roleConfirmed) - Number(a.roleConfirmed))
        .map(({ id, name, title, phone, roleConfirmed }) => ({ id, name, title, phone, roleConfirmed }))
      const entry: CallQueueEntry = {
        accountId: target.accountId,
        name: target.name,
        industry: target.industry,
        score: target.score,
        band: target.band,
        nextStep: target.nextStep,
        nextStepDue: target.nextStepDue,
        due: target.nextStepDue !== null && target.nextStepDue <= today,
        opener: input.opener,
        decisionMakers,
      }
      return [{ entry, order }]
    })
    entries.sort(
      (a, b) =>
        Number(b.entry.due) - Number(a.entry.due) ||
        (a.entry.due && b.entry.due ? (a.entry.nextStepDue ?? '').localeCompare(b.entry.nextStepDue ?? '') : 0) ||
        b.entry.score - a.entry.score ||
        a.order - b.order,
    )
    return entries.map(({ entry }) => entry)
  })()
}
