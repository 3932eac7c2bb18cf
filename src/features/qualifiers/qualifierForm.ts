import { qualifierFieldsSchema, toFieldIssues, type QualifierFieldsInput, type SavedQualifier } from '@shared/contract'
import { listPreview, qualifierRuleSchema, rangeText, type QualifierRule, type RangeField, type ValueField } from '@shared/domain/qualifiers'

export type QualifierKind = QualifierRule['kind']

/** What the editor holds: every kind's inputs at once, so switching kinds loses nothing typed. */
export interface QualifierDraft {
  name: string
  description: string
  kind: QualifierKind
  valueField: ValueField
  values: string[]
  rangeField: RangeField
  min: string
  max: string
  mustHave: boolean
  weight: number
}

export const emptyQualifierDraft: QualifierDraft = {
  name: '',
  description: '',
  kind: 'values',
  valueField: 'industry',
  values: [],
  rangeField: 'employees',
  min: '',
  max: '',
  mustHave: false,
  weight: 3,
}

export const kindLabels: Record<QualifierKind, { title: string; hint: string }> = {
  values: { title: 'One of these values', hint: 'An account field such as industry or region holds one of the values you pick.' },
  range: { title: 'A number in a range', hint: 'Employees or annual revenue lies between a lowest and a highest value.' },
  evidence: { title: 'Something you find out', hint: 'You record it per account: met, not met or unknown. The description says what to look for.' },
}

export const fieldLabels: Record<ValueField | RangeField, string> = {
  industry: 'Industry',
  region: 'Region',
  country: 'Country',
  city: 'City',
  employees: 'Employees',
  annualRevenue: 'Annual revenue',
}

export const weightLabels: Record<number, string> = { 1: 'A little', 2: 'Some', 3: 'Quite a lot', 4: 'A lot', 5: 'Most of all' }

export function draftFromQualifier(qualifier: SavedQualifier): QualifierDraft {
  const draft: QualifierDraft = {
    ...emptyQualifierDraft,
    name: qualifier.name,
    description: qualifier.description ?? '',
    kind: qualifier.rule.kind,
    mustHave: qualifier.mustHave,
    weight: qualifier.weight,
  }
  const rule = qualifier.rule
  if (rule.kind === 'values') return { ...draft, valueField: rule.field, values: [...rule.values] }
  if (rule.kind === 'range') return { ...draft, rangeField: rule.field, min: rule.min === null ? '' : String(rule.min), max: rule.max === null ? '' : String(rule.max) }
  return draft
}

function toNumber(text: string): number | null {
  const cleaned = text.replace(/[\s,]/g, '')
  return cleaned === '' ? null : Number(cleaned)
}

function draftRule(draft: QualifierDraft): QualifierFieldsInput['rule'] {
  if (draft.kind === 'values') return { kind: 'values', field: draft.valueField, values: draft.values }
  if (draft.kind === 'range') return { kind: 'range', field: draft.rangeField, min: toNumber(draft.min), max: toNumber(draft.max) }
  return { kind: 'evidence' }
}

export function draftToInput(draft: QualifierDraft): QualifierFieldsInput {
  return { name: draft.name, description: draft.description, rule: draftRule(draft), mustHave: draft.mustHave, weight: draft.weight }
}

/** The rule when it is complete enough to preview, else null. */
export function previewableRule(draft: QualifierDraft): QualifierRule | null {
  const parsed = qualifierRuleSchema.safeParse(draftRule(draft))
  return parsed.success ? parsed.data : null
}

/** The same rules the handler applies, keyed by field path (rule.values, rule.min…). */
export function validateQualifier(draft: QualifierDraft): Record<string, string> {
  const result = qualifierFieldsSchema.safeParse(draftToInput(draft))
  if (result.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of toFieldIssues(result.error)) errors[issue.path.replace(/^rule\.values\.\d+$/, 'rule.values')] ??= issue.message
  return errors
}

/** One line saying what a qualifier checks, for the list. */
export function ruleSummary(rule: QualifierRule): string {
  if (rule.kind === 'values') return `${fieldLabels[rule.field]} is ${listPreview(rule.values)}`
  if (rule.kind === 'range') return `${fieldLabels[rule.field]}: ${rangeText(rule.min, rule.max)}`
  return 'Found out per account'
}
