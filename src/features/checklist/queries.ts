import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../lib/client'

export const checklistKeys = {
  all: ['checklist'] as const,
  account: (accountId: string) => [...checklistKeys.all, 'account', accountId] as const,
  readiness: () => [...checklistKeys.all, 'readiness'] as const,
  queue: () => [...checklistKeys.all, 'queue'] as const,
  sheet: (accountId: string) => [...checklistKeys.all, 'sheet', accountId] as const,
}

/**
 * The checklist reads what every other prep tab writes, and those tabs do not know about it: so its
 * reads are always stale and refetch whenever a checklist, badge, queue or sheet comes into view.
 */
const alwaysFresh = { staleTime: 0 } as const

export function useChecklist(accountId: string) {
  return useQuery({ queryKey: checklistKeys.account(accountId), queryFn: () => call('checklist.get', { accountId }), ...alwaysFresh })
}

export function useReadiness() {
  return useQuery({ queryKey: checklistKeys.readiness(), queryFn: () => call('checklist.readiness', {}), ...alwaysFresh })
}

/** One target's readiness, from the list-wide read every row shares. */
export function useReadinessOf(accountId: string) {
  const readiness = useReadiness()
  return readiness.data?.find((entry) => entry.accountId === accountId)
}

export function useCallQueue() {
  return useQuery({ queryKey: checklistKeys.queue(), queryFn: () => call('callQueue.list', {}), ...alwaysFresh })
}

export function useCallSheet(accountId: string) {
  return useQuery({ queryKey: checklistKeys.sheet(accountId), queryFn: () => call('callSheet.get', { accountId }), ...alwaysFresh })
}

function useInvalidateChecklist() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: checklistKeys.all })
}

export function useAddOwnItem(accountId: string) {
  const invalidate = useInvalidateChecklist()
  return useMutation({ mutationFn: (text: string) => call('checklist.addItem', { accountId, text }), onSuccess: invalidate })
}

export function useUpdateOwnItem() {
  const invalidate = useInvalidateChecklist()
  return useMutation({ mutationFn: (input: { id: string; text: string }) => call('checklist.updateItem', input), onSuccess: invalidate })
}

export function useToggleOwnItem() {
  const invalidate = useInvalidateChecklist()
  return useMutation({ mutationFn: (input: { id: string; done: boolean }) => call('checklist.toggleItem', input), onSuccess: invalidate })
}

export function useDeleteOwnItem() {
  const invalidate = useInvalidateChecklist()
  return useMutation({ mutationFn: (id: string) => call('checklist.deleteItem', { id }), onSuccess: invalidate })
}

export function useRestoreOwnItem() {
  const invalidate = useInvalidateChecklist()
  return useMutation({ mutationFn: (id: string) => call('checklist.restoreItem', { id }), onSuccess: invalidate })
}
