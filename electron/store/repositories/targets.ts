import type { Database } from 'better-sqlite3'
import { AppError } from '../../../src/shared/contract/envelope'
import type { AccountStatus, TargetAddResult, TargetEntry } from '../../../src/shared/contract/targets'
import { planAddition, targetListLimits, type AdditionPlan } from '../../../src/shared/domain/targetList'
import { newId, nowIso } from '../ids'
import { changeStamp, expectOneChange, prepared } from '../statements'
import { requireLiveAccount, type AccountRef } from './accounts'
import { isAccountOffLimits } from './contacts'
import { fitOf, noteTargetListWrite } from './universe'

type TargetEventKind = 'added' | 'removed' | 'swapped'

interface TargetRow {
  account_id: string
  name: string
  industry: string | null
  region: string | null
  country: string | null
  website: string | null
  status: AccountStatus
  position: number
  added_at: string
  reason_over_limit: string | null
  next_step: string | null
  next_step_due: string | null
}

export function activeTargetCount(db: Database): number {
  const row = prepared(
    db,
    `SELECT count(*) AS n FROM target t JOIN account a ON a.id = t.account_id
      WHERE t.removed_at IS NULL AND a.deleted_at IS NULL`,
  ).get() as { n: number }
  return row.n
}

function recordEvent(db: Database, accountId: string, kind: TargetEventKind, reason: string | null, at: string, otherAccountId: string | null = null): void {
  prepared(db, 'INSERT INTO target_event (id, account_id, kind, reason, other_account_id, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    newId(),
    accountId,
    kind,
    reason,
    otherAccountId,
    at,
  )
}

function liveAccount(db: Database, accountId: string): AccountRef {
  return requireLiveAccount(db, accountId, 'One of the chosen accounts was not found. It may have been deleted.')
}

function isActiveTarget(db: Database, accountId: string): boolean {
  return prepared(db, 'SELECT 1 FROM target WHERE account_id = ? AND removed_at IS NULL').get(accountId) !== undefined
}

function refuseOffLimits(db: Database, account: AccountRef): void {
  if (isAccountOffLimits(db, account.id)) {
    throw new AppError('CONFLICT', `${account.name} has asked not to be contacted, so it cannot go on the target list.`)
  }
}

function nextPosition(db: Database): number {
  const row = prepared(db, 'SELECT max(position) AS top FROM target WHERE removed_at IS NULL').get() as { top: number | null }
  return (row.top ?? 0) + 1
}

function limitMessage(count: number, adding: number): string {
  const what = adding === 1 ? 'this account' : `these ${adding} accounts`
  return (
    `Your target list has ${count} accounts. Adding ${what} would take it past ${targetListLimits.max}. ` +
    'Swap one out, or write down why it is worth going past the focus.'
  )
}

export interface AddTargetsInput {
  accountIds: readonly string[]
  reason: string | null
  swapOutAccountId?: string | undefined
}

/**
 * Puts accounts on the active list. Past 20 the list only grows with a written reason (kept on each
 * account beyond the limit) or by swapping one out; everything is checked before anything is written,
 * and the whole step is one transaction.
 */
export function addTargets(db: Database, input: AddTargetsInput): TargetAddResult {
  const before = changeStamp(db)
  const result = db.transaction((): TargetAddResult => {
    const at = nowIso()
    const accounts = [...new Set(input.accountIds)].map((id) => liveAccount(db, id))
    const alreadyListed = accounts.filter((account) => isActiveTarget(db, account.id))
    const adding = accounts.filter((account) => !alreadyListed.includes(account))
    for (const account of adding) refuseOffLimits(db, account)

    const swapOut = input.swapOutAccountId === undefined ? null : liveAccount(db, input.swapOutAccountId)
    if (swapOut) {
      if (!isActiveTarget(db, swapOut.id)) throw new AppError('CONFLICT', `${swapOut.name} is not on the target list, so it cannot be swapped out.`)
      if (adding.length === 0) throw new AppError('CONFLICT', 'That account is already on the target list: there is nothing to swap.')
    }

    const count = activeTargetCount(db)
    const plan = planAddition(count, adding.length, swapOut ? 1 : 0, input.reason !== null)
    if (plan.kind === 'needs-swap-or-reason') throw new AppError('LIMIT_REACHED', limitMessage(count, adding.length))

    let position = nextPosition(db)
    if (swapOut) {
      const out = prepared(db, 'SELECT position FROM target WHERE account_id = ?').get(swapOut.id) as { position: number }
      position = out.position
      const result = prepared(db, 'UPDATE target SET removed_at = ? WHERE account_id = ? AND removed_at IS NULL').run(at, swapOut.id)
      expectOneChange(result.changes, 'That target')
      recordEvent(db, swapOut.id, 'swapped', input.reason, at, adding[0]?.id ?? null)
    }

    const firstOver = adding.length - plan.overLimit
    adding.forEach((account, index) => {
      const reason = index >= firstOver ? input.reason : null
      prepared(
        db,
        `INSERT INTO target (account_id, position, added_at, reason_over_limit, removed_at) VALUES (@id, @position, @at, @reason, NULL)
         ON CONFLICT (account_id) DO UPDATE SET position = @position, added_at = @at, reason_over_limit = @reason, removed_at = NULL`,
      ).run({ id: account.id, position: position++, at, reason })
      recordEvent(db, account.id, 'added', reason, at, swapOut?.id ?? null)
    })

    return {
      added: adding.map((account) => account.id),
      alreadyListed: alreadyListed.map((account) => account.id),
      swappedOut: swapOut?.id ?? null,
      count: plan.resultingCount,
    }
  })()
  const onList = new Map(result.added.map((id) => [id, true]))
  if (result.swappedOut) onList.set(result.swappedOut, false)
  noteTargetListWrite(db, before, { onList })
  return result
}

/** Marks a listed target removed and records why; its row stays so Undo brings back its next step. */
function takeOffList(db: Database, accountId: string, reason: string | null, at: string): void {
  const result = prepared(db, 'UPDATE target SET removed_at = ? WHERE account_id = ? AND removed_at IS NULL').run(at, accountId)
  expectOneChange(result.changes, 'That target')
  recordEvent(db, accountId, 'removed', reason, at)
}

/**
 * The 15–20 rule for one target coming back (an Undo of its removal, or its account restored from the
 * bin): the list only regrows past 20 if that target already carries a reason for being past it.
 */
function planReturn(db: Database, reasonOverLimit: string | null): { count: number; plan: AdditionPlan } {
  const count = activeTargetCount(db)
  return { count, plan: planAddition(count, 1, 0, reasonOverLimit !== null) }
}

/** Kept on the target's history when restoreAccount takes it off a list that filled up meanwhile. */
const listFullOnRestoreReason = 'The target list was already full when this account was restored from the bin.'

/**
 * For restoreAccount, in its transaction and while the account is still in the bin. A deleted account's
 * target row stays active, but the list does not count it, so the list may have filled up meanwhile. If
 * bringing it back would take the list past 20 without a reason, the target is taken off the list the
 * way removeTarget does (history and next step kept, so the rep can put it back with a swap or a
 * reason) and the account itself still comes back. Returns whether the target was taken off.
 */
export function takeOffFullListOnRestore(db: Database, accountId: string, at: string): boolean {
  const row = prepared(db, 'SELECT reason_over_limit FROM target WHERE account_id = ? AND removed_at IS NULL').get(accountId) as
    | { reason_over_limit: string | null }
    | undefined
  if (!row || planReturn(db, row.reason_over_limit).plan.kind === 'allowed') return false
  takeOffList(db, accountId, listFullOnRestoreReason, at)
  return true
}

/** Takes an account off the active list; its row stays so Undo brings back its next step. */
export function removeTarget(db: Database, accountId: string, reason: string | null): { accountId: string; removedAt: string; count: number } {
  const before = changeStamp(db)
  const result = db.transaction(() => {
    const removedAt = nowIso()
    takeOffList(db, accountId, reason, removedAt)
    return { accountId, removedAt, count: activeTargetCount(db) }
  })()
  noteTargetListWrite(db, before, { onList: new Map([[accountId, false]]) })
  return result
}

/** Undo for a removal. The 15–20 rule still holds: the list only regrows past 20 if a reason was given. */
export function restoreTarget(db: Database, accountId: string): { accountId: string; count: number } {
  const before = changeStamp(db)
  const result = db.transaction(() => {
    const account = liveAccount(db, accountId)
    const row = prepared(db, 'SELECT reason_over_limit FROM target WHERE account_id = ? AND removed_at IS NOT NULL').get(accountId) as
      | { reason_over_limit: string | null }
      | undefined
    if (!row) throw new AppError('NOT_FOUND', `${account.name} is not among the removed targets.`)
    refuseOffLimits(db, account)
    const { count, plan } = planReturn(db, row.reason_over_limit)
    if (plan.kind === 'needs-swap-or-reason') throw new AppError('LIMIT_REACHED', limitMessage(count, 1))
    prepared(db, 'UPDATE target SET removed_at = NULL WHERE account_id = ?').run(accountId)
    recordEvent(db, accountId, 'added', row.reason_over_limit, nowIso())
    return { accountId, count: plan.resultingCount }
  })()
  noteTargetListWrite(db, before, { onList: new Map([[accountId, true]]) })
  return result
}

export function setNextStep(
  db: Database,
  accountId: string,
  nextStep: string | null,
  due: string | null,
): { accountId: string; nextStep: string | null; nextStepDue: string | null } {
  const before = changeStamp(db)
  const result = prepared(db, 'UPDATE target SET next_step = ?, next_step_due = ? WHERE account_id = ? AND removed_at IS NULL').run(
    nextStep,
    due,
    accountId,
  )
  expectOneChange(result.changes, 'That target')
  // The universe shows no next steps: nothing in it changes.
  noteTargetListWrite(db, before, {})
  return { accountId, nextStep, nextStepDue: due }
}

export function setAccountStatus(db: Database, accountId: string, status: AccountStatus): { accountId: string; status: AccountStatus } {
  const before = changeStamp(db)
  const result = prepared(db, 'UPDATE account SET status = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(status, nowIso(), accountId)
  expectOneChange(result.changes, 'That account')
  noteTargetListWrite(db, before, { status: new Map([[accountId, status]]) })
  return { accountId, status }
}

/** The active list in the rep's order, each with its fit, next step and contact standing. */
export function listTargets(db: Database): TargetEntry[] {
  const rows = prepared(
    db,
    `SELECT t.account_id, a.name, a.industry, a.region, a.country, a.website, a.status,
            t.position, t.added_at, t.reason_over_limit, t.next_step, t.next_step_due
       FROM target t JOIN account a ON a.id = t.account_id
      WHERE t.removed_at IS NULL AND a.deleted_at IS NULL
      ORDER BY t.position, t.added_at`,
  ).all() as TargetRow[]
  const fits = fitOf(
    db,
    rows.map((row) => row.account_id),
  )
  // People on file and reachable decision makers, grouped in one read for the listed accounts only.
  const people = new Map(
    (
      prepared(
        db,
        `SELECT c.account_id, count(*) AS contacts, sum(c.decision_role = 'decision-maker' AND c.do_not_contact = 0) AS decision_makers
           FROM target t JOIN contact c ON c.account_id = t.account_id
          WHERE t.removed_at IS NULL AND c.deleted_at IS NULL
          GROUP BY c.account_id`,
      ).all() as { account_id: string; contacts: number; decision_makers: number }[]
    ).map((row) => [row.account_id, row]),
  )
  return rows.map((row) => {
    const fit = fits.get(row.account_id)
    const counts = people.get(row.account_id)
    return {
      accountId: row.account_id,
      name: row.name,
      industry: row.industry,
      region: row.region,
      country: row.country,
      website: row.website,
      position: row.position,
      addedAt: row.added_at,
      reasonOverLimit: row.reason_over_limit,
      nextStep: row.next_step,
      nextStepDue: row.next_step_due,
      status: row.status,
      score: fit?.score ?? 0,
      band: fit?.band ?? 'unscored',
      disqualified: fit?.disqualified ?? false,
      unknownCount: fit?.unknownCount ?? 0,
      contactCount: counts?.contacts ?? 0,
      decisionMakerCount: counts?.decision_makers ?? 0,
      offLimits: fit?.offLimits ?? false,
    }
  })
}
