import { researchNoteFieldsSchema, type ResearchNote, type ResearchNoteFieldsInput } from '@shared/contract/research'
import type { ResearchNoteKind } from '@shared/domain/research'
import { issuesByField } from '../../lib/client'

/** What the dialog holds while the rep types; kept locally on every keystroke by useDraft. */
export interface ResearchNoteDraft {
  kind: ResearchNoteKind
  text: string
  source: string
  observedOn: string
  /** '' for a note about the company as a whole. */
  contactId: string
}

export function emptyNoteDraft(today: string, kind: ResearchNoteKind = 'fact'): ResearchNoteDraft {
  return { kind, text: '', source: '', observedOn: today, contactId: '' }
}

export function draftFromNote(note: ResearchNote): ResearchNoteDraft {
  return { kind: note.kind, text: note.text, source: note.source ?? '', observedOn: note.observedOn, contactId: note.contactId ?? '' }
}

export function draftToInput(draft: ResearchNoteDraft): ResearchNoteFieldsInput {
  return { ...draft, contactId: draft.contactId === '' ? null : draft.contactId }
}

/** The same rules the handler applies, run as the rep saves, so errors appear next to the field at once. */
export function validateNoteDraft(draft: ResearchNoteDraft): Record<string, string> {
  const result = researchNoteFieldsSchema.safeParse(draftToInput(draft))
  if (result.success) return {}
  return issuesByField(result.error)
}
