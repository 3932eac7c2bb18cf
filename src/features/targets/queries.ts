import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AccountStatus, NextStepInput, TargetAddInput } from '@shared/contract/targets'
import { call } from '../../lib/client'

export const targetKeys = {
  all: ['targets'] as const,
  list: () => [...targetKeys.all, 'list'] as const,
  suggestions: (limit: number) => [...targetKeys.all, 'suggest', limit] as const,
}

/** Both the list and the universe table show who is on the list, so a change refreshes both. */
function useInvalidateTargets() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: targetKeys.all }), queryClient.invalidateQueries({ queryKey: ['universe'] })])
}

export function useTargets() {
  return useQuery({ queryKey: targetKeys.list(), queryFn: () => call('targets.list', {}) })
}

export function useSuggestedTargets(limit: number, enabled: boolean) {
  return useQuery({ queryKey: targetKeys.suggestions(limit), queryFn: () => call('targets.suggest', { limit }), enabled })
}

export function useAddTargets() {
  const invalidate = useInvalidateTargets()
  return useMutation({ mutationFn: (input: TargetAddInput) => call('targets.add', input), onSuccess: invalidate })
}

export function useRemoveTarget() {
  const invalidate = useInvalidateTargets()
  return useMutation({ mutationFn: (accountId: string) => call('targets.remove', { accountId }), onSuccess: invalidate })
}

export function useRestoreTarget() {
  const invalidate = useInvalidateTargets()
  return useMutation({ mutationFn: (accountId: string) => call('targets.restore', { accountId }), onSuccess: invalidate })
}

export function useSetNextStep() {
  const invalidate = useInvalidateTargets()
  return useMutation({ mutationFn: (input: NextStepInput) => call('targets.setNextStep', input), onSuccess: invalidate })
}

export function useSetAccountStatus() {
  const invalidate = useInvalidateTargets()
  return useMutation({
    mutationFn: ({ accountId, status }: { accountId: string; status: AccountStatus }) => call('targets.setStatus', { accountId, status }),
    onSuccess: invalidate,
  })
}
