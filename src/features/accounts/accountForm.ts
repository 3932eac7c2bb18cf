import { accountFieldsSchema, type Account, type AccountFieldsInput } from '@shared/contract/accounts'
import { issuesByField } from '../../lib/client'

/** The form holds what was typed, as typed; numbers are only numbers once the rep saves. */
export interface AccountDraft {
  name: string
  website: string
  industry: string
  city: string
  region: string
  country: string
  employees: string
  annualRevenue: string
  description: string
}

export const emptyDraft: AccountDraft = {
  name: '',
  website: '',
  industry: '',
  city: '',
  region: '',
  country: '',
  employees: '',
  annualRevenue: '',
  description: '',
}

export function draftFromAccount(account: Account): AccountDraft {
  return {
    name: account.name,
    website: account.website ?? '',
    industry: account.industry ?? '',
    city: account.city ?? '',
    region: account.region ?? '',
    country: account.country ?? '',
    employees: account.employees === null ? '' : String(account.employees),
    annualRevenue: account.annualRevenue === null ? '' : String(account.annualRevenue),
    description: account.description ?? '',
  }
}

function toNumber(text: string): number | null {
  const cleaned = text.replace(/[\s,]/g, '')
  return cleaned === '' ? null : Number(cleaned)
}

export function draftToInput(draft: AccountDraft): AccountFieldsInput {
  return { ...draft, employees: toNumber(draft.employees), annualRevenue: toNumber(draft.annualRevenue) }
}

/** The same rules the handler applies, run as the rep saves, so errors appear next to the field at once. */
export function validateDraft(draft: AccountDraft): Record<string, string> {
  const result = accountFieldsSchema.safeParse(draftToInput(draft))
  return result.success ? {} : issuesByField(result.error)
}
