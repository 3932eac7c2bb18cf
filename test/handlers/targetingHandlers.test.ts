import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HandlerContext } from '../../electron/handlers/context'
import { dispatch } from '../../electron/handlers/dispatch'
import type { Database } from '../../electron/store/database'
import { softDeleteAccount } from '../../electron/store/repositories/accounts'
import {
  qualifierCountLimit,
  type Coverage,
  type FieldValue,
  type FitExplanation,
  type FitSummary,
  type Lesson,
  type Offering,
  type QualifierFieldsInput,
  type SavedQualifier,
} from '../../src/shared/contract/targeting'
import { insertTestAccount } from '../support/accounts'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'
import { dataOf, errorOf } from '../support/envelopes'

let db: Database
let ctx: HandlerContext

beforeEach(() => {
  ;({ db, ctx } = openTempDatabase())
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

/** Every row of every table this feature writes, to prove a refused call wrote nothing. */
function snapshot(): unknown {
  const tables = ['offering', 'value_statement', 'differentiator', 'qualifier', 'qualifier_assessment', 'fit_lesson']
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]))
}

const id1 = '0190f5a4-1111-7000-8000-000000000001'
const id2 = '0190f5a4-2222-7000-8000-000000000002'
const id3 = '0190f5a4-3333-7000-8000-000000000003'

function account(name: string, fields: { industry?: string | null; region?: string | null; employees?: number | null } = {}): string {
  return insertTestAccount(db, { name, ...fields }).id
}

async function createQualifier(input: QualifierFieldsInput): Promise<SavedQualifier> {
  return dataOf<SavedQualifier>(await dispatch(ctx, 'qualifiers.create', input))
}

const logisticsMustHave: QualifierFieldsInput = {
  name: 'Moves freight',
  description: 'Logistics companies feel the pain of missed pickups',
  rule: { kind: 'values', field: 'industry', values: ['Logistics'] },
  mustHave: true,
  weight: 3,
}
const insightsTeam: QualifierFieldsInput = {
  name: 'Has a consumer-insights team',
  description: 'They buy research, marketing does not',
  rule: { kind: 'evidence' },
  mustHave: false,
  weight: 4,
}

describe('offering channels', () => {
  it('starts empty, saves the whole profile in order, and replaces it on the next save', async () => {
    expect(dataOf<Offering>(await dispatch(ctx, 'offering.get', {}))).toEqual({
      whatItIs: null,
      summary: null,
      valueStatements: [],
      differentiators: [],
      updatedAt: null,
    })

    const saved = dataOf<Offering>(
      await dispatch(ctx, 'offering.save', {
        whatItIs: '  Route planning for regional carriers ',
        summary: '',
        valueStatements: [
          { id: id1, benefit: 'Fewer empty miles', forWhom: 'Dispatch managers', proof: 'Cut empty miles 12% at a 40-truck fleet' },
          { id: id2, benefit: 'Drivers home on time', forWhom: '', proof: null },
        ],
        differentiators: [{ id: id3, competitor: 'RouteRight', howWeDiffer: 'Plans around driver hours, not only distance' }],
      }),
    )
    expect(saved).toMatchObject({
      whatItIs: 'Route planning for regional carriers',
      summary: null,
      valueStatements: [
        { id: id1, benefit: 'Fewer empty miles', forWhom: 'Dispatch managers', proof: 'Cut empty miles 12% at a 40-truck fleet' },
        { id: id2, benefit: 'Drivers home on time', forWhom: null, proof: null },
      ],
      differentiators: [{ id: id3, competitor: 'RouteRight', howWeDiffer: 'Plans around driver hours, not only distance' }],
    })
    expect(saved.updatedAt).not.toBeNull()
    expect(dataOf<Offering>(await dispatch(ctx, 'offering.get', {}))).toEqual(saved)

    // Reordered, one removed, the differentiator gone: the store follows the screen exactly.
    const next = dataOf<Offering>(
      await dispatch(ctx, 'offering.save', {
        whatItIs: 'Route planning',
        summary: 'For carriers with 20 to 200 trucks',
        valueStatements: [{ id: id2, benefit: 'Drivers home on time' }],
        differentiators: [],
      }),
    )
    expect(next.valueStatements.map((statement) => statement.id)).toEqual([id2])
    expect(next.differentiators).toEqual([])
    expect(db.prepare('SELECT count(*) FROM value_statement').pluck().get()).toBe(1)
  })

  it.each([
    ['a blank benefit', { valueStatements: [{ id: id1, benefit: '   ' }], differentiators: [] }, 'valueStatements.0.benefit', 'Benefit is required'],
    ['a competitor without a name', { valueStatements: [], differentiators: [{ id: id1, competitor: '' }] }, 'differentiators.0.competitor', 'Competitor is required'],
    ['the same statement twice', { valueStatements: [{ id: id1, benefit: 'A' }, { id: id1, benefit: 'B' }], differentiators: [] }, 'valueStatements.1.id', 'appears twice'],
    ['too many statements', { valueStatements: Array.from({ length: 31 }, (_, i) => ({ id: `0190f5a4-0000-7000-8000-${String(i).padStart(12, '0')}`, benefit: 'B' })), differentiators: [] }, 'valueStatements', '30 value statements'],
    ['an overlong proof', { valueStatements: [{ id: id1, benefit: 'A', proof: 'x'.repeat(1001) }], differentiators: [] }, 'valueStatements.0.proof', 'at most 1000'],
    ['a field it does not know', { valueStatements: [], differentiators: [], price: 10 }, 'price', ''],
  ])('refuses %s, naming the field, and writes nothing', async (_label, body, path, message) => {
    await dispatch(ctx, 'offering.save', { whatItIs: 'Kept', valueStatements: [{ id: id3, benefit: 'Kept' }], differentiators: [] })
    const before = snapshot()
    const error = errorOf(await dispatch(ctx, 'offering.save', { whatItIs: 'Changed', ...body }))
    expect(error.code).toBe('INVALID_INPUT')
    const issue = error.issues?.find((candidate) => candidate.path === path)
    expect(issue, JSON.stringify(error.issues)).toBeDefined()
    expect(`${issue?.message} ${error.message}`).toContain(message)
    expect(snapshot()).toEqual(before)
  })
})

describe('qualifier channels', () => {
  it('create, list, update, delete with restore, and reorder', async () => {
    const industry = await createQualifier(logisticsMustHave)
    const size = await createQualifier({ name: 'Mid-sized', rule: { kind: 'range', field: 'employees', min: 50, max: 500 }, mustHave: false, weight: 2 })
    const insights = await createQualifier(insightsTeam)
    expect(industry).toMatchObject({ name: 'Moves freight', mustHave: true, weight: 3, position: 0, rule: { kind: 'values', field: 'industry', values: ['Logistics'] } })
    expect(size).toMatchObject({ description: null, position: 1, rule: { kind: 'range', min: 50, max: 500 } })

    const list = () => dispatch(ctx, 'qualifiers.list', {}).then((envelope) => dataOf<SavedQualifier[]>(envelope).map((q) => q.name))
    expect(await list()).toEqual(['Moves freight', 'Mid-sized', 'Has a consumer-insights team'])

    const updated = dataOf<SavedQualifier>(
      await dispatch(ctx, 'qualifiers.update', {
        id: size.id,
        fields: { name: 'Big enough', rule: { kind: 'range', field: 'employees', min: 100, max: null }, mustHave: false, weight: 5 },
      }),
    )
    expect(updated).toMatchObject({ id: size.id, name: 'Big enough', weight: 5, rule: { min: 100, max: null }, createdAt: size.createdAt })

    dataOf(await dispatch(ctx, 'qualifiers.delete', { id: industry.id }))
    expect(await list()).toEqual(['Big enough', 'Has a consumer-insights team'])
    expect(errorOf(await dispatch(ctx, 'qualifiers.delete', { id: industry.id })).code).toBe('NOT_FOUND')
    expect(dataOf<SavedQualifier>(await dispatch(ctx, 'qualifiers.restore', { id: industry.id })).name).toBe('Moves freight')
    expect(await list()).toEqual(['Moves freight', 'Big enough', 'Has a consumer-insights team'])

    const reordered = dataOf<SavedQualifier[]>(await dispatch(ctx, 'qualifiers.reorder', { ids: [insights.id, industry.id, size.id] }))
    expect(reordered.map((q) => q.name)).toEqual(['Has a consumer-insights team', 'Moves freight', 'Big enough'])
    expect(await list()).toEqual(['Has a consumer-insights team', 'Moves freight', 'Big enough'])
  })

  it('refuses a reorder that does not name every live qualifier exactly once', async () => {
    const a = await createQualifier(logisticsMustHave)
    const b = await createQualifier(insightsTeam)
    const before = snapshot()
    for (const ids of [[a.id], [a.id, a.id], [a.id, b.id, id1]]) {
      expect(errorOf(await dispatch(ctx, 'qualifiers.reorder', { ids })).code).toBe('CONFLICT')
    }
    expect(snapshot()).toEqual(before)
  })

  it.each([
    ['a missing name', { ...logisticsMustHave, name: ' ' }, 'name', 'Name is required'],
    ['a weight outside 1 to 5', { ...insightsTeam, weight: 6 }, 'weight', 'Weight is 1 to 5'],
    ['a range upside down', { ...insightsTeam, rule: { kind: 'range', field: 'employees', min: 500, max: 50 } }, 'rule.max', 'must not be below'],
    ['a range with no bound', { ...insightsTeam, rule: { kind: 'range', field: 'annualRevenue', min: null, max: null } }, 'rule.min', 'Set a lowest value'],
    ['a values rule with no values', { ...logisticsMustHave, rule: { kind: 'values', field: 'industry', values: [] } }, 'rule.values', 'at least one value'],
    ['a field scoring cannot read', { ...logisticsMustHave, rule: { kind: 'values', field: 'website', values: ['x'] } }, 'rule.field', ''],
    ['an unknown kind', { ...logisticsMustHave, rule: { kind: 'vibes' } }, 'rule.kind', ''],
  ])('refuses %s, naming the field, and writes nothing', async (_label, input, path, message) => {
    await createQualifier(logisticsMustHave)
    const before = snapshot()
    const created = errorOf(await dispatch(ctx, 'qualifiers.create', input))
    expect(created.code).toBe('INVALID_INPUT')
    expect(created.issues?.find((issue) => issue.path === path)?.message ?? '').toContain(message)
    const existing = dataOf<SavedQualifier[]>(await dispatch(ctx, 'qualifiers.list', {}))[0]
    const updated = errorOf(await dispatch(ctx, 'qualifiers.update', { id: existing?.id, fields: input }))
    expect(updated.code).toBe('INVALID_INPUT')
    expect(updated.issues?.some((issue) => issue.path === `fields.${path}`)).toBe(true)
    expect(snapshot()).toEqual(before)
  })

  it(`stops at ${qualifierCountLimit} live qualifiers`, async () => {
    for (let i = 0; i < qualifierCountLimit; i++) await createQualifier({ ...insightsTeam, name: `Q${i}` })
    const before = snapshot()
    expect(errorOf(await dispatch(ctx, 'qualifiers.create', insightsTeam)).code).toBe('LIMIT_REACHED')
    expect(snapshot()).toEqual(before)
  })

  it('offers the distinct values of a field, most common first, whatever their case or spacing', async () => {
    account('A', { industry: 'Logistics' })
    account('B', { industry: ' logistics ' })
    account('C', { industry: 'LOGISTICS' })
    account('D', { industry: 'Software' })
    account('E', { industry: 'Software' })
    account('F', { industry: 'Retail' })
    account('G', { industry: '   ' })
    account('H')
    softDeleteAccount(db, account('I', { industry: 'Retail' }))
    const values = dataOf<FieldValue[]>(await dispatch(ctx, 'qualifiers.fieldValues', { field: 'industry' }))
    expect(values).toEqual([
      { value: 'LOGISTICS', count: 3 },
      { value: 'Software', count: 2 },
      { value: 'Retail', count: 1 },
    ])
    expect(errorOf(await dispatch(ctx, 'qualifiers.fieldValues', { field: 'name' })).issues?.[0]?.path).toBe('field')
  })

  it('counts how each qualifier splits the territory, and previews a rule being edited', async () => {
    const freight = account('Freight', { industry: 'Logistics', employees: 100 })
    account('Code', { industry: 'Software', employees: 1000 })
    account('Blank')
    const industry = await createQualifier(logisticsMustHave)
    const insights = await createQualifier(insightsTeam)
    await dispatch(ctx, 'assessments.set', { accountId: freight, qualifierId: insights.id, status: 'met' })

    const coverage = dataOf<{ accounts: number; byQualifier: (Coverage & { qualifierId: string })[] }>(await dispatch(ctx, 'qualifiers.coverage', {}))
    expect(coverage).toEqual({
      accounts: 3,
      byQualifier: [
        { qualifierId: industry.id, met: 1, notMet: 1, unknown: 1 },
        { qualifierId: insights.id, met: 1, notMet: 0, unknown: 2 },
      ],
    })

    const preview = (input: unknown) => dispatch(ctx, 'qualifiers.preview', input).then((envelope) => dataOf<Coverage & { accounts: number }>(envelope))
    expect(await preview({ rule: { kind: 'range', field: 'employees', min: 50, max: 500 } })).toEqual({ accounts: 3, met: 1, notMet: 1, unknown: 1 })
    expect(await preview({ rule: { kind: 'values', field: 'industry', values: ['software', 'Logistics'] }, qualifierId: null })).toEqual({
      accounts: 3,
      met: 2,
      notMet: 0,
      unknown: 1,
    })
    // Editing an existing qualifier: the rep's assessments still count.
    expect(await preview({ rule: { kind: 'evidence' }, qualifierId: insights.id })).toEqual({ accounts: 3, met: 1, notMet: 0, unknown: 2 })
    expect(errorOf(await dispatch(ctx, 'qualifiers.preview', { rule: { kind: 'range', field: 'employees', min: null, max: null } })).code).toBe(
      'INVALID_INPUT',
    )
  })
})

describe('assessments and fit channels', () => {
  async function setUp() {
    const freight = account('Kestrel Freight', { industry: 'Logistics', employees: 120 })
    const code = account('Brindle Code', { industry: 'Software', employees: 80 })
    const industry = await createQualifier(logisticsMustHave)
    const insights = await createQualifier(insightsTeam)
    return { freight, code, industry, insights }
  }

  it('explains a fit, changes it at once when the rep sets an assessment, and clears it back to the record', async () => {
    const { freight, industry, insights } = await setUp()
    const before = dataOf<FitExplanation>(await dispatch(ctx, 'fit.explain', { accountId: freight }))
    // Must-have weight 3 met, evidence weight 4 unknown: (3 + 4/2) / 7 = 71%.
    expect(before.fit).toMatchObject({ score: 71, band: 'good', disqualified: false })
    expect(before.fit.met.map((outcome) => outcome.name)).toEqual(['Moves freight'])
    expect(before.fit.unknown.map((outcome) => outcome.name)).toEqual(['Has a consumer-insights team'])
    expect(before.fit.toFindOut).toEqual(['Find out: they buy research, marketing does not'])
    expect(before.qualifiers).toEqual([
      expect.objectContaining({ qualifierId: industry.id, kind: 'values', status: 'met', fromRecord: { status: 'met', reason: 'Industry is Logistics' }, assessment: null }),
      expect.objectContaining({ qualifierId: insights.id, kind: 'evidence', status: 'unknown', fromRecord: null, assessment: null }),
    ])

    const after = dataOf<FitExplanation>(
      await dispatch(ctx, 'assessments.set', { accountId: freight, qualifierId: insights.id, status: 'met', note: '  Spoke to their head of insights ' }),
    )
    expect(after.fit).toMatchObject({ score: 100, band: 'strong', toFindOut: [] })
    expect(after.qualifiers[1]).toMatchObject({
      status: 'met',
      reason: 'Confirmed by you: Spoke to their head of insights',
      assessment: { status: 'met', note: 'Spoke to their head of insights' },
    })
    expect(dataOf<FitExplanation>(await dispatch(ctx, 'fit.explain', { accountId: freight }))).toEqual(after)

    // The rep overrides the record: the must-have is missed, so the account is ruled out.
    const ruledOut = dataOf<FitExplanation>(await dispatch(ctx, 'assessments.set', { accountId: freight, qualifierId: industry.id, status: 'not-met' }))
    expect(ruledOut.fit).toMatchObject({ score: 0, band: 'no-fit', disqualified: true })
    expect(ruledOut.qualifiers[0]).toMatchObject({ status: 'not-met', fromRecord: { status: 'met' }, assessment: { status: 'not-met', note: null } })

    const cleared = dataOf<FitExplanation>(await dispatch(ctx, 'assessments.clear', { accountId: freight, qualifierId: industry.id }))
    expect(cleared.fit).toMatchObject({ score: 100, band: 'strong' })
    expect(cleared.qualifiers[0]?.assessment).toBeNull()
    expect(db.prepare('SELECT count(*) FROM qualifier_assessment').pluck().get()).toBe(1)
  })

  it('refuses a bad assessment, naming the field, and writes nothing', async () => {
    const { freight, insights } = await setUp()
    await dispatch(ctx, 'assessments.set', { accountId: freight, qualifierId: insights.id, status: 'unknown' })
    const before = snapshot()
    const cases: [unknown, string][] = [
      [{ accountId: freight, qualifierId: insights.id, status: 'maybe' }, 'status'],
      [{ accountId: freight, qualifierId: insights.id, status: 'met', note: 'x'.repeat(2001) }, 'note'],
      [{ accountId: 'not-an-id', qualifierId: insights.id, status: 'met' }, 'accountId'],
      [{ accountId: freight, status: 'met' }, 'qualifierId'],
    ]
    for (const [input, path] of cases) {
      const error = errorOf(await dispatch(ctx, 'assessments.set', input))
      expect(error.code).toBe('INVALID_INPUT')
      expect(error.issues?.map((issue) => issue.path)).toContain(path)
    }
    expect(errorOf(await dispatch(ctx, 'assessments.set', { accountId: freight, qualifierId: insights.id, status: 'met', note: 'x'.repeat(2001) })).message).toContain(
      'Note can be at most 2000 characters',
    )
    expect(snapshot()).toEqual(before)
  })

  it('refuses to assess a deleted account or qualifier', async () => {
    const { freight, code, insights } = await setUp()
    softDeleteAccount(db, code)
    expect(errorOf(await dispatch(ctx, 'assessments.set', { accountId: code, qualifierId: insights.id, status: 'met' })).code).toBe('NOT_FOUND')
    await dispatch(ctx, 'qualifiers.delete', { id: insights.id })
    expect(errorOf(await dispatch(ctx, 'assessments.set', { accountId: freight, qualifierId: insights.id, status: 'met' })).code).toBe('NOT_FOUND')
    expect(errorOf(await dispatch(ctx, 'fit.explain', { accountId: code })).code).toBe('NOT_FOUND')
    expect(db.prepare('SELECT count(*) FROM qualifier_assessment').pluck().get()).toBe(0)
  })

  it('keeps assessments of a deleted qualifier for Undo, without counting them meanwhile', async () => {
    const { freight, insights } = await setUp()
    await dispatch(ctx, 'assessments.set', { accountId: freight, qualifierId: insights.id, status: 'met' })
    await dispatch(ctx, 'qualifiers.delete', { id: insights.id })
    const without = dataOf<FitExplanation>(await dispatch(ctx, 'fit.explain', { accountId: freight }))
    expect(without.qualifiers.map((q) => q.name)).toEqual(['Moves freight'])
    expect(without.fit.score).toBe(100)
    await dispatch(ctx, 'qualifiers.restore', { id: insights.id })
    const back = dataOf<FitExplanation>(await dispatch(ctx, 'fit.explain', { accountId: freight }))
    expect(back.qualifiers[1]).toMatchObject({ status: 'met', assessment: { status: 'met' } })
  })

  it('summarises the territory by band', async () => {
    const empty = dataOf<FitSummary>(await dispatch(ctx, 'fit.summary', {}))
    expect(empty).toEqual({ accounts: 0, qualifiers: 0, bands: { strong: 0, good: 0, weak: 0, 'no-fit': 0, unscored: 0 } })
    const { freight } = await setUp()
    account('Unknown industry', {})
    const summary = dataOf<FitSummary>(await dispatch(ctx, 'fit.summary', {}))
    // Kestrel 71 good; Brindle misses the must-have; the blank one is (3/2 + 4/2) / 7 = 50 good.
    expect(summary).toEqual({ accounts: 3, qualifiers: 2, bands: { strong: 0, good: 2, weak: 0, 'no-fit': 1, unscored: 0 } })
    softDeleteAccount(db, freight)
    expect(dataOf<FitSummary>(await dispatch(ctx, 'fit.summary', {})).accounts).toBe(2)
  })
})

describe('lesson channels', () => {
  it('adds, lists newest first with the account name, deletes and restores', async () => {
    const accountId = account('Tallow Training', { industry: 'Education' })
    const first = dataOf<Lesson>(await dispatch(ctx, 'lessons.add', { text: 'Training firms rated on classroom hours do not want fewer hours' }))
    const second = dataOf<Lesson>(await dispatch(ctx, 'lessons.add', { text: 'Budget is set in September', accountId }))
    expect(second).toMatchObject({ accountId, accountName: 'Tallow Training' })
    expect(dataOf<Lesson[]>(await dispatch(ctx, 'lessons.list', {})).map((lesson) => lesson.id)).toEqual([second.id, first.id])

    await dispatch(ctx, 'lessons.delete', { id: first.id })
    expect(dataOf<Lesson[]>(await dispatch(ctx, 'lessons.list', {})).map((lesson) => lesson.id)).toEqual([second.id])
    expect(dataOf<Lesson>(await dispatch(ctx, 'lessons.restore', { id: first.id })).text).toContain('classroom hours')

    softDeleteAccount(db, accountId)
    expect(dataOf<Lesson[]>(await dispatch(ctx, 'lessons.list', {})).find((lesson) => lesson.id === second.id)?.accountName).toBeNull()
  })

  it('refuses a blank lesson or a missing account and writes nothing', async () => {
    const before = snapshot()
    const blank = errorOf(await dispatch(ctx, 'lessons.add', { text: '  ' }))
    expect(blank).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'text', message: 'Lesson is required' }] })
    expect(errorOf(await dispatch(ctx, 'lessons.add', { text: 'Fine', accountId: id1 })).code).toBe('NOT_FOUND')
    expect(snapshot()).toEqual(before)
  })
})
