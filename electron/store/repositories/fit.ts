import type { Database } from 'better-sqlite3'
import type { FitExplanation, FitQualifier, FitSummary } from '../../../src/shared/contract/targeting'
import {
  compileQualifiers,
  evaluateQualifier,
  scoreAccount,
  scoreAccountFast,
  type Assessment,
  type CompiledQualifiers,
  type FastFit,
  type FitResult,
  type QualifierStatus,
  type ScorableAccount,
} from '../../../src/shared/domain/qualifiers'
import { getAccount } from './accounts'
import { assessmentsForAccount } from './assessments'
import { listDomainQualifiers, listQualifiers, toDomainQualifier } from './qualifiers'
import { readScoringColumns, type ScorableField } from './scoringColumns'
import { prepared } from '../statements'

/** Everything needed to score any number of accounts: the live qualifiers compiled once, and the rep's assessments. */
export interface Scoring {
  compiled: CompiledQualifiers
  /** accountId → qualifierId → assessment, for live qualifiers only. */
  assessments: Map<string, Map<string, Assessment>>
}

/** One account's fit without the reasons: what tables, filters and counts need. */
export type AccountFit = FastFit

interface AssessmentRow {
  account_id: string
  qualifier_id: string
  status: QualifierStatus
  note: string | null
}

export function loadScoring(db: Database): Scoring {
  return { compiled: compileQualifiers(listDomainQualifiers(db)), assessments: loadAssessments(db) }
}

/** Every assessment of a live qualifier: accountId → qualifierId → assessment. */
export function loadAssessments(db: Database): Map<string, Map<string, Assessment>> {
  const assessments = new Map<string, Map<string, Assessment>>()
  const rows = prepared(
    db,
    `SELECT a.account_id, a.qualifier_id, a.status, a.note FROM qualifier_assessment a
     JOIN qualifier q ON q.id = a.qualifier_id AND q.deleted_at IS NULL`,
  ).all() as AssessmentRow[]
  for (const row of rows) {
    let byQualifier = assessments.get(row.account_id)
    if (!byQualifier) {
      byQualifier = new Map()
      assessments.set(row.account_id, byQualifier)
    }
    byQualifier.set(row.qualifier_id, { qualifierId: row.qualifier_id, status: row.status, note: row.note })
  }
  return assessments
}

/** The account fields a set of compiled qualifiers reads; evidence reads none. */
export function fieldsRead(compiled: CompiledQualifiers): ScorableField[] {
  const fields = new Set<ScorableField>()
  for (const item of compiled.items) if (item.rule.kind !== 'evidence') fields.add(item.rule.field)
  return [...fields]
}

const noValues: readonly null[] = []

/**
 * Calls `visit` for every live account with the fields scoring reads (the others are left null). The
 * account object is reused between calls, since a territory can hold 100,000 accounts: read it inside
 * `visit`, never keep it.
 */
export function forEachScorableAccount(
  db: Database,
  fields: readonly ScorableField[],
  visit: (accountId: string, account: ScorableAccount) => void,
): void {
  const { ids, values } = readScoringColumns(db, fields)
  const wanted = new Set(fields)
  const column = <F extends ScorableField>(field: F) => (wanted.has(field) ? (values[field] ?? noValues) : noValues)
  const industry = column('industry')
  const region = column('region')
  const country = column('country')
  const city = column('city')
  const employees = column('employees')
  const annualRevenue = column('annualRevenue')
  const account: ScorableAccount = { industry: null, region: null, country: null, city: null, employees: null, annualRevenue: null }
  for (let i = 0; i < ids.length; i++) {
    account.industry = industry[i] ?? null
    account.region = region[i] ?? null
    account.country = country[i] ?? null
    account.city = city[i] ?? null
    account.employees = employees[i] ?? null
    account.annualRevenue = annualRevenue[i] ?? null
    visit(ids[i] as string, account)
  }
}

const unscored: AccountFit = Object.freeze({ score: 0, band: 'unscored', disqualified: false, unknownCount: 0 })

/** Every live account's score, band, disqualification and count of unknowns, by account id. */
export function scoreAll(db: Database, scoring: Scoring = loadScoring(db)): Map<string, AccountFit> {
  const fits = new Map<string, AccountFit>()
  if (scoring.compiled.items.length === 0) {
    for (const id of prepared(db, 'SELECT id FROM account WHERE deleted_at IS NULL').pluck().all() as string[]) fits.set(id, unscored)
    return fits
  }
  const { compiled, assessments } = scoring
  const shared = new Map<number, AccountFit>()
  forEachScorableAccount(db, fieldsRead(compiled), (accountId, account) => {
    fits.set(accountId, shareFit(shared, scoreAccountFast(account, compiled, assessments.get(accountId))))
  })
  return fits
}

/**
 * Accounts with the same score, band and unknowns share one frozen result: a territory has only a few
 * hundred distinct ones, and keeping 100,000 separate objects alive costs more garbage collection than
 * the scoring itself.
 */
function shareFit(shared: Map<number, AccountFit>, fit: AccountFit): AccountFit {
  // The band follows from the score and disqualification, so these three fields identify a result.
  const key = fit.score * 4096 + fit.unknownCount * 2 + (fit.disqualified ? 1 : 0)
  let same = shared.get(key)
  if (same === undefined) {
    same = Object.freeze({ score: fit.score, band: fit.band, disqualified: fit.disqualified, unknownCount: fit.unknownCount })
    shared.set(key, same)
  }
  return same
}

/** One account's score with its reasons: met, missed, unknown and what to find out on the call. */
export function explainFit(db: Database, accountId: string): FitResult {
  const account = getAccount(db, accountId)
  const assessments = [...assessmentsForAccount(db, accountId).values()]
  return scoreAccount(account, listDomainQualifiers(db), assessments)
}

/** explainFit plus, per qualifier, what the record says and what the rep set: what the fit panel shows. */
export function explainAccountFit(db: Database, accountId: string): FitExplanation {
  const account = getAccount(db, accountId)
  const saved = listQualifiers(db)
  const qualifiers = saved.map(toDomainQualifier)
  const assessed = assessmentsForAccount(db, accountId)
  const fit = scoreAccount(
    account,
    qualifiers,
    [...assessed.values()].map(({ qualifierId, status, note }) => ({ qualifierId, status, note })),
  )
  const states = saved.map((qualifier, index): FitQualifier => {
    const domain = qualifiers[index] ?? toDomainQualifier(qualifier)
    const assessment = assessed.get(qualifier.id)
    const fromRecord = qualifier.rule.kind === 'evidence' ? null : evaluateQualifier(domain, account)
    const current = evaluateQualifier(domain, account, assessment && { qualifierId: assessment.qualifierId, status: assessment.status, note: assessment.note })
    return {
      qualifierId: qualifier.id,
      name: qualifier.name,
      description: qualifier.description,
      kind: qualifier.rule.kind,
      mustHave: qualifier.mustHave,
      weight: qualifier.weight,
      status: current.status,
      reason: current.reason,
      fromRecord,
      assessment: assessment ? { status: assessment.status, note: assessment.note, updatedAt: assessment.updatedAt } : null,
    }
  })
  return { accountId, fit, qualifiers: states }
}

/** How the territory splits into bands, for a header. */
export function fitSummary(db: Database): FitSummary {
  const scoring = loadScoring(db)
  const bands: FitSummary['bands'] = { strong: 0, good: 0, weak: 0, 'no-fit': 0, unscored: 0 }
  let accounts = 0
  for (const fit of scoreAll(db, scoring).values()) {
    bands[fit.band] += 1
    accounts += 1
  }
  return { accounts, qualifiers: scoring.compiled.items.length, bands }
}
