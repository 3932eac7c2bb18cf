import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AccountStatus, NextStepInput, TargetAddInput } from '@shared/contract/targets'
import { CallError, call } from '../../lib/client'

const targetKeys = {
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

/**
 * Brings back the target a swap took off, in place of the account swapped in. Restoring keeps
 * everything it had (next step, place, any reason for going past 20); when the list is too full to
 * restore it without a reason, swapping it straight back in keeps the size, so that always works.
 */
async function undoSwap(swappedOut: string, swappedIn: string): Promise<void> {
  try {
    await call('targets.restore', { accountId: swappedOut })
  } catch (error) {
    if (!(error instanceof CallError && error.code === 'LIMIT_REACHED')) throw error
    await call('targets.add', { accountIds: [swappedOut], swapOutAccountId: swappedIn })
    return
  }
  await call('targets.remove', { accountId: swappedIn })
}

/**
 * Undo for an addition: takes the added accounts off again, one call after another, and brings back
 * the target a swap took off. One mutation, so the list and the universe refresh once however many
 * accounts were added.
 */
export function useUndoAddition() {
  const invalidate = useInvalidateTargets()
  return useMutation({
    mutationFn: async ({ added, swappedOut }: { added: readonly string[]; swappedOut: string | null }) => {
      const toRemove = [...added]
      // A swap takes exactly one account in for the one that left.
      const swappedIn = swappedOut ? toRemove.shift() : undefined
      if (swappedOut && swappedIn) await undoSwap(swappedOut, swappedIn)
      for (const accountId of toRemove) await call('targets.remove', { accountId })
    },
    onSettled: invalidate,
  })
}

export function useRestoreTarget() {
  const invalidate = useInvalidateTargets()
  return useMutation({ mutationFn: (accountId: string) => call('targets.restore', { accountId }), onSuccess: invalidate })
}

/** Only the list shows a next step (the call queue and sheet read theirs afresh whenever they open). */
export function useSetNextStep() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: NextStepInput) => call('targets.setNextStep', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.list() }),
  })
}

export function useSetAccountStatus() {
  const invalidate = useInvalidateTargets()
  return useMutation({
    mutationFn: ({ accountId, status }: { accountId: string; status: AccountStatus }) => call('targets.setStatus', { accountId, status }),
    onSuccess: invalidate,
  })
}
