import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AccountMessages, MessageKindName, MessageSaveInput, RepProfileFieldsInput, SavedMessage } from '@shared/contract/messages'
import { call } from '../../lib/client'

export const messageKeys = {
  all: ['messages'] as const,
  account: (accountId: string) => [...messageKeys.all, 'account', accountId] as const,
  profile: () => [...messageKeys.all, 'profile'] as const,
}

export function useAccountMessages(accountId: string) {
  return useQuery({ queryKey: messageKeys.account(accountId), queryFn: () => call('messages.get', { accountId }) })
}

/**
 * Autosave. The answer replaces the one message in the cache rather than refetching the account, so
 * an editor that is still typing never sees its text reloaded under it.
 */
export function useSaveMessage() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: MessageSaveInput) => call('messages.save', input),
    onSuccess: (saved: SavedMessage, input) => {
      queryClient.setQueryData<AccountMessages>(messageKeys.account(input.accountId), (current) =>
        current ? { ...current, messages: current.messages.map((m) => (m.kind === saved.kind ? saved : m)) } : current,
      )
    },
  })
}

/** A fresh draft; nothing is stored until the rep keeps it in the editor. */
export function useDraftMessage() {
  return useMutation({ mutationFn: (input: { accountId: string; kind: MessageKindName }) => call('messages.draft', input) })
}

export function useRepProfile() {
  return useQuery({ queryKey: messageKeys.profile(), queryFn: () => call('messages.getProfile', {}) })
}

export function useSaveRepProfile() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (fields: RepProfileFieldsInput) => call('messages.saveProfile', fields),
    onSuccess: (profile) => queryClient.setQueryData(messageKeys.profile(), profile),
  })
}
