import type { Database } from 'better-sqlite3'
import { accountFieldsSchema, type AccountFields } from '../../src/shared/contract/accounts'
import { idSchema, limits } from '../../src/shared/contract/fields'
import {
  importFieldLabels,
  importFields,
  importLimits,
  type ColumnMapping,
  type ImportAnalysis,
  type ImportDuplicate,
  type ImportField,
  type ImportProblem,
} from '../../src/shared/contract/import'
import { parseNumberCell, type HeaderSource } from '../../src/shared/domain/columnMapping'
import type { ParsedCsv } from '../../src/shared/domain/csv'
import { addKeysToDuplicateIndex, findDuplicateByKeys, normaliseDomain, normaliseName, type DuplicateIndex } from '../../src/shared/domain/duplicates'
import { nowIso } from '../store/ids'
import { listAccountKeys, noStanding, type AccountSource, type ImportedStanding } from '../store/repositories/imports'
import { columnsByName, readStanding, standingHeaders } from './groundworkColumns'

export type RowMatch =
  | { kind: 'account'; accountId: string; accountName: string; by: ImportDuplicate['by'] }
  | { kind: 'row'; row: number; by: ImportDuplicate['by'] }

/** A row that passed every check, with what it will be matched against. */
export interface PlannedRow {
  /** Spreadsheet row number (the header is row 1). */
  row: number
  fields: AccountFields
  domain: string | null
  nameKey: string
  /** The CRM's id for the record, kept so the next import of the same export matches it. */
  externalId: string | null
  /** A Groundwork account id from Groundwork's own export, reused so contacts and other files still point at it. */
  restoredId: string | null
  /** Relationship and do-not-contact, read from Groundwork's own export only. */
  standing: ImportedStanding
  match: RowMatch | null
}

/** What every plan (accounts or contacts) tells the analysis. */
export interface PlanSummary {
  mapping: ColumnMapping
  rows: readonly { row: number }[]
  problems: ImportProblem[]
  rowsWithErrors: number
  duplicates: ImportDuplicate[]
  previewColumns: ImportAnalysis['previewColumns']
  preview: ImportAnalysis['preview']
  restoredColumns: number[]
}

export interface ImportPlan extends PlanSummary {
  kind: 'accounts'
  source: AccountSource
  rows: PlannedRow[]
}

type PreviewValues = ImportAnalysis['preview'][number]['values']

export function accountSourceOf(source: HeaderSource): AccountSource {
  return source === 'hubspot' || source === 'salesforce' ? source : 'csv'
}

function quoted(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ')
  return `“${oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine}”`
}

/** The index of live accounts, built from the keys stored beside each one (no re-normalising). */
function existingIndex(db: Database): {
  index: DuplicateIndex
  names: Map<string, string>
  byExternal: Map<string, string>
} {
  const index: DuplicateIndex = { byDomain: new Map(), byName: new Map() }
  const names = new Map<string, string>()
  const byExternal = new Map<string, string>()
  for (const account of listAccountKeys(db)) {
    names.set(account.id, account.name)
    // Rows written without the keys (by hand, outside the repositories) are normalised here instead.
    addKeysToDuplicateIndex(index, account.id, { domain: account.domain ?? normaliseDomain(account.website), nameKey: account.nameKey ?? normaliseName(account.name) })
    if (account.externalId !== null && account.source !== null) {
      const key = externalKey(account.source, account.externalId)
      if (!byExternal.has(key)) byExternal.set(key, account.id)
    }
  }
  return { index, names, byExternal }
}

function externalKey(source: AccountSource, externalId: string): string {
  return `${source}\u0000${externalId}`
}

/** File rows share the index with accounts; their ids are marked so a match can tell them apart. */
const rowMarker = '#'

/**
 * Reads every row through the mapping, checks it against the same rules the account form uses, and
 * matches it against live accounts and the rows above it. Pure apart from reading the accounts.
 */
export function planImport(db: Database, parsed: ParsedCsv, mapping: ColumnMapping, headerSource: HeaderSource): ImportPlan {
  const source = accountSourceOf(headerSource)
  const columnOf = new Map<ImportField, number>()
  mapping.forEach((field, column) => {
    if (field !== null) columnOf.set(field, column)
  })

  // Problems the parser found (short rows, stray quotes, unnamed columns) do not stop a row importing.
  const problems: ImportProblem[] = parsed.problems.map((problem) => ({ ...problem, severity: 'warning' }))
  const standingColumns = headerSource === 'groundwork' ? columnsByName(parsed.headers, standingHeaders) : {}
  const hasStanding = Object.keys(standingColumns).length > 0
  const plan: ImportPlan = {
    kind: 'accounts',
    mapping,
    source,
    rows: [],
    problems,
    rowsWithErrors: 0,
    duplicates: [],
    previewColumns: [
      ...importFields.filter((field) => columnOf.has(field)).map((field) => ({ key: field, label: importFieldLabels[field] })),
      ...(hasStanding ? standingPreviewColumns : []),
    ],
    preview: [],
    restoredColumns: Object.values(standingColumns),
  }
  if (!columnOf.has('name')) {
    problems.unshift({ row: 1, severity: 'error', message: 'No column is mapped to Name. Choose the column that holds the company name.' })
    plan.preview = parsed.rows.slice(0, importLimits.previewRows).map((cells, i) => ({
      row: parsed.rowNumbers[i] ?? 0,
      values: rawValues(cells, columnOf),
    }))
    return plan
  }

  const { index, names, byExternal } = existingIndex(db)
  const fileExternal = new Map<string, number>()
  const fileRestored = new Map<string, number>()
  const rowNames = new Map<number, string>()
  const restoreIds = headerSource === 'groundwork'
  const columns = columnIndexes(columnOf)
  const now = nowIso()

  for (let i = 0; i < parsed.rows.length; i++) {
    const cells = parsed.rows[i] ?? []
    const row = parsed.rowNumbers[i] ?? 0
    const rowProblems: string[] = []
    const input = readAccountInput(cells, columns, rowProblems)
    const checked = accountFieldsSchema.safeParse(input)
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        rowProblems.push(issue.path[0] === 'website' && input.website !== null ? `Website ${quoted(input.website)} is not a web address` : issue.message)
      }
    }
    const standing = hasStanding ? readStanding(cells, standingColumns, now, rowProblems) : noStanding
    const externalId = cellAt(cells, columns.externalId)?.trim() || null
    if (externalId !== null && externalId.length > limits.shortText) {
      rowProblems.push(`${importFieldLabels.externalId} can be at most ${limits.shortText} characters`)
    }

    if (i < importLimits.previewRows) {
      const values = checked.success && rowProblems.length === 0 ? cleanValues(checked.data, externalId, columnOf) : rawValues(cells, columnOf)
      if (hasStanding) Object.assign(values, standingValues(standing))
      plan.preview.push({ row, values })
    }
    if (!checked.success || rowProblems.length > 0) {
      plan.rowsWithErrors++
      for (const message of rowProblems) problems.push({ row, message, severity: 'error' })
      continue
    }

    const fields = checked.data
    const restoredId = restoreIds && externalId !== null && idSchema.safeParse(externalId).success ? externalId : null
    const crmId = restoredId === null ? externalId : null
    const domain = normaliseDomain(fields.website)
    const nameKey = normaliseName(fields.name)
    const match = matchRow(domain, nameKey, restoredId, crmId)
    const planned: PlannedRow = { row, fields, domain, nameKey, externalId: crmId, restoredId, standing, match }
    plan.rows.push(planned)
    rowNames.set(row, fields.name)
    if (match !== null) {
      plan.duplicates.push({
        row,
        name: fields.name,
        by: match.by,
        existingId: match.kind === 'account' ? match.accountId : null,
        existingName: match.kind === 'account' ? match.accountName : (rowNames.get(match.row) ?? ''),
        earlierRow: match.kind === 'row' ? match.row : null,
      })
    }
    // Keys already normalised: every row needs them for the store anyway.
    addKeysToDuplicateIndex(index, `${rowMarker}${row}`, { domain, nameKey })
    if (crmId !== null && !fileExternal.has(crmId)) fileExternal.set(crmId, row)
    if (restoredId !== null && !fileRestored.has(restoredId)) fileRestored.set(restoredId, row)
  }
  problems.sort((a, b) => a.row - b.row)
  return plan

  function matchRow(domain: string | null, nameKey: string, restoredId: string | null, crmId: string | null): RowMatch | null {
    if (restoredId !== null) {
      const name = names.get(restoredId)
      if (name !== undefined) return { kind: 'account', accountId: restoredId, accountName: name, by: 'id' }
      const earlier = fileRestored.get(restoredId)
      if (earlier !== undefined) return { kind: 'row', row: earlier, by: 'id' }
    }
    if (crmId !== null) {
      const accountId = byExternal.get(externalKey(source, crmId))
      if (accountId !== undefined) return { kind: 'account', accountId, accountName: names.get(accountId) ?? '', by: 'id' }
      const earlier = fileExternal.get(crmId)
      if (earlier !== undefined) return { kind: 'row', row: earlier, by: 'id' }
    }
    const found = findDuplicateByKeys({ domain, nameKey }, index)
    if (found === null) return null
    if (found.id.startsWith(rowMarker)) return { kind: 'row', row: Number(found.id.slice(rowMarker.length)), by: found.by }
    return { kind: 'account', accountId: found.id, accountName: names.get(found.id) ?? '', by: found.by }
  }
}

const standingPreviewColumns = [
  { key: 'relationship', label: 'Relationship' },
  { key: 'doNotContact', label: 'Do not contact' },
]

function standingValues(standing: ImportedStanding): PreviewValues {
  const asked = standing.doNotContact
  return { relationship: standing.relationship, doNotContact: asked === null ? null : `Since ${asked.at.slice(0, 10)}${asked.reason ? `: ${asked.reason}` : ''}` }
}

type ColumnIndexes = Record<ImportField, number>

/** Column per field, -1 when no column holds it: looked up once, not once per cell. */
function columnIndexes(columnOf: ReadonlyMap<ImportField, number>): ColumnIndexes {
  const at = (field: ImportField) => columnOf.get(field) ?? -1
  return {
    name: at('name'),
    website: at('website'),
    industry: at('industry'),
    city: at('city'),
    region: at('region'),
    country: at('country'),
    employees: at('employees'),
    annualRevenue: at('annualRevenue'),
    description: at('description'),
    externalId: at('externalId'),
  }
}

function cellAt(cells: readonly string[], column: number): string | null {
  return column < 0 ? null : (cells[column] ?? '')
}

function numberAt(cells: readonly string[], column: number, field: 'employees' | 'annualRevenue', rowProblems: string[]): number | null {
  const raw = cellAt(cells, column)
  if (raw === null) return null
  const value = parseNumberCell(raw)
  if (value !== 'invalid') return value
  rowProblems.push(`${importFieldLabels[field]} ${quoted(raw)} is not a number`)
  return null
}

/** What the account form would have received, had the rep typed the row in. */
function readAccountInput(cells: readonly string[], columns: ColumnIndexes, rowProblems: string[]) {
  return {
    name: cellAt(cells, columns.name) ?? '',
    website: cellAt(cells, columns.website),
    industry: cellAt(cells, columns.industry),
    city: cellAt(cells, columns.city),
    region: cellAt(cells, columns.region),
    country: cellAt(cells, columns.country),
    employees: numberAt(cells, columns.employees, 'employees', rowProblems),
    annualRevenue: numberAt(cells, columns.annualRevenue, 'annualRevenue', rowProblems),
    description: cellAt(cells, columns.description),
  }
}

function rawValues(cells: readonly string[], columnOf: ReadonlyMap<ImportField, number>): PreviewValues {
  const values: PreviewValues = {}
  for (const [field, column] of columnOf) {
    const value = (cells[column] ?? '').trim()
    values[field] = value === '' ? null : value
  }
  return values
}

function cleanValues(fields: AccountFields, externalId: string | null, columnOf: ReadonlyMap<ImportField, number>): PreviewValues {
  const values: PreviewValues = {}
  for (const field of columnOf.keys()) values[field] = field === 'externalId' ? externalId : fields[field]
  return values
}
