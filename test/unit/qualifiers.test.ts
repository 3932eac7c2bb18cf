import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MUST_HAVE_WEIGHT,
  assessmentSchema,
  assessmentsByQualifier,
  compileQualifiers,
  evaluateQualifier,
  qualifierRuleSchema,
  qualifierSchema,
  scoreAccount,
  scoreAccountFast,
  type Assessment,
  type Qualifier,
  type QualifierRule,
  type ScorableAccount,
} from '@shared/domain/qualifiers'

const blank: ScorableAccount = { industry: null, region: null, country: null, city: null, employees: null, annualRevenue: null }
const account = (fields: Partial<ScorableAccount> = {}): ScorableAccount => ({ ...blank, ...fields })

let nextId = 0
function qualifier(rule: QualifierRule, extra: Partial<Qualifier> = {}): Qualifier {
  nextId++
  return { id: `q${nextId}`, name: `Qualifier ${nextId}`, description: null, rule, mustHave: false, weight: 1, ...extra }
}
const industry = (values: string[], extra: Partial<Qualifier> = {}) => qualifier({ kind: 'values', field: 'industry', values }, extra)
const employees = (min: number | null, max: number | null, extra: Partial<Qualifier> = {}) =>
  qualifier({ kind: 'range', field: 'employees', min, max }, extra)
const evidence = (extra: Partial<Qualifier> = {}) => qualifier({ kind: 'evidence' }, extra)
const assess = (q: Qualifier, status: Assessment['status'], note: string | null = null): Assessment => ({ qualifierId: q.id, status, note })

describe('evaluateQualifier: values rules', () => {
  const q = industry(['Logistics', ' Technology '])
  it.each([
    ['Logistics', 'met', 'Industry is Logistics'],
    ['  logistics ', 'met', 'Industry is logistics'],
    ['TECHNOLOGY', 'met', 'Industry is TECHNOLOGY'],
    ['Retail', 'not-met', 'Industry is Retail, not Logistics or Technology'],
    ['Logistics & Freight', 'not-met', 'Industry is Logistics & Freight, not Logistics or Technology'],
  ] as const)('%j is %s', (value, status, reason) => {
    expect(evaluateQualifier(q, account({ industry: value }))).toEqual({ status, reason })
  })
  it.each([null, '', '   '])('a missing field (%j) is unknown', (value) => {
    expect(evaluateQualifier(q, account({ industry: value }))).toEqual({ status: 'unknown', reason: 'Industry not recorded yet' })
  })
  it('reads each of its fields', () => {
    const a = account({ region: 'CA', country: 'Canada', city: 'Toronto' })
    expect(evaluateQualifier(qualifier({ kind: 'values', field: 'region', values: ['ca'] }), a).status).toBe('met')
    expect(evaluateQualifier(qualifier({ kind: 'values', field: 'country', values: ['canada'] }), a).status).toBe('met')
    expect(evaluateQualifier(qualifier({ kind: 'values', field: 'city', values: ['Ottawa'] }), a).reason).toBe('City is Toronto, not Ottawa')
  })
  it('summarises long value lists in the reason', () => {
    const long = industry(['A', 'B', 'C', 'D', 'E'])
    expect(evaluateQualifier(long, account({ industry: 'Z' })).reason).toBe('Industry is Z, not A, B, C or 2 others')
    expect(evaluateQualifier(industry(['A', 'B', 'C', 'D']), account({ industry: 'Z' })).reason).toBe('Industry is Z, not A, B, C or 1 other')
    expect(evaluateQualifier(industry(['A', 'B', 'C']), account({ industry: 'Z' })).reason).toBe('Industry is Z, not A, B or C')
  })
})

describe('evaluateQualifier: range rules', () => {
  it.each([
    [100, 500, 99, 'not-met', 'Employees 99 is below 100'],
    [100, 500, 100, 'met', 'Employees 100 is within 100–500'],
    [100, 500, 500, 'met', 'Employees 500 is within 100–500'],
    [100, 500, 1200, 'not-met', 'Employees 1,200 is above 500'],
    [null, 500, 0, 'met', 'Employees 0 is at most 500'],
    [100, null, 1_000_000, 'met', 'Employees 1,000,000 is at least 100'],
    [null, null, 7, 'met', 'Employees 7 is recorded'],
  ] as const)('min %j max %j, value %j → %s', (min, max, value, status, reason) => {
    expect(evaluateQualifier(employees(min, max), account({ employees: value }))).toEqual({ status, reason })
  })
  it.each([null, Number.NaN, Number.POSITIVE_INFINITY])('a missing number (%j) is unknown', (value) => {
    expect(evaluateQualifier(employees(1, 2), account({ employees: value }))).toEqual({ status: 'unknown', reason: 'Employees not recorded yet' })
  })
  it('labels annual revenue in words', () => {
    const q = qualifier({ kind: 'range', field: 'annualRevenue', min: 5_000_000, max: null })
    expect(evaluateQualifier(q, account({ annualRevenue: 4_500_000.5 })).reason).toBe('Annual revenue 4,500,000.5 is below 5,000,000')
  })
})

describe('evaluateQualifier: evidence and the rep’s assessment', () => {
  it('evidence is unknown until the rep records it', () => {
    expect(evaluateQualifier(evidence(), blank)).toEqual({ status: 'unknown', reason: 'Not recorded yet' })
  })
  it.each([
    ['met', null, 'Confirmed by you'],
    ['not-met', null, 'Ruled out by you'],
    ['unknown', null, 'Marked unknown by you'],
    ['met', 'Spoke to their head of insights', 'Confirmed by you: Spoke to their head of insights'],
    ['not-met', '   ', 'Ruled out by you'],
  ] as const)('evidence takes the assessment %s (note %j)', (status, note, reason) => {
    const q = evidence()
    expect(evaluateQualifier(q, blank, assess(q, status, note))).toEqual({ status, reason })
  })
  it('an assessment fills in an unknown computed field', () => {
    const q = industry(['Logistics'])
    expect(evaluateQualifier(q, blank, assess(q, 'met')).status).toBe('met')
  })
  it('an assessment overrides what the record says, both ways', () => {
    const q = industry(['Logistics'])
    expect(evaluateQualifier(q, account({ industry: 'Retail' }), assess(q, 'met')).status).toBe('met')
    expect(evaluateQualifier(q, account({ industry: 'Logistics' }), assess(q, 'not-met')).status).toBe('not-met')
    const size = employees(10, 20)
    expect(evaluateQualifier(size, account({ employees: 15 }), assess(size, 'unknown')).status).toBe('unknown')
  })
})

describe('scoreAccount', () => {
  it('no qualifiers → unscored', () => {
    expect(scoreAccount(account({ industry: 'Logistics' }), [], [])).toEqual({
      score: 0, disqualified: false, band: 'unscored', met: [], missed: [], unknown: [], toFindOut: [],
    })
  })

  it('all met → 100 strong, with outcomes carrying reasons', () => {
    const q1 = industry(['Logistics'], { name: 'Logistics', weight: 2 })
    const q2 = employees(100, 5000, { name: 'Mid-size', mustHave: true, weight: 1 })
    const result = scoreAccount(account({ industry: 'Logistics', employees: 1200 }), [q1, q2], [])
    expect(result.score).toBe(100)
    expect(result.band).toBe('strong')
    expect(result.met).toEqual([
      { qualifierId: q1.id, name: 'Logistics', mustHave: false, weight: 2, reason: 'Industry is Logistics' },
      { qualifierId: q2.id, name: 'Mid-size', mustHave: true, weight: MUST_HAVE_WEIGHT, reason: 'Employees 1,200 is within 100–5,000' },
    ])
    expect(result.missed).toEqual([])
    expect(result.unknown).toEqual([])
  })

  it('a missed must-have disqualifies whatever else is met', () => {
    const must = employees(null, 500, { mustHave: true })
    const others = [industry(['Logistics'], { weight: 5 }), evidence({ weight: 5 })]
    const result = scoreAccount(account({ industry: 'Logistics', employees: 1200 }), [...others, must], [assess(others[1] as Qualifier, 'met')])
    expect(result).toMatchObject({ score: 0, disqualified: true, band: 'no-fit' })
    expect(result.missed).toEqual([{ qualifierId: must.id, name: must.name, mustHave: true, weight: 3, reason: 'Employees 1,200 is above 500' }])
    expect(result.met).toHaveLength(2)
  })

  it('a missed weighted qualifier only lowers the score', () => {
    const result = scoreAccount(account({ industry: 'Retail', employees: 200 }), [industry(['Logistics'], { weight: 1 }), employees(100, null, { weight: 3 })], [])
    expect(result).toMatchObject({ score: 75, disqualified: false, band: 'strong' })
  })

  it('an unknown earns half its weight', () => {
    expect(scoreAccount(blank, [evidence({ weight: 4 })], []).score).toBe(50)
    // met 2 + half of 2 out of 4
    expect(scoreAccount(account({ industry: 'Logistics' }), [industry(['Logistics'], { weight: 2 }), evidence({ weight: 2 })], []).score).toBe(75)
    // an unknown must-have counts half of the must-have weight, it does not disqualify
    const result = scoreAccount(account({ industry: 'Logistics' }), [industry(['Logistics'], { weight: 1 }), evidence({ mustHave: true })], [])
    expect(result).toMatchObject({ score: 63, disqualified: false, band: 'good' }) // (1 + 1.5) / 4 = 62.5
  })

  it('must-haves weigh MUST_HAVE_WEIGHT, ignoring their own weight', () => {
    const result = scoreAccount(account({ industry: 'Logistics' }), [industry(['Logistics'], { mustHave: true, weight: 1 }), evidence({ weight: 1 })], [
      { qualifierId: 'nobody', status: 'met', note: null },
    ])
    expect(result.score).toBe(Math.round((100 * (MUST_HAVE_WEIGHT + 0.5)) / (MUST_HAVE_WEIGHT + 1)))
  })

  it('bands sit at 75 and 50', () => {
    const met = (n: number) => Array.from({ length: n }, () => evidence())
    const score = (metCount: number, missedCount: number) => {
      const qs = [...met(metCount), ...met(missedCount)]
      const assessments = qs.map((q, i) => assess(q, i < metCount ? 'met' : 'not-met'))
      return scoreAccount(blank, qs, assessments)
    }
    expect(score(3, 1)).toMatchObject({ score: 75, band: 'strong' })
    expect(score(74, 26)).toMatchObject({ score: 74, band: 'good' })
    expect(score(1, 1)).toMatchObject({ score: 50, band: 'good' })
    expect(score(49, 51)).toMatchObject({ score: 49, band: 'weak' })
    expect(score(0, 2)).toMatchObject({ score: 0, band: 'weak', disqualified: false })
  })

  it('keeps qualifier order in the outcome lists', () => {
    const qs = [evidence(), industry(['X']), evidence(), employees(1, 2)]
    const result = scoreAccount(account({ industry: 'X', employees: 9 }), qs, [])
    expect(result.unknown.map((o) => o.qualifierId)).toEqual([qs[0]?.id, qs[2]?.id])
    expect(result.met.map((o) => o.qualifierId)).toEqual([qs[1]?.id])
    expect(result.missed.map((o) => o.qualifierId)).toEqual([qs[3]?.id])
  })

  it('the latest assessment for a qualifier wins', () => {
    const q = evidence()
    expect(scoreAccount(blank, [q], [assess(q, 'not-met'), assess(q, 'met')]).met).toHaveLength(1)
    expect(assessmentsByQualifier([assess(q, 'met'), assess(q, 'unknown')]).get(q.id)?.status).toBe('unknown')
  })
})

describe('toFindOut', () => {
  it('lists every unknown, must-haves then heavier weights first', () => {
    const light = evidence({ name: 'Uses a legacy survey tool', weight: 1 })
    const heavy = evidence({ name: 'Budget cycle starts in Q3', weight: 5 })
    const must = evidence({ name: 'Has a consumer-insights team', description: 'Does the company have a consumer-insights team?', mustHave: true })
    const known = industry(['Logistics'])
    const result = scoreAccount(account({ industry: 'Logistics' }), [light, known, heavy, must], [])
    expect(result.toFindOut).toEqual([
      'Find out: does the company have a consumer-insights team?',
      'Find out: budget cycle starts in Q3',
      'Find out: uses a legacy survey tool',
    ])
  })
  it('builds the question from the rule when there is no description', () => {
    const qs = [
      industry(['Logistics', 'Technology']),
      employees(100, 5000),
      qualifier({ kind: 'range', field: 'annualRevenue', min: null, max: 2_000_000 }),
      evidence({ name: 'CRM in use' }),
    ]
    expect(scoreAccount(blank, qs, []).toFindOut).toEqual([
      'Find out: which industry they are in (you want Logistics or Technology)',
      'Find out: how many employees they have (you want 100–5,000)',
      'Find out: their annual revenue (you want at most 2,000,000)',
      'Find out: CRM in use',
    ])
  })
  it('uses the first line of a description and keeps it short', () => {
    const multiLine = evidence({ description: '\n  Who owns research?\nMore detail here' })
    const long = evidence({ description: 'x'.repeat(500) })
    const [first, second] = scoreAccount(blank, [multiLine, long], []).toFindOut
    expect(first).toBe('Find out: who owns research?')
    expect(second?.length).toBeLessThanOrEqual(160)
    expect(second?.endsWith('…')).toBe(true)
  })
  it('includes qualifiers the rep marked unknown', () => {
    const q = industry(['Logistics'], { description: 'Confirm they still run their own fleet' })
    expect(scoreAccount(account({ industry: 'Logistics' }), [q], [assess(q, 'unknown')]).toFindOut).toEqual(['Find out: confirm they still run their own fleet'])
  })
})

describe('schemas', () => {
  const valid = { id: 'q1', name: ' Industry fit ', description: '  ', rule: { kind: 'values', field: 'industry', values: [' Logistics '] }, mustHave: false, weight: 3 }
  it('accepts and tidies a valid qualifier', () => {
    expect(qualifierSchema.parse(valid)).toEqual({ ...valid, name: 'Industry fit', description: null, rule: { kind: 'values', field: 'industry', values: ['Logistics'] } })
  })
  it.each([
    ['a long name', { name: 'n'.repeat(121) }, ['name']],
    ['a long description', { description: 'd'.repeat(2001) }, ['description']],
    ['weight 0', { weight: 0 }, ['weight']],
    ['weight 6', { weight: 6 }, ['weight']],
    ['weight 2.5', { weight: 2.5 }, ['weight']],
    ['an unknown key', { colour: 'red' }, []],
  ])('rejects %s', (_label, change, path) => {
    const result = qualifierSchema.safeParse({ ...valid, ...change })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(path)
  })
  it.each([
    ['no values', { kind: 'values', field: 'industry', values: [] }],
    ['501 values', { kind: 'values', field: 'industry', values: Array.from({ length: 501 }, (_, i) => `v${i}`) }],
    ['a 121-char value', { kind: 'values', field: 'city', values: ['c'.repeat(121)] }],
    ['a blank value', { kind: 'values', field: 'city', values: ['  '] }],
    ['a range field on a values rule', { kind: 'values', field: 'employees', values: ['1'] }],
    ['a values field on a range rule', { kind: 'range', field: 'industry', min: 1, max: 2 }],
    ['a negative bound', { kind: 'range', field: 'employees', min: -1, max: null }],
    ['an open range', { kind: 'range', field: 'employees', min: null, max: null }],
    ['an unknown kind', { kind: 'vibes' }],
  ])('rejects a rule with %s', (_label, rule) => {
    expect(qualifierRuleSchema.safeParse(rule).success).toBe(false)
  })
  it('accepts 500 values of 120 chars and a one-sided range', () => {
    expect(qualifierRuleSchema.safeParse({ kind: 'values', field: 'region', values: Array.from({ length: 500 }, (_, i) => `${i}`.padEnd(120, 'x')) }).success).toBe(true)
    expect(qualifierRuleSchema.safeParse({ kind: 'range', field: 'annualRevenue', min: null, max: 10 }).success).toBe(true)
    expect(qualifierRuleSchema.safeParse({ kind: 'range', field: 'annualRevenue', min: 10, max: 10 }).success).toBe(true)
    expect(qualifierRuleSchema.safeParse({ kind: 'evidence' }).success).toBe(true)
  })
  it('reports min above max on the max path', () => {
    const result = qualifierRuleSchema.safeParse({ kind: 'range', field: 'employees', min: 500, max: 100 })
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['max'], message: 'The highest value must not be below the lowest' })])
  })
  it('validates assessments', () => {
    expect(assessmentSchema.parse({ qualifierId: 'q1', status: 'met', note: '' })).toEqual({ qualifierId: 'q1', status: 'met', note: null })
    expect(assessmentSchema.safeParse({ qualifierId: 'q1', status: 'maybe', note: null }).success).toBe(false)
    expect(assessmentSchema.safeParse({ qualifierId: 'q1', status: 'met', note: 'n'.repeat(2001) }).success).toBe(false)
  })
})

const pool = ['Logistics', ' logistics', 'LOGISTICS ', 'Retail', 'Tech', '', '  ', 'Ünïcode', 'İstanbul']
const text = fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 6 }))
const optionalText = fc.option(text, { nil: null })
const optionalNumber = fc.option(fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.double({ noDefaultInfinity: false })), { nil: null })
const accountArb: fc.Arbitrary<ScorableAccount> = fc.record({
  industry: optionalText, region: optionalText, country: optionalText, city: optionalText, employees: optionalNumber, annualRevenue: optionalNumber,
})
const bound = fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null })
const ruleArb: fc.Arbitrary<QualifierRule> = fc.oneof(
  fc.record({ kind: fc.constant('values' as const), field: fc.constantFrom('industry' as const, 'region' as const, 'country' as const, 'city' as const), values: fc.array(text, { maxLength: 5 }) }),
  fc.record({ kind: fc.constant('range' as const), field: fc.constantFrom('employees' as const, 'annualRevenue' as const), min: bound, max: bound }),
  fc.constant({ kind: 'evidence' as const }),
)
const qualifiersArb = fc
  .array(fc.record({ name: fc.string({ maxLength: 10 }), description: fc.option(fc.string({ maxLength: 20 }), { nil: null }), rule: ruleArb, mustHave: fc.boolean(), weight: fc.integer({ min: 1, max: 5 }) }), { maxLength: 8 })
  .map((qs) => qs.map((q, i): Qualifier => ({ ...q, id: `q${i}` })))
const scenario = qualifiersArb.chain((qs) =>
  fc.record({
    qs: fc.constant(qs),
    account: accountArb,
    assessments: fc.array(
      fc.record({ qualifierId: fc.constantFrom('q0', 'q1', 'q2', 'q3', 'stray'), status: fc.constantFrom('met' as const, 'not-met' as const, 'unknown' as const), note: fc.constant(null) }),
      { maxLength: 6 },
    ),
  }),
)

describe('properties', () => {
  it('scoreAccountFast agrees with scoreAccount', () => {
    fc.assert(
      fc.property(scenario, ({ qs, account: a, assessments }) => {
        const slow = scoreAccount(a, qs, assessments)
        const compiled = compileQualifiers(qs)
        const byId = assessmentsByQualifier(assessments)
        // Twice, so the remembered-value path is exercised as well as the first look-up.
        for (let i = 0; i < 2; i++) {
          expect(scoreAccountFast(a, compiled, byId)).toEqual({ score: slow.score, band: slow.band, disqualified: slow.disqualified, unknownCount: slow.unknown.length })
        }
        if (assessments.length === 0) expect(scoreAccountFast(a, compiled)).toEqual(scoreAccountFast(a, compiled, new Map()))
      }),
      { numRuns: 2000 },
    )
  })

  it('the score is a whole number within 0..100 and the outcomes cover every qualifier', () => {
    fc.assert(
      fc.property(scenario, ({ qs, account: a, assessments }) => {
        const r = scoreAccount(a, qs, assessments)
        expect(Number.isInteger(r.score)).toBe(true)
        expect(r.score).toBeGreaterThanOrEqual(0)
        expect(r.score).toBeLessThanOrEqual(100)
        expect(r.met.length + r.missed.length + r.unknown.length).toBe(qs.length)
        expect(r.toFindOut).toHaveLength(r.unknown.length)
        expect(r.disqualified).toBe(r.missed.some((o) => o.mustHave))
      }),
      { numRuns: 1000 },
    )
  })

  it('one compiled set scores many accounts consistently', () => {
    fc.assert(
      fc.property(qualifiersArb, fc.array(accountArb, { maxLength: 30 }), (qs, accounts) => {
        const compiled = compileQualifiers(qs)
        for (const a of accounts) expect(scoreAccountFast(a, compiled).score).toBe(scoreAccount(a, qs, []).score)
      }),
      { numRuns: 300 },
    )
  })
})
