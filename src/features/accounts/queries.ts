import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AccountFieldsInput } from '@shared/contract/accounts'
import type { UniverseFilters } from '@shared/contract/targets'
import { call } from '../../lib/client'

export const accountKeys = {
  all: ['accounts'] as const,
  detail: (id: string) => [...accountKeys.all, 'detail', id] as const,
  /**
   * A page of the accounts table. It reads universe.query but shows only account fields, so it is
   * refreshed by account changes, not by fit or target-list changes (and keeps out of the universe's cache).
   */
  page: (filters: UniverseFilters, page: number) => [...accountKeys.all, 'page', filters, page] as const,
}

/** One account, for the screens about it. `enabled: false` when the caller already knows what it needs. */
export function useAccount(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: accountKeys.detail(id), queryFn: () => call('accounts.get', { id }), enabled: options.enabled ?? true })
}

/** Reads one whole account as saved now, for its form: the accounts table holds only what it shows. */
export function useFetchAccount() {
  const queryClient = useQueryClient()
  return (id: string) => queryClient.fetchQuery({ queryKey: accountKeys.detail(id), queryFn: () => call('accounts.get', { id }), staleTime: 0 })
}

/** An account change can move its fit, its place in the universe and the target list: refresh them all. */
const dependentKeys = [accountKeys.all, ['fit'], ['universe'], ['targets'], ['checklist'], ['search']] as const

function useInvalidateAccounts() {
  const queryClient = useQueryClient()
  return () => Promise.all(dependentKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
}

export function useCreateAccount() {
  const invalidate = useInvalidateAccounts()
  return useMutation({ mutationFn: (fields: AccountFieldsInput) => call('accounts.create', fields), onSuccess: invalidate })
}

export function useUpdateAccount() {
  const invalidate = useInvalidateAccounts()
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: AccountFieldsInput }) => call('accounts.update', { id, fields }),
    onSuccess: invalidate,
  })
}

export function useDeleteAccount() {
  const invalidate = useInvalidateAccounts()
  return useMutation({ mutationFn: (id: string) => call('accounts.delete', { id }), onSuccess: invalidate })
}

export function useRestoreAccount() {
  const invalidate = useInvalidateAccounts()
  return useMutation({ mutationFn: (id: string) => call('accounts.restore', { id }), onSuccess: invalidate })
}

export function useLoadSampleTerritory() {
  const invalidate = useInvalidateAccounts()
  return useMutation({ mutationFn: () => call('accounts.loadSample', {}), onSuccess: invalidate })
}
