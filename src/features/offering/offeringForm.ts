import { offeringFieldsSchema, toFieldIssues, type Offering, type OfferingFieldsInput } from '@shared/contract'

/** The screen holds what was typed, as typed; blank rows are left out when it is saved. */
export interface ValueStatementDraft {
  id: string
  benefit: string
  forWhom: string
  proof: string
}

export interface DifferentiatorDraft {
  id: string
  competitor: string
  howWeDiffer: string
}

export interface OfferingDraft {
  whatItIs: string
  summary: string
  valueStatements: ValueStatementDraft[]
  differentiators: DifferentiatorDraft[]
}

export function draftFromOffering(offering: Offering): OfferingDraft {
  return {
    whatItIs: offering.whatItIs ?? '',
    summary: offering.summary ?? '',
    valueStatements: offering.valueStatements.map((s) => ({ id: s.id, benefit: s.benefit, forWhom: s.forWhom ?? '', proof: s.proof ?? '' })),
    differentiators: offering.differentiators.map((d) => ({ id: d.id, competitor: d.competitor, howWeDiffer: d.howWeDiffer ?? '' })),
  }
}

export function newValueStatement(): ValueStatementDraft {
  return { id: crypto.randomUUID(), benefit: '', forWhom: '', proof: '' }
}

export function newDifferentiator(): DifferentiatorDraft {
  return { id: crypto.randomUUID(), competitor: '', howWeDiffer: '' }
}

const isBlank = (...texts: string[]) => texts.every((text) => text.trim() === '')

/** A row the rep added but has not typed into yet is not saved (and not an error). */
export function draftToInput(draft: OfferingDraft): OfferingFieldsInput {
  return {
    whatItIs: draft.whatItIs,
    summary: draft.summary,
    valueStatements: draft.valueStatements.filter((s) => !isBlank(s.benefit, s.forWhom, s.proof)),
    differentiators: draft.differentiators.filter((d) => !isBlank(d.competitor, d.howWeDiffer)),
  }
}

/**
 * Errors keyed by the draft's own paths (valueStatements.<id>.benefit): the saved list skips blank
 * rows, so a position in it is not a position on screen.
 */
export function errorsByDraftPath(draft: OfferingDraft, issues: readonly { path: string; message: string }[]): Record<string, string> {
  const input = draftToInput(draft)
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const match = /^(valueStatements|differentiators)\.(\d+)\.(\w+)$/.exec(issue.path)
    let key = issue.path
    if (match) {
      const [, list, index, field] = match
      const row = list === 'valueStatements' ? input.valueStatements[Number(index)] : input.differentiators[Number(index)]
      if (row) key = `${list}.${row.id}.${field}`
    }
    errors[key] ??= issue.message
  }
  return errors
}

/** The same rules the handler applies, checked before anything is sent. */
export function validateOffering(draft: OfferingDraft): Record<string, string> {
  const result = offeringFieldsSchema.safeParse(draftToInput(draft))
  return result.success ? {} : errorsByDraftPath(draft, toFieldIssues(result.error))
}
