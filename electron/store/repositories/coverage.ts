import type { Database } from 'better-sqlite3'
import type { Coverage } from '../../../src/shared/contract/targeting'
import {
  compileQualifiers,
  scoreAccountFast,
  type Assessment,
  type CompiledQualifiers,
  type Qualifier,
  type QualifierRule,
  type ScorableAccount,
} from '../../../src/shared/domain/qualifiers'
import { fieldsRead, forEachScorableAccount, loadAssessments } from './fit'
import { listDomainQualifiers } from './qualifiers'

/**
 * One qualifier's status for one account, through the same fast path the territory score uses.
 * The domain exposes no per-qualifier fast status, so this scores the qualifier alone: with a single
 * weighted qualifier, met scores 100, not met 0, and unknown counts one unknown.
 */
function isolatedStatus(account: ScorableAccount, alone: CompiledQualifiers, assessments: Map<string, Assessment> | undefined): keyof Coverage {
  const fit = scoreAccountFast(account, alone, assessments)
  if (fit.unknownCount > 0) return 'unknown'
  return fit.score === 100 ? 'met' : 'notMet'
}

function compileAlone(qualifier: Qualifier): CompiledQualifiers {
  return compileQualifiers([{ ...qualifier, mustHave: false, weight: 1 }])
}

/** How each live qualifier splits the territory, counting the rep's assessments. */
export function qualifierCoverage(db: Database): { accounts: number; byQualifier: (Coverage & { qualifierId: string })[] } {
  const qualifiers = listDomainQualifiers(db)
  const assessments = loadAssessments(db)
  const compiled = qualifiers.map(compileAlone)
  const counts = qualifiers.map(() => ({ met: 0, notMet: 0, unknown: 0 }))
  let accounts = 0
  const fields = [...new Set(compiled.flatMap(fieldsRead))]
  forEachScorableAccount(db, fields, (accountId, account) => {
    accounts += 1
    const assessed = assessments.get(accountId)
    for (let i = 0; i < compiled.length; i++) {
      const alone = compiled[i]
      const count = counts[i]
      if (alone && count) count[isolatedStatus(account, alone, assessed)] += 1
    }
  })
  return { accounts, byQualifier: qualifiers.map((qualifier, i) => ({ qualifierId: qualifier.id, ...(counts[i] ?? { met: 0, notMet: 0, unknown: 0 }) })) }
}

/** The split a rule would give while the rep is still editing it; an existing qualifier keeps its assessments. */
export function previewCoverage(db: Database, rule: QualifierRule, qualifierId: string | null): Coverage & { accounts: number } {
  const alone = compileAlone({ id: qualifierId ?? 'preview', name: 'preview', description: null, rule, mustHave: false, weight: 1 })
  const assessments = qualifierId === null ? new Map<string, Map<string, Assessment>>() : loadAssessments(db)
  const count = { accounts: 0, met: 0, notMet: 0, unknown: 0 }
  forEachScorableAccount(db, fieldsRead(alone), (accountId, account) => {
    count.accounts += 1
    count[isolatedStatus(account, alone, assessments.get(accountId))] += 1
  })
  return count
}
