import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput, FitExplanation } from '@shared/contract'
import { call } from '../../lib/client'

export const fitKeys = {
  all: ['fit'] as const,
  explain: (accountId: string) => [...fitKeys.all, 'explain', accountId] as const,
  summary: () => [...fitKeys.all, 'summary'] as const,
}

/** Every query that shows a score: the fit panel, the universe table, the target list, qualifier coverage. */
const scoreKeyPrefixes = [fitKeys.all, ['universe'], ['targets'], ['qualifiers']] as const

/** After anything that changes a score: every screen showing one refetches. */
export function useInvalidateScores(): () => Promise<void> {
  const queryClient = useQueryClient()
  return async () => {
    await Promise.all(scoreKeyPrefixes.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
  }
}

export function useFitExplanation(accountId: string) {
  // Always refetch on open: an edit to the account's fields changes its fit without touching these keys.
  return useQuery({ queryKey: fitKeys.explain(accountId), queryFn: () => call('fit.explain', { accountId }), staleTime: 0 })
}

export function useFitSummary() {
  return useQuery({ queryKey: fitKeys.summary(), queryFn: () => call('fit.summary', {}), staleTime: 0 })
}

/**
 * What one assessment changes besides the account's own explanation (which the answer carries): the
 * territory's fit summary, the account's score in the universe and on the target list, and the
 * qualifier's coverage (kept as a literal: the qualifier keys import from here).
 */
const assessedKeys = [fitKeys.summary(), ['universe'], ['targets'], ['qualifiers', 'coverage']] as const

function useAssessmentMutation<C extends 'assessments.set' | 'assessments.clear'>(channel: C) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input) as Promise<FitExplanation>,
    onSuccess: async (explanation) => {
      queryClient.setQueryData(fitKeys.explain(explanation.accountId), explanation)
      await Promise.all(assessedKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
    },
  })
}

export function useSetAssessment() {
  return useAssessmentMutation('assessments.set')
}

export function useClearAssessment() {
  return useAssessmentMutation('assessments.clear')
}
