import { z } from 'zod'
import type { Account } from '../contract/accounts'
import { optionalText, requiredText } from '../contract/fields'

export const valueFields = ['industry', 'region', 'country', 'city'] as const
export const rangeFields = ['employees', 'annualRevenue'] as const
export type ValueField = (typeof valueFields)[number]
export type RangeField = (typeof rangeFields)[number]

export const qualifierLimits = { name: 120, description: 2000, values: 500, value: 120, note: 2000 } as const

const fieldLabels: Record<ValueField | RangeField, string> = {
  industry: 'Industry',
  region: 'Region',
  country: 'Country',
  city: 'City',
  employees: 'Employees',
  annualRevenue: 'Annual revenue',
}

const valueText = z
  .string()
  .trim()
  .min(1, { message: 'A value cannot be blank' })
  .max(qualifierLimits.value, { message: `Each value can be at most ${qualifierLimits.value} characters` })

const bound = z.number({ message: 'Enter a number' }).min(0, { message: 'Cannot be negative' }).nullable()

const valuesRuleSchema = z.strictObject({
  kind: z.literal('values'),
  field: z.enum(valueFields),
  values: z
    .array(valueText)
    .min(1, { message: 'Add at least one value' })
    .max(qualifierLimits.values, { message: `At most ${qualifierLimits.values} values` }),
})

const rangeRuleSchema = z
  .strictObject({ kind: z.literal('range'), field: z.enum(rangeFields), min: bound, max: bound })
  .refine((rule) => rule.min !== null || rule.max !== null, { message: 'Set a lowest value, a highest value or both', path: ['min'] })
  .refine((rule) => rule.min === null || rule.max === null || rule.min <= rule.max, {
    message: 'The highest value must not be below the lowest',
    path: ['max'],
  })

const evidenceRuleSchema = z.strictObject({ kind: z.literal('evidence') })

export const qualifierRuleSchema = z.discriminatedUnion('kind', [valuesRuleSchema, rangeRuleSchema, evidenceRuleSchema])
export type QualifierRule = z.output<typeof qualifierRuleSchema>

export const qualifierSchema = z.strictObject({
  id: z.string().min(1, { message: 'Missing id' }).max(100, { message: 'Id is too long' }),
  name: requiredText('Name', qualifierLimits.name),
  description: optionalText('Description', qualifierLimits.description),
  rule: qualifierRuleSchema,
  mustHave: z.boolean(),
  weight: z.number().int({ message: 'Weight must be a whole number' }).min(1, { message: 'Weight is 1 to 5' }).max(5, { message: 'Weight is 1 to 5' }),
})
export type Qualifier = z.output<typeof qualifierSchema>

export const qualifierStatusSchema = z.enum(['met', 'not-met', 'unknown'])
export type QualifierStatus = z.output<typeof qualifierStatusSchema>

export const assessmentSchema = z.strictObject({
  qualifierId: z.string().min(1).max(100),
  status: qualifierStatusSchema,
  note: optionalText('Note', qualifierLimits.note),
})
export type Assessment = z.output<typeof assessmentSchema>

/** The account fields scoring reads; a narrower row than a full Account is enough. */
export type ScorableAccount = Pick<Account, ValueField | RangeField>

export interface QualifierEvaluation {
  status: QualifierStatus
  reason: string
}

export interface QualifierOutcome {
  qualifierId: string
  name: string
  mustHave: boolean
  /** The weight scoring used: the must-have weight for must-haves, otherwise the qualifier's own. */
  weight: number
  reason: string
}

/** The bands a fit score falls in, best first; the contract's fitBandSchema and the universe filters use this list. */
export const fitBands = ['strong', 'good', 'weak', 'no-fit', 'unscored'] as const
export type FitBand = (typeof fitBands)[number]

export interface FitResult {
  /** 0..100, whole number. */
  score: number
  disqualified: boolean
  band: FitBand
  met: QualifierOutcome[]
  missed: QualifierOutcome[]
  unknown: QualifierOutcome[]
  /** One line per unknown qualifier, must-haves and heavier weights first. */
  toFindOut: string[]
}

/** A met must-have counts like a heavy weighted qualifier, so meeting it lifts the score. */
export const MUST_HAVE_WEIGHT = 3

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const formatNumber = (value: number): string => numberFormat.format(value)

/** Weights outside 1..5 cannot reach us through the schema; clamping keeps the score in 0..100 regardless. */
function effectiveWeight(q: Pick<Qualifier, 'mustHave' | 'weight'>): number {
  if (q.mustHave) return MUST_HAVE_WEIGHT
  const rounded = Math.round(q.weight)
  return Number.isFinite(rounded) ? Math.min(5, Math.max(1, rounded)) : 1
}

/** Case-insensitive, trimmed comparison key for a values rule; blank means "not recorded". */
export function valueKey(value: string): string {
  return value.trim().toLowerCase()
}

export function listPreview(values: readonly string[]): string {
  const shown = values.slice(0, 3).map((v) => v.trim())
  const rest = values.length - shown.length
  if (rest > 0) return `${shown.join(', ')} or ${rest} other${rest === 1 ? '' : 's'}`
  if (shown.length <= 1) return shown.join('')
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1] ?? ''}`
}

export function rangeText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${formatNumber(min)}–${formatNumber(max)}`
  if (min !== null) return `at least ${formatNumber(min)}`
  if (max !== null) return `at most ${formatNumber(max)}`
  return 'any value'
}

/**
 * The rep's assessment, when there is one, wins over what the record says, whatever its status: a
 * CRM field can be stale and the rep has just spoken to the company. Marking a qualifier 'unknown'
 * therefore puts it back on the list to verify; deleting the assessment returns to the computed value.
 */
export function evaluateQualifier(q: Qualifier, account: ScorableAccount, assessment?: Assessment): QualifierEvaluation {
  if (assessment !== undefined) return { status: assessment.status, reason: assessmentReason(assessment) }
  const rule = q.rule
  switch (rule.kind) {
    case 'values': {
      const label = fieldLabels[rule.field]
      const raw = account[rule.field]
      const key = raw === null ? '' : valueKey(raw)
      if (key === '') return { status: 'unknown', reason: `${label} not recorded yet` }
      const shown = (raw ?? '').trim()
      if (rule.values.some((v) => valueKey(v) === key)) return { status: 'met', reason: `${label} is ${shown}` }
      return { status: 'not-met', reason: `${label} is ${shown}, not ${listPreview(rule.values)}` }
    }
    case 'range': {
      const label = fieldLabels[rule.field]
      const value = account[rule.field]
      if (value === null || !Number.isFinite(value)) return { status: 'unknown', reason: `${label} not recorded yet` }
      const shown = `${label} ${formatNumber(value)}`
      if (rule.min !== null && value < rule.min) return { status: 'not-met', reason: `${shown} is below ${formatNumber(rule.min)}` }
      if (rule.max !== null && value > rule.max) return { status: 'not-met', reason: `${shown} is above ${formatNumber(rule.max)}` }
      const within = rule.min !== null && rule.max !== null ? `within ${rangeText(rule.min, rule.max)}` : rangeText(rule.min, rule.max)
      return { status: 'met', reason: rule.min === null && rule.max === null ? `${shown} is recorded` : `${shown} is ${within}` }
    }
    case 'evidence':
      return { status: 'unknown', reason: 'Not recorded yet' }
  }
}

function assessmentReason(assessment: Assessment): string {
  const base = assessment.status === 'met' ? 'Confirmed by you' : assessment.status === 'not-met' ? 'Ruled out by you' : 'Marked unknown by you'
  const note = assessment.note?.trim() ?? ''
  return note === '' ? base : `${base}: ${note}`
}

const FIND_OUT_MAX = 160

function lowerFirst(text: string): string {
  const first = text.charAt(0)
  const second = text.charAt(1)
  return second !== '' && second === second.toLowerCase() ? first.toLowerCase() + text.slice(1) : text
}

/** A short line to verify on the call: the description's first line if there is one, else built from the rule. */
function findOutText(q: Qualifier): string {
  const described = q.description?.split(/\r?\n|\r/).find((line) => line.trim() !== '')?.trim() ?? ''
  let what: string
  if (described !== '') {
    what = described
  } else if (q.rule.kind === 'values') {
    what = `which ${fieldLabels[q.rule.field].toLowerCase()} they are in (you want ${listPreview(q.rule.values)})`
  } else if (q.rule.kind === 'range') {
    const wanted = rangeText(q.rule.min, q.rule.max)
    what = q.rule.field === 'employees' ? `how many employees they have (you want ${wanted})` : `their annual revenue (you want ${wanted})`
  } else {
    what = q.name.trim()
  }
  const text = `Find out: ${lowerFirst(what)}`
  return text.length <= FIND_OUT_MAX ? text : `${text.slice(0, FIND_OUT_MAX - 1).trimEnd()}…`
}

/**
 * Score = weighted share of credit: met earns its full weight, unknown half of it (it is something to
 * find out, not a failure, but should not rank level with a confirmed fit), not-met nothing. Must-haves
 * weigh MUST_HAVE_WEIGHT; a missed must-have disqualifies outright. Rounded to a whole number.
 */
function toScore(metWeight: number, unknownWeight: number, totalWeight: number): number {
  if (totalWeight <= 0) return 0
  return Math.round((100 * (metWeight + unknownWeight / 2)) / totalWeight)
}

function bandFor(score: number, disqualified: boolean, qualifierCount: number): FitBand {
  if (qualifierCount === 0) return 'unscored'
  if (disqualified) return 'no-fit'
  if (score >= 75) return 'strong'
  if (score >= 50) return 'good'
  return 'weak'
}

/** Later assessments for the same qualifier replace earlier ones. */
export function assessmentsByQualifier(assessments: readonly Assessment[]): Map<string, Assessment> {
  const byId = new Map<string, Assessment>()
  for (const a of assessments) byId.set(a.qualifierId, a)
  return byId
}

export function scoreAccount(account: ScorableAccount, qualifiers: readonly Qualifier[], assessments: readonly Assessment[]): FitResult {
  const byId = assessmentsByQualifier(assessments)
  const met: QualifierOutcome[] = []
  const missed: QualifierOutcome[] = []
  const unknown: QualifierOutcome[] = []
  const toAsk: { q: Qualifier; weight: number; order: number }[] = []
  let metWeight = 0
  let unknownWeight = 0
  let totalWeight = 0
  let disqualified = false

  qualifiers.forEach((q, order) => {
    const weight = effectiveWeight(q)
    const { status, reason } = evaluateQualifier(q, account, byId.get(q.id))
    const outcome: QualifierOutcome = { qualifierId: q.id, name: q.name, mustHave: q.mustHave, weight, reason }
    totalWeight += weight
    if (status === 'met') {
      metWeight += weight
      met.push(outcome)
    } else if (status === 'unknown') {
      unknownWeight += weight
      unknown.push(outcome)
      toAsk.push({ q, weight, order })
    } else {
      if (q.mustHave) disqualified = true
      missed.push(outcome)
    }
  })

  toAsk.sort((a, b) => Number(b.q.mustHave) - Number(a.q.mustHave) || b.weight - a.weight || a.order - b.order)
  const score = disqualified ? 0 : toScore(metWeight, unknownWeight, totalWeight)
  return {
    score,
    disqualified,
    band: bandFor(score, disqualified, qualifiers.length),
    met,
    missed,
    unknown,
    toFindOut: toAsk.map(({ q }) => findOutText(q)),
  }
}

export interface FastFit {
  score: number
  band: FitBand
  disqualified: boolean
  unknownCount: number
}

const MET = 0
const NOT_MET = 1
const UNKNOWN = 2
type StatusCode = typeof MET | typeof NOT_MET | typeof UNKNOWN

type CompiledRule =
  | { kind: 'values'; field: ValueField; keys: ReadonlySet<string>; seen: Map<string, boolean> }
  | { kind: 'range'; field: RangeField; min: number; max: number }
  | { kind: 'evidence' }

interface CompiledQualifier {
  readonly id: string
  readonly mustHave: boolean
  readonly weight: number
  readonly rule: CompiledRule
}

/** Qualifiers prepared once for scoring many accounts: lower-cased value sets, open bounds as infinities. */
export interface CompiledQualifiers {
  readonly items: readonly CompiledQualifier[]
  readonly totalWeight: number
}

/** Raw field values repeat heavily across a territory; remembering them skips trim/lower-case per account. */
const SEEN_LIMIT = 50_000

function compileRule(rule: QualifierRule): CompiledRule {
  switch (rule.kind) {
    case 'values':
      return { kind: 'values', field: rule.field, keys: new Set(rule.values.map(valueKey)), seen: new Map() }
    case 'range':
      return { kind: 'range', field: rule.field, min: rule.min ?? -Infinity, max: rule.max ?? Infinity }
    case 'evidence':
      return { kind: 'evidence' }
  }
}

export function compileQualifiers(qualifiers: readonly Qualifier[]): CompiledQualifiers {
  let totalWeight = 0
  const items = qualifiers.map((q) => {
    const weight = effectiveWeight(q)
    totalWeight += weight
    return { id: q.id, mustHave: q.mustHave, weight, rule: compileRule(q.rule) }
  })
  return { items, totalWeight }
}

function statusOf(rule: CompiledRule, account: ScorableAccount): StatusCode {
  if (rule.kind === 'values') {
    const raw = account[rule.field]
    if (raw === null) return UNKNOWN
    let hit = rule.seen.get(raw)
    if (hit === undefined) {
      const key = valueKey(raw)
      if (key === '') return UNKNOWN
      hit = rule.keys.has(key)
      if (rule.seen.size < SEEN_LIMIT) rule.seen.set(raw, hit)
    }
    return hit ? MET : NOT_MET
  }
  if (rule.kind === 'range') {
    const value = account[rule.field]
    if (value === null || !Number.isFinite(value)) return UNKNOWN
    return value < rule.min || value > rule.max ? NOT_MET : MET
  }
  return UNKNOWN
}

const statusCodes: Record<QualifierStatus, StatusCode> = { met: MET, 'not-met': NOT_MET, unknown: UNKNOWN }

/** Same score, band and disqualification as scoreAccount, without building reasons; for rescoring a whole territory. */
export function scoreAccountFast(account: ScorableAccount, compiled: CompiledQualifiers, assessmentsByQualifier?: Map<string, Assessment>): FastFit {
  const items = compiled.items
  if (items.length === 0) return { score: 0, band: 'unscored', disqualified: false, unknownCount: 0 }
  const assessed = assessmentsByQualifier !== undefined && assessmentsByQualifier.size > 0 ? assessmentsByQualifier : undefined
  let metWeight = 0
  let unknownWeight = 0
  let unknownCount = 0
  let disqualified = false
  for (let i = 0; i < items.length; i++) {
    const q = items[i] as CompiledQualifier
    const assessment = assessed?.get(q.id)
    const status = assessment === undefined ? statusOf(q.rule, account) : statusCodes[assessment.status]
    if (status === MET) metWeight += q.weight
    else if (status === UNKNOWN) {
      unknownWeight += q.weight
      unknownCount++
    } else if (q.mustHave) disqualified = true
  }
  const score = disqualified ? 0 : toScore(metWeight, unknownWeight, compiled.totalWeight)
  return { score, band: bandFor(score, disqualified, items.length), disqualified, unknownCount }
}
