import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AccountDoNotContactInput, ContactDoNotContactInput, ContactFieldsInput, Relationship } from '@shared/contract/contacts'
import { call } from '../../lib/client'

const contactKeys = {
  all: ['contacts'] as const,
  forAccount: (accountId: string) => [...contactKeys.all, 'account', accountId] as const,
  list: (accountId: string) => [...contactKeys.forAccount(accountId), 'list'] as const,
  standing: (accountId: string) => [...contactKeys.forAccount(accountId), 'standing'] as const,
  history: (accountId: string) => [...contactKeys.forAccount(accountId), 'history'] as const,
}

/**
 * Who the people are, and who is off-limits, is read on many screens, so a change here refreshes them
 * all (by their root keys, so this feature does not reach into theirs): the target list and universe
 * table (contact counts), the checklist, call queue and call sheet (['checklist']), research's to-verify
 * list (presumed decision makers), messages (the off-limits banner and the recipient) and global search.
 */
const readersOfContacts = [['targets'], ['universe'], ['checklist'], ['research'], ['messages'], ['search']] as const

function useInvalidateContacts() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([contactKeys.all, ...readersOfContacts].map((queryKey) => queryClient.invalidateQueries({ queryKey })))
}

export function useContacts(accountId: string) {
  return useQuery({ queryKey: contactKeys.list(accountId), queryFn: () => call('contacts.list', { accountId }) })
}

export function useAccountStanding(accountId: string) {
  return useQuery({ queryKey: contactKeys.standing(accountId), queryFn: () => call('contacts.accountStanding', { accountId }) })
}

export function useDoNotContactHistory(accountId: string) {
  return useQuery({ queryKey: contactKeys.history(accountId), queryFn: () => call('contacts.doNotContactHistory', { accountId }) })
}

export function useCreateContact() {
  const invalidate = useInvalidateContacts()
  return useMutation({
    mutationFn: ({ accountId, fields }: { accountId: string; fields: ContactFieldsInput }) => call('contacts.create', { accountId, fields }),
    onSuccess: invalidate,
  })
}

export function useUpdateContact() {
  const invalidate = useInvalidateContacts()
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: ContactFieldsInput }) => call('contacts.update', { id, fields }),
    onSuccess: invalidate,
  })
}

export function useDeleteContact() {
  const invalidate = useInvalidateContacts()
  return useMutation({ mutationFn: (id: string) => call('contacts.delete', { id }), onSuccess: invalidate })
}

export function useRestoreContact() {
  const invalidate = useInvalidateContacts()
  return useMutation({ mutationFn: (id: string) => call('contacts.restore', { id }), onSuccess: invalidate })
}

export function useSetContactDoNotContact() {
  const invalidate = useInvalidateContacts()
  return useMutation({ mutationFn: (input: ContactDoNotContactInput) => call('contacts.setDoNotContact', input), onSuccess: invalidate })
}

export function useSetAccountDoNotContact() {
  const invalidate = useInvalidateContacts()
  return useMutation({ mutationFn: (input: AccountDoNotContactInput) => call('contacts.setAccountDoNotContact', input), onSuccess: invalidate })
}

export function useSetAccountRelationship() {
  const invalidate = useInvalidateContacts()
  return useMutation({
    mutationFn: ({ accountId, relationship }: { accountId: string; relationship: Relationship }) =>
      call('contacts.setAccountRelationship', { accountId, relationship }),
    onSuccess: invalidate,
  })
}
