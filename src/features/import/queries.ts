import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/contract'
import type { ColumnMapping } from '@shared/contract/import'
import { call } from '../../lib/client'

const importKeys = {
  all: ['import'] as const,
  history: () => [...importKeys.all, 'history'] as const,
  progress: (importId: string) => [...importKeys.all, 'progress', importId] as const,
}

/** How often the progress bar asks how far the import has got. */
const progressPollMs = 150

export function useImportHistory() {
  return useQuery({ queryKey: importKeys.history(), queryFn: () => call('import.history', {}) })
}

export function useAnalyseImport() {
  return useMutation({ mutationFn: (input: { text: string; fileName: string | null }) => call('import.analyse', input) })
}

export function useRemapImport() {
  return useMutation({ mutationFn: (input: { importId: string; mapping: ColumnMapping }) => call('import.remap', input) })
}

/** An import can add and change accounts every screen shows, so a finished one refreshes everything. */
export function useRunImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'import.run'>) => call('import.run', input),
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

export function useImportProgress(importId: string | null, running: boolean) {
  return useQuery({
    queryKey: importKeys.progress(importId ?? 'none'),
    queryFn: () => call('import.progress', { importId: importId ?? '' }),
    enabled: importId !== null && running,
    refetchInterval: running ? progressPollMs : false,
    staleTime: 0,
    gcTime: 0,
  })
}

export function useCancelImport() {
  return useMutation({ mutationFn: (importId: string) => call('import.cancel', { importId }) })
}

export type ExportKind = 'accounts' | 'contacts'

export function useExport() {
  return useMutation({ mutationFn: (kind: ExportKind) => call(kind === 'accounts' ? 'export.accounts' : 'export.contacts', {}) })
}
