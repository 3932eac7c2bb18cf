import { contactFieldsSchema, type Contact, type ContactFieldsInput, type DecisionRole, type Relationship } from '@shared/contract/contacts'
import { issuesByField } from '../../lib/client'

/** What the form holds while the rep types; saved locally on every keystroke by useDraft. */
export interface ContactDraft {
  name: string
  title: string
  department: string
  email: string
  phone: string
  decisionRole: DecisionRole
  roleConfirmed: boolean
  relationship: Relationship
  notes: string
}

export const emptyContactDraft: ContactDraft = {
  name: '',
  title: '',
  department: '',
  email: '',
  phone: '',
  decisionRole: 'unknown',
  roleConfirmed: false,
  relationship: 'prospect',
  notes: '',
}

export function draftFromContact(contact: Contact): ContactDraft {
  return {
    name: contact.name,
    title: contact.title ?? '',
    department: contact.department ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    decisionRole: contact.decisionRole,
    roleConfirmed: contact.roleConfirmed,
    relationship: contact.relationship,
    notes: contact.notes ?? '',
  }
}

export function draftToInput(draft: ContactDraft): ContactFieldsInput {
  return { ...draft, roleConfirmed: draft.decisionRole !== 'unknown' && draft.roleConfirmed }
}

/** The same rules the handler applies, run as the rep saves, so errors appear next to the field at once. */
export function validateContactDraft(draft: ContactDraft): Record<string, string> {
  const result = contactFieldsSchema.safeParse(draftToInput(draft))
  if (result.success) return {}
  return issuesByField(result.error)
}
