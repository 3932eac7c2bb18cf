import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AccountAnalysis, AnalysisSaveInput, AnalysisVersion } from '@shared/contract/messages'
import { call } from '../../lib/client'

export const analysisKeys = {
  all: ['analysis'] as const,
  account: (accountId: string) => [...analysisKeys.all, 'account', accountId] as const,
  version: (versionId: string) => [...analysisKeys.all, 'version', versionId] as const,
}

export function useAccountAnalysis(accountId: string) {
  return useQuery({ queryKey: analysisKeys.account(accountId), queryFn: () => call('analysis.get', { accountId }) })
}

/** An earlier call's form: it never changes, so it is read once. */
export function useAnalysisVersion(versionId: string | null) {
  return useQuery({
    queryKey: analysisKeys.version(versionId ?? 'none'),
    queryFn: () => call('analysis.version', { versionId: versionId ?? '' }),
    enabled: versionId !== null,
    staleTime: Infinity,
  })
}

/** Autosave of the current call's form; the answer goes straight into the cache (no refetch while typing). */
export function useSaveAnalysis() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: AnalysisSaveInput) => call('analysis.save', input),
    onSuccess: (saved: AnalysisVersion) => {
      queryClient.setQueryData<AccountAnalysis>(analysisKeys.account(saved.accountId), (current) =>
        current ? { ...current, current: saved } : { accountId: saved.accountId, current: saved, earlier: [] },
      )
    },
  })
}

export function useStartNewCall() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (accountId: string) => call('analysis.newCallVersion', { accountId }),
    onSuccess: (_created, accountId) => queryClient.invalidateQueries({ queryKey: analysisKeys.account(accountId) }),
  })
}
