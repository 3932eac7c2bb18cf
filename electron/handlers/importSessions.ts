import type { Database } from 'better-sqlite3'
import { AppError } from '../../src/shared/contract/envelope'
import {
  importLimits,
  type ColumnMapping,
  type DuplicateChoice,
  type ImportAnalysis,
  type ImportKind,
  type ImportProgress,
  type ImportResult,
} from '../../src/shared/contract/import'
import type { HeaderSource } from '../../src/shared/domain/columnMapping'
import { restoreExportedCells, type ParsedCsv } from '../../src/shared/domain/csv'
import { newId } from '../store/ids'
import { changeStamp } from '../store/statements'
import { runExclusive } from '../store/writeGate'
import { isContactsFile } from './groundworkColumns'
import { planContacts, type ContactPlan } from './importContacts'
import { readImportFile } from './importFile'
import { planImport, type ImportPlan } from './importPlan'
import { writeAccountPlan, writeContactPlan, type WriteObserver } from './importWriter'

type AnyPlan = ImportPlan | ContactPlan

/**
 * A file between analysis and import. The parsed rows stay on the main side, so the renderer sends a
 * 50 MB file once and then only an importId, a mapping and its choices.
 */
interface ImportSession {
  id: string
  kind: ImportKind
  fileName: string | null
  parsed: ParsedCsv | null
  source: HeaderSource
  /** The last plan, reused by import.run when neither the mapping nor the database changed since. */
  lastPlan: { mappingKey: string; databaseState: string; plan: AnyPlan } | null
  phase: ImportProgress['phase']
  done: number
  total: number
  cancelRequested: boolean
  running: Promise<unknown> | null
  touchedAt: number
}

/** Open files per connection. Only a few are kept (each can hold 50 MB of rows); old ones expire. */
const sessionsByDb = new WeakMap<Database, Map<string, ImportSession>>()
const keptSessions = 3
const sessionLifetimeMs = 30 * 60 * 1000

function sessionsOf(db: Database): Map<string, ImportSession> {
  let sessions = sessionsByDb.get(db)
  if (!sessions) {
    sessions = new Map()
    sessionsByDb.set(db, sessions)
  }
  return sessions
}

function forgetStaleSessions(sessions: Map<string, ImportSession>, now: number): void {
  const idle = [...sessions.values()].filter((session) => session.running === null).sort((a, b) => a.touchedAt - b.touchedAt)
  for (const session of idle) {
    if (now - session.touchedAt > sessionLifetimeMs) sessions.delete(session.id)
  }
  const stillIdle = idle.filter((session) => sessions.has(session.id))
  for (const session of stillIdle.slice(0, Math.max(0, stillIdle.length - (keptSessions - 1)))) sessions.delete(session.id)
}

function sessionFor(db: Database, importId: string): ImportSession {
  const session = sessionsOf(db).get(importId)
  if (!session) throw new AppError('NOT_FOUND', 'That file is no longer open for import. Choose it again.')
  session.touchedAt = Date.now()
  return session
}

function parsedOf(session: ImportSession): ParsedCsv {
  if (session.parsed === null) throw new AppError('CONFLICT', 'This file has already been imported. Choose it again to import it once more.')
  return session.parsed
}

function planFor(db: Database, session: ImportSession, mapping: ColumnMapping): AnyPlan {
  const parsed = parsedOf(session)
  if (mapping.length !== parsed.headers.length) {
    throw new AppError('INVALID_INPUT', `The file has ${parsed.headers.length} columns but the mapping names ${mapping.length}.`, [
      { path: 'mapping', message: 'Map each column of the file' },
    ])
  }
  const mappingKey = JSON.stringify(mapping)
  // Nothing written since the last plan: its duplicate matches still hold.
  const state = changeStamp(db)
  const last = session.lastPlan
  if (last !== null && last.mappingKey === mappingKey && last.databaseState === state) return last.plan
  // A contacts file is read by its own column names; the mapping only ever names its Name column.
  const plan = session.kind === 'contacts' ? planContacts(db, parsed) : planImport(db, parsed, mapping, session.source)
  session.lastPlan = { mappingKey, databaseState: state, plan }
  return plan
}

const sampleLength = 60

function columnSamples(parsed: ParsedCsv): string[] {
  const top = parsed.rows.slice(0, 50)
  return parsed.headers.map((_, column) => {
    const filled = top.find((cells) => (cells[column] ?? '').trim() !== '')?.[column] ?? ''
    const value = filled.trim().replace(/\s+/g, ' ')
    return value.length > sampleLength ? `${value.slice(0, sampleLength)}…` : value
  })
}

function toAnalysis(session: ImportSession, plan: AnyPlan): ImportAnalysis {
  const parsed = parsedOf(session)
  return {
    importId: session.id,
    kind: session.kind,
    fileName: session.fileName,
    headers: parsed.headers,
    columnSamples: columnSamples(parsed),
    mapping: plan.mapping,
    restoredColumns: plan.restoredColumns,
    source: session.source,
    rowCount: parsed.rows.length,
    previewColumns: plan.previewColumns,
    preview: plan.preview,
    problems: plan.problems.slice(0, importLimits.listedProblems),
    problemCount: plan.problems.length,
    rowsWithErrors: plan.rowsWithErrors,
    duplicates: plan.duplicates.slice(0, importLimits.listedDuplicates),
    duplicateCount: plan.duplicates.length,
    newCount: plan.rows.length - plan.duplicates.length,
  }
}

export function analyseImport(db: Database, text: string, fileName: string | null): ImportAnalysis {
  const { parsed, recognition } = readImportFile(text, fileName)
  const kind: ImportKind = isContactsFile(parsed.headers) ? 'contacts' : 'accounts'
  const recognised: ColumnMapping = parsed.headers.map((_, column) => recognition.mapping[column] ?? null)
  const source: HeaderSource = kind === 'contacts' ? 'groundwork' : recognition.source
  if (source === 'groundwork') restoreExportedCells(parsed)
  const sessions = sessionsOf(db)
  const now = Date.now()
  forgetStaleSessions(sessions, now)
  const session: ImportSession = {
    id: newId(),
    kind,
    fileName: fileName === null || fileName === '' ? null : fileName,
    parsed,
    source,
    lastPlan: null,
    phase: 'analysed',
    done: 0,
    total: 0,
    cancelRequested: false,
    running: null,
    touchedAt: now,
  }
  sessions.set(session.id, session)
  return toAnalysis(session, planFor(db, session, recognised))
}

export function remapImport(db: Database, importId: string, mapping: ColumnMapping): ImportAnalysis {
  const session = sessionFor(db, importId)
  if (session.running !== null) throw new AppError('CONFLICT', 'This file is being imported right now.')
  return toAnalysis(session, planFor(db, session, mapping))
}

export interface RunRequest {
  importId: string
  mapping: ColumnMapping
  duplicates: { default: DuplicateChoice; rows: { row: number; choice: DuplicateChoice }[] }
  skipRowsWithProblems: boolean
}

function problemsRefusal(plan: AnyPlan): AppError {
  const errors = plan.problems.filter((problem) => problem.severity === 'error')
  const rows = [...new Set(errors.map((problem) => problem.row))]
  const listed = rows.slice(0, 5).join(', ') + (rows.length > 5 ? ' …' : '')
  return new AppError(
    'IMPORT_FAILED',
    `${rows.length === 1 ? '1 row has' : `${rows.length} rows have`} problems (row ${listed}), so nothing was imported. ` +
      'Fix them in the file and import it again, or choose to import the other rows without them.',
    errors.slice(0, importLimits.listedProblems).map((problem) => ({ path: `row.${problem.row}`, message: problem.message })),
  )
}

/** Imports an analysed file and resolves once it is committed; rejects (with nothing written) on cancel or failure. */
export function runImport(db: Database, request: RunRequest): Promise<ImportResult> {
  const session = sessionFor(db, request.importId)
  parsedOf(session)
  if (session.running !== null) throw new AppError('CONFLICT', 'This file is being imported right now.')

  const work = runExclusive(db, async () => {
    session.phase = 'writing'
    session.done = 0
    session.cancelRequested = false
    // Planned once the connection is ours, so the duplicate matches reflect the store being written.
    const plan = planFor(db, session, request.mapping)
    if (plan.rowsWithErrors > 0 && !request.skipRowsWithProblems) throw problemsRefusal(plan)
    if (plan.rows.length === 0) throw new AppError('IMPORT_FAILED', 'None of the rows can be imported, so nothing was changed.')
    session.total = plan.rows.length
    const observer: WriteObserver = {
      onProgress: (done, total) => {
        session.done = done
        session.total = total
      },
      cancelRequested: () => session.cancelRequested,
    }
    const common = {
      fileName: session.fileName,
      batchSource: session.source === 'unknown' ? ('csv' as const) : session.source,
      defaultChoice: request.duplicates.default,
      rowChoices: new Map(request.duplicates.rows.map((choice) => [choice.row, choice.choice])),
    }
    return plan.kind === 'contacts'
      ? writeContactPlan(db, { ...common, plan }, observer)
      : writeAccountPlan(db, { ...common, plan }, observer)
  })
  session.running = work
  return work.then(
    (result) => {
      session.phase = 'done'
      session.running = null
      // The rows are in the store now; the memory is better given back.
      session.parsed = null
      session.lastPlan = null
      return result
    },
    (error: unknown) => {
      session.phase = error instanceof AppError && error.code === 'CANCELLED' ? 'cancelled' : 'failed'
      session.running = null
      throw error
    },
  )
}

export function importProgress(db: Database, importId: string): ImportProgress {
  const session = sessionFor(db, importId)
  return { importId, phase: session.phase, done: session.done, total: session.total }
}

/** Asks a running import to stop and waits for the rollback; an idle file is simply forgotten. */
export async function cancelImport(db: Database, importId: string): Promise<{ outcome: 'rolled-back' | 'discarded' | 'already-finished' }> {
  const session = sessionFor(db, importId)
  if (session.running !== null) {
    session.cancelRequested = true
    await session.running.then(
      () => undefined,
      () => undefined,
    )
    return { outcome: session.phase === 'done' ? 'already-finished' : 'rolled-back' }
  }
  if (session.phase === 'done') return { outcome: 'already-finished' }
  sessionsOf(db).delete(importId)
  return { outcome: 'discarded' }
}
