import type { Database } from 'better-sqlite3'
import { AppError } from '../../src/shared/contract/envelope'
import type { DuplicateChoice, ImportResult } from '../../src/shared/contract/import'
import { newId, nowIso } from '../store/ids'
import {
  accountIdTaken,
  accountsPerInsert,
  contactIdTaken,
  insertImportBatch,
  insertImportedAccounts,
  insertImportedContact,
  recordImportBatchCounts,
  updateAccountFromImport,
  updateContactFromImport,
  type BatchSource,
  type ImportedAccount,
} from '../store/repositories/imports'
import type { ContactPlan, PlannedContact } from './importContacts'
import type { ImportPlan, PlannedRow } from './importPlan'

/** Rows written between two looks at the event loop: small enough for a responsive progress bar and Cancel. */
export const rowsPerChunk = 2_000

export interface WriteRequest<P> {
  plan: P
  fileName: string | null
  batchSource: BatchSource
  defaultChoice: DuplicateChoice
  rowChoices: ReadonlyMap<number, DuplicateChoice>
}

/** What the writer reports as it goes, and how it learns that the rep pressed Cancel. */
export interface WriteObserver {
  onProgress(done: number, total: number): void
  cancelRequested(): boolean
}

type Counts = { added: number; updated: number; skippedDuplicates: number }

/** Writes one planned row; the batch id and timestamp are the import's. */
interface RowWriter {
  write(index: number): void
  /** Writes whatever the row writer held back, before a yield and before COMMIT. */
  flush(): void
  /** The plan index of the first row held back and not yet written, if any. */
  heldFrom?(): number | null
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Writes a plan all or nothing. better-sqlite3 transactions are synchronous, so rather than one
 * db.transaction() call this opens BEGIN IMMEDIATE itself, writes a chunk of rows, yields to the event
 * loop (where import.progress and import.cancel are answered), and goes on; the end is one COMMIT, and
 * a cancel or any error is one ROLLBACK. Nothing else may use the connection meanwhile: the caller runs
 * this through runExclusive (electron/store/writeGate.ts), which queues every other channel.
 */
async function writeAllOrNothing(
  db: Database,
  request: WriteRequest<{ rows: readonly { row: number }[]; rowsWithErrors: number }>,
  observer: WriteObserver,
  makeWriter: (batchId: string, at: string, counts: Counts) => RowWriter,
): Promise<ImportResult> {
  const at = nowIso()
  const batchId = newId()
  const counts: Counts = { added: 0, updated: 0, skippedDuplicates: 0 }
  const total = request.plan.rows.length

  if (db.inTransaction) throw new AppError('CONFLICT', 'Another change is being saved. Try the import again in a moment.')
  /** Where in the file the write had got to, to point the rep at it if the write fails. */
  let lastIndex: number | null = null
  let writer: RowWriter | null = null
  db.exec('BEGIN IMMEDIATE')
  try {
    insertImportBatch(db, { id: batchId, fileName: request.fileName, source: request.batchSource, at })
    writer = makeWriter(batchId, at, counts)
    observer.onProgress(0, total)
    for (let start = 0; start < total; start += rowsPerChunk) {
      const end = Math.min(total, start + rowsPerChunk)
      for (let i = start; i < end; i++) {
        lastIndex = i
        writer.write(i)
      }
      writer.flush()
      observer.onProgress(end, total)
      await nextTurn()
      if (observer.cancelRequested()) throw new AppError('CANCELLED', 'Import cancelled. Nothing was changed.')
    }
    const skippedWithProblems = request.plan.rowsWithErrors
    recordImportBatchCounts(db, batchId, {
      rows: total + skippedWithProblems,
      added: counts.added,
      updated: counts.updated,
      skipped: counts.skippedDuplicates + skippedWithProblems,
    })
    db.exec('COMMIT')
    return { batchId, ...counts, skippedWithProblems }
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    if (error instanceof AppError) throw error
    const rowAt = (index: number | null | undefined) => (index === null || index === undefined ? undefined : request.plan.rows[index]?.row)
    const last = rowAt(lastIndex)
    const first = rowAt(writer?.heldFrom?.()) ?? last
    const where = first === undefined || last === undefined ? 'check the file for an unusual row.' : first === last ? `check the file around row ${last}.` : `check the file between rows ${first} and ${last}.`
    // The database's own words help whoever reads the log, not the rep.
    console.error(`[groundwork] import failed while writing (file rows ${first ?? '?'}–${last ?? '?'})`, error)
    throw new AppError('IMPORT_FAILED', `The import stopped and nothing was changed. Try the import again; if it stops again, ${where}`)
  }
}

/** skip, update or keep both for a row that matched; a row that matched nothing is simply added. */
function choiceFor(request: WriteRequest<unknown>, row: number, matched: boolean): DuplicateChoice {
  return matched ? (request.rowChoices.get(row) ?? request.defaultChoice) : 'keep-both'
}

export function writeAccountPlan(db: Database, request: WriteRequest<ImportPlan>, observer: WriteObserver): Promise<ImportResult> {
  const { plan } = request
  return writeAllOrNothing(db, request, observer, (batchId, at, counts) => {
    /** The account each written row became or was matched to, for later rows that repeat it. */
    const accountOfRow = new Map<number, string>()
    /** New accounts wait here and go in many to a statement; an update flushes them first, as it may target one. */
    const pending: ImportedAccount[] = []
    let pendingFrom: number | null = null
    const restoredIds = new Set<string>()
    const flush = (): void => {
      insertImportedAccounts(db, pending)
      pending.length = 0
      pendingFrom = null
    }
    const write = (index: number): void => {
      const planned = plan.rows[index] as PlannedRow
      const match = planned.match
      const target = match === null ? undefined : match.kind === 'account' ? match.accountId : accountOfRow.get(match.row)
      const choice = choiceFor(request, planned.row, target !== undefined)
      const keys = {
        fields: planned.fields,
        domain: planned.domain,
        nameKey: planned.nameKey,
        externalId: planned.externalId,
        source: plan.source,
        standing: planned.standing,
        at,
      }
      if (target !== undefined && choice === 'skip') {
        counts.skippedDuplicates++
        accountOfRow.set(planned.row, target)
      } else if (target !== undefined && choice === 'update') {
        flush()
        if (!updateAccountFromImport(db, target, keys)) throw new Error(`account ${target} vanished during the import`)
        counts.updated++
        accountOfRow.set(planned.row, target)
      } else {
        const restored = planned.restoredId
        const id = restored !== null && !restoredIds.has(restored) && !accountIdTaken(db, restored) ? restored : newId()
        if (id === restored) restoredIds.add(id)
        pending.push({ id, batchId, ...keys })
        pendingFrom ??= index
        if (pending.length === accountsPerInsert) flush()
        counts.added++
        accountOfRow.set(planned.row, id)
      }
    }
    return { write, flush, heldFrom: () => pendingFrom }
  })
}

export function writeContactPlan(db: Database, request: WriteRequest<ContactPlan>, observer: WriteObserver): Promise<ImportResult> {
  const { plan } = request
  return writeAllOrNothing(db, request, observer, (_batchId, at, counts) => {
    const contactOfRow = new Map<number, string>()
    const write = (index: number): void => {
      const planned = plan.rows[index] as PlannedContact
      const match = planned.match
      const target = match === null ? undefined : match.kind === 'contact' ? match.contactId : contactOfRow.get(match.row)
      const choice = choiceFor(request, planned.row, target !== undefined)
      const contact = { accountId: planned.accountId, fields: planned.fields, doNotContact: planned.doNotContact, at }
      if (target !== undefined && choice === 'skip') {
        counts.skippedDuplicates++
        contactOfRow.set(planned.row, target)
      } else if (target !== undefined && choice === 'update') {
        if (!updateContactFromImport(db, target, contact)) throw new Error(`contact ${target} vanished during the import`)
        counts.updated++
        contactOfRow.set(planned.row, target)
      } else {
        const restored = planned.restoredId
        const id = restored !== null && !contactIdTaken(db, restored) ? restored : newId()
        insertImportedContact(db, { id, ...contact })
        counts.added++
        contactOfRow.set(planned.row, id)
      }
    }
    return { write, flush: () => undefined }
  })
}
