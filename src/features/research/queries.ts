import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ResearchNoteFieldsInput } from '@shared/contract/research'
import { call } from '../../lib/client'
import { searchKeys } from '../search/queries'

export const researchKeys = {
  all: ['research'] as const,
  notes: (accountId: string) => [...researchKeys.all, 'notes', accountId] as const,
  settings: () => [...researchKeys.all, 'settings'] as const,
  /** What to verify reads notes, settings, qualifiers and contacts, so it lives under `all` too. */
  toVerify: (accountId: string) => [...researchKeys.all, 'verify', accountId] as const,
}

export function useResearchNotes(accountId: string) {
  return useQuery({ queryKey: researchKeys.notes(accountId), queryFn: () => call('research.list', { accountId }) })
}

export function useResearchSettings() {
  return useQuery({ queryKey: researchKeys.settings(), queryFn: () => call('research.getSettings', {}) })
}

export function useToVerify(accountId: string) {
  return useQuery({ queryKey: researchKeys.toVerify(accountId), queryFn: () => call('verify.list', { accountId }) })
}

function useInvalidateResearch() {
  const queryClient = useQueryClient()
  // Search results include notes: any change to a note makes earlier results out of date.
  return async () => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: researchKeys.all }), queryClient.invalidateQueries({ queryKey: searchKeys.all })])
  }
}

export function useCreateResearchNote() {
  const invalidate = useInvalidateResearch()
  return useMutation({
    mutationFn: ({ accountId, fields }: { accountId: string; fields: ResearchNoteFieldsInput }) => call('research.create', { accountId, fields }),
    onSuccess: invalidate,
  })
}

export function useUpdateResearchNote() {
  const invalidate = useInvalidateResearch()
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: ResearchNoteFieldsInput }) => call('research.update', { id, fields }),
    onSuccess: invalidate,
  })
}

export function useDeleteResearchNote() {
  const invalidate = useInvalidateResearch()
  return useMutation({ mutationFn: (id: string) => call('research.delete', { id }), onSuccess: invalidate })
}

export function useRestoreResearchNote() {
  const invalidate = useInvalidateResearch()
  return useMutation({ mutationFn: (id: string) => call('research.restore', { id }), onSuccess: invalidate })
}

export function useSetStaleAfterDays() {
  const invalidate = useInvalidateResearch()
  return useMutation({ mutationFn: (staleAfterDays: number) => call('research.setStaleAfterDays', { staleAfterDays }), onSuccess: invalidate })
}
