import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../electron/store/database'
import { restoreAccount, softDeleteAccount, updateAccount } from '../../electron/store/repositories/accounts'
import { clearAssessment, setAssessment } from '../../electron/store/repositories/assessments'
import { explainFit, fitSummary, loadScoring, scoreAll } from '../../electron/store/repositories/fit'
import { getOffering, saveOffering } from '../../electron/store/repositories/offering'
import { readScoringColumns } from '../../electron/store/repositories/scoringColumns'
import {
  insertQualifier,
  listQualifiers,
  reorderQualifiers,
  restoreQualifier,
  softDeleteQualifier,
  updateQualifier,
} from '../../electron/store/repositories/qualifiers'
import type { QualifierFields } from '../../src/shared/contract/targeting'
import { accountFields, insertTestAccount } from '../support/accounts'
import { openTempDatabase, removeTempDirs, thrownBy } from '../support/tempDatabase'

let db: Database

beforeEach(() => {
  ;({ db } = openTempDatabase())
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

interface AccountShape {
  industry?: string | null
  region?: string | null
  employees?: number | null
  annualRevenue?: number | null
}

function account(name: string, shape: AccountShape = {}): string {
  return insertTestAccount(db, { name, ...shape }).id
}

const logisticsMustHave: QualifierFields = {
  name: 'Moves freight',
  description: null,
  rule: { kind: 'values', field: 'industry', values: ['Logistics'] },
  mustHave: true,
  weight: 1,
}
const midSized: QualifierFields = { name: 'Mid-sized', description: null, rule: { kind: 'range', field: 'employees', min: 50, max: 500 }, mustHave: false, weight: 2 }
const insightsTeam: QualifierFields = {
  name: 'Has a consumer-insights team',
  description: 'Who owns customer research?',
  rule: { kind: 'evidence' },
  mustHave: false,
  weight: 4,
}

describe('offering repository', () => {
  it('keeps one profile and the order of its lists', () => {
    const ids = ['0190f5a4-0000-7000-8000-00000000000a', '0190f5a4-0000-7000-8000-00000000000b']
    saveOffering(db, {
      whatItIs: 'Route planning',
      summary: null,
      valueStatements: [
        { id: ids[1] as string, benefit: 'Second written, shown first', forWhom: null, proof: null },
        { id: ids[0] as string, benefit: 'First written, shown second', forWhom: 'Dispatchers', proof: null },
      ],
      differentiators: [{ id: ids[0] as string, competitor: 'RouteRight', howWeDiffer: null }],
    })
    saveOffering(db, { whatItIs: 'Route planning 2', summary: 'S', valueStatements: [], differentiators: [] })
    expect(db.prepare('SELECT count(*) FROM offering').pluck().get()).toBe(1)
    expect(getOffering(db)).toMatchObject({ whatItIs: 'Route planning 2', summary: 'S', valueStatements: [], differentiators: [] })
  })
})

describe('qualifiers repository', () => {
  it('stores the rule as JSON and reads it back through the domain schema', () => {
    const saved = insertQualifier(db, midSized)
    expect(JSON.parse(db.prepare('SELECT rule FROM qualifier WHERE id = ?').pluck().get(saved.id) as string)).toEqual(midSized.rule)
    expect(listQualifiers(db)[0]).toMatchObject({ name: 'Mid-sized', rule: midSized.rule, mustHave: false, weight: 2 })
    // A file edited by hand with a broken rule is refused on read rather than scored wrongly.
    db.prepare(`UPDATE qualifier SET rule = '{"kind":"range","field":"employees","min":null,"max":null}'`).run()
    expect(() => listQualifiers(db)).toThrow()
  })

  it('appends new qualifiers after the live ones and keeps a restored one in its place', () => {
    const a = insertQualifier(db, logisticsMustHave)
    const b = insertQualifier(db, midSized)
    const c = insertQualifier(db, insightsTeam)
    softDeleteQualifier(db, b.id)
    expect(listQualifiers(db).map((q) => q.id)).toEqual([a.id, c.id])
    restoreQualifier(db, b.id)
    expect(listQualifiers(db).map((q) => q.id)).toEqual([a.id, b.id, c.id])
    reorderQualifiers(db, [c.id, b.id, a.id])
    expect(listQualifiers(db).map((q) => q.position)).toEqual([0, 1, 2])
    expect((thrownBy(() => updateQualifier(db, '0190f5a4-0000-7000-8000-0000000000ff', midSized)) as { code: string }).code).toBe('NOT_FOUND')
  })
})

describe('scoreAll', () => {
  it('gives every account unscored when there are no qualifiers', () => {
    const a = account('A', { industry: 'Logistics' })
    expect(scoreAll(db)).toEqual(new Map([[a, { score: 0, band: 'unscored', disqualified: false, unknownCount: 0 }]]))
  })

  it('scores hand-checked accounts: a missed must-have disqualifies, assessments override the record', () => {
    insertQualifier(db, logisticsMustHave) // must-have: weight 3 whatever its own weight
    insertQualifier(db, midSized) // weight 2
    const insights = insertQualifier(db, insightsTeam) // weight 4; total 9
    const industry = listQualifiers(db)[0]?.id as string

    const fits = account('Fits', { industry: 'Logistics', employees: 200 })
    const wrongIndustry = account('Wrong industry', { industry: 'Software', employees: 200 })
    const sizeUnknown = account('Size unknown', { industry: 'Logistics' })
    const tooBig = account('Too big', { industry: ' logistics ', employees: 1000 })
    const industryUnknown = account('Industry unknown', { employees: 100 })
    const deleted = account('Deleted', { industry: 'Logistics', employees: 200 })
    softDeleteAccount(db, deleted)

    const first = scoreAll(db)
    expect(first.size).toBe(5)
    expect(first.has(deleted)).toBe(false)
    // (3 + 2 + 4/2) / 9 = 77.8
    expect(first.get(fits)).toEqual({ score: 78, band: 'strong', disqualified: false, unknownCount: 1 })
    expect(first.get(wrongIndustry)).toEqual({ score: 0, band: 'no-fit', disqualified: true, unknownCount: 1 })
    // (3 + 2/2 + 4/2) / 9 = 66.7
    expect(first.get(sizeUnknown)).toEqual({ score: 67, band: 'good', disqualified: false, unknownCount: 2 })
    // (3 + 0 + 4/2) / 9 = 55.6
    expect(first.get(tooBig)).toEqual({ score: 56, band: 'good', disqualified: false, unknownCount: 1 })
    // An unknown must-have is something to find out, not a miss: (3/2 + 2 + 4/2) / 9 = 61.1
    expect(first.get(industryUnknown)).toEqual({ score: 61, band: 'good', disqualified: false, unknownCount: 2 })

    setAssessment(db, fits, insights.id, 'met', null)
    setAssessment(db, wrongIndustry, industry, 'met', 'Their new freight arm is the buyer')
    setAssessment(db, sizeUnknown, insights.id, 'not-met', null)
    setAssessment(db, tooBig, industry, 'not-met', null)
    const second = scoreAll(db)
    expect(second.get(fits)).toEqual({ score: 100, band: 'strong', disqualified: false, unknownCount: 0 })
    expect(second.get(wrongIndustry)).toEqual({ score: 78, band: 'strong', disqualified: false, unknownCount: 1 })
    // (3 + 2/2 + 0) / 9 = 44.4
    expect(second.get(sizeUnknown)).toEqual({ score: 44, band: 'weak', disqualified: false, unknownCount: 1 })
    expect(second.get(tooBig)).toEqual({ score: 0, band: 'no-fit', disqualified: true, unknownCount: 1 })

    // A deleted qualifier and its assessments stop counting until it is restored.
    softDeleteQualifier(db, insights.id)
    expect(scoreAll(db).get(sizeUnknown)).toEqual({ score: 80, band: 'strong', disqualified: false, unknownCount: 1 })
    expect(loadScoring(db).assessments.get(sizeUnknown)).toBeUndefined()
    restoreQualifier(db, insights.id)
    clearAssessment(db, tooBig, industry)
    expect(scoreAll(db).get(tooBig)).toEqual(first.get(tooBig))
  })

  it('agrees with explainFit on every account, whatever the qualifiers, records and assessments', () => {
    const industries = ['Logistics', 'logistics', 'Software', 'Retail', null]
    const statuses = ['met', 'not-met', 'unknown'] as const
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            industry: fc.constantFrom(...industries),
            employees: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
            annualRevenue: fc.option(fc.double({ min: 0, max: 1e8, noNaN: true }), { nil: null }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(
          fc.record({
            kind: fc.constantFrom('values', 'range', 'revenue', 'evidence'),
            mustHave: fc.boolean(),
            weight: fc.integer({ min: 1, max: 5 }),
            low: fc.integer({ min: 0, max: 1000 }),
          }),
          { maxLength: 5 },
        ),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...statuses)), { maxLength: 10 }),
        (accounts, qualifiers, assessments) => {
          db.exec('DELETE FROM qualifier_assessment; DELETE FROM qualifier; DELETE FROM account;')
          const accountIds = accounts.map((shape, i) => account(`Account ${i}`, shape))
          const qualifierIds = qualifiers.map((q, i) =>
            insertQualifier(db, {
              name: `Q${i}`,
              description: null,
              mustHave: q.mustHave,
              weight: q.weight,
              rule:
                q.kind === 'values'
                  ? { kind: 'values', field: 'industry', values: ['LOGISTICS', 'Retail'] }
                  : q.kind === 'range'
                    ? { kind: 'range', field: 'employees', min: q.low, max: q.low + 300 }
                    : q.kind === 'revenue'
                      ? { kind: 'range', field: 'annualRevenue', min: null, max: q.low * 50_000 }
                      : { kind: 'evidence' },
            }).id,
          )
          if (qualifierIds.length > 0) {
            for (const [a, q, status] of assessments) {
              setAssessment(db, accountIds[a % accountIds.length] as string, qualifierIds[q % qualifierIds.length] as string, status, null)
            }
          }
          const fast = scoreAll(db)
          for (const id of accountIds) {
            const full = explainFit(db, id)
            expect(fast.get(id)).toEqual({ score: full.score, band: full.band, disqualified: full.disqualified, unknownCount: full.unknown.length })
          }
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('fitSummary', () => {
  it('counts live accounts per band', () => {
    account('A', { industry: 'Logistics' })
    account('B', { industry: 'Software' })
    expect(fitSummary(db)).toEqual({ accounts: 2, qualifiers: 0, bands: { strong: 0, good: 0, weak: 0, 'no-fit': 0, unscored: 2 } })
    insertQualifier(db, logisticsMustHave)
    expect(fitSummary(db)).toEqual({ accounts: 2, qualifiers: 1, bands: { strong: 1, good: 0, weak: 0, 'no-fit': 1, unscored: 0 } })
  })
})

describe('reusing the account columns between rescorings', () => {
  it('reuses them while only qualifiers or assessments change', () => {
    const a = account('A', { industry: 'Logistics' })
    const first = readScoringColumns(db, ['industry'])
    expect(first.ids).toEqual([a])
    const insights = insertQualifier(db, insightsTeam)
    setAssessment(db, a, insights.id, 'met', null)
    db.prepare("UPDATE account SET description = 'Edited' WHERE id = ?").run(a)
    const again = readScoringColumns(db, ['industry', 'employees'])
    expect(again.ids).toBe(first.ids)
    expect(again.values.industry).toBe(first.values.industry)
    expect(again.values.employees).toEqual([null])
  })

  it('reads them again after any change to an account column scoring reads', () => {
    const a = account('A', { industry: 'Logistics' })
    const changes: [string, () => void][] = [
      ['a new account', () => account('B', { industry: 'Retail' })],
      ['an edited industry', () => updateAccount(db, a, accountFields({ name: 'A', industry: 'Software' }))],
      ['a soft delete', () => softDeleteAccount(db, a)],
      ['a restore', () => restoreAccount(db, a)],
      ['a purge', () => db.prepare("DELETE FROM account WHERE name = 'B'").run()],
    ]
    for (const [what, change] of changes) {
      const before = readScoringColumns(db, ['industry'])
      change()
      const after = readScoringColumns(db, ['industry'])
      expect(after.ids, what).not.toBe(before.ids)
    }
    expect(readScoringColumns(db, ['industry'])).toMatchObject({ ids: [a], values: { industry: ['Software'] } })
  })

  it('keeps nothing read inside a transaction, which may still roll back', () => {
    const a = account('A', { industry: 'Logistics' })
    insertQualifier(db, logisticsMustHave)
    const committed = scoreAll(db).get(a)
    expect(() =>
      db.transaction(() => {
        updateAccount(db, a, accountFields({ name: 'A', industry: 'Software' }))
        expect(scoreAll(db).get(a)?.band).toBe('no-fit')
        throw new Error('roll back')
      })(),
    ).toThrow('roll back')
    expect(scoreAll(db).get(a)).toEqual(committed)
  })

  it('still scores every change right when the triggers are gone', () => {
    db.exec('DROP TRIGGER account_scoring_stamp_update')
    const a = account('A', { industry: 'Logistics' })
    insertQualifier(db, logisticsMustHave)
    expect(scoreAll(db).get(a)?.band).toBe('strong')
    updateAccount(db, a, accountFields({ name: 'A', industry: 'Software' }))
    expect(scoreAll(db).get(a)?.band).toBe('no-fit')
  })
})
