import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ObjectionFieldsInput, ObjectionList } from '@shared/contract/questions'
import { call } from '../../lib/client'

export const objectionKeys = {
  all: ['objections'] as const,
  list: (accountId: string) => [...objectionKeys.all, 'list', accountId] as const,
}

export function useObjections(accountId: string) {
  return useQuery({ queryKey: objectionKeys.list(accountId), queryFn: () => call('objections.list', { accountId }) })
}

/** Reusable reactions show on every account, so any change refreshes every list. */
function useInvalidateObjections() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: objectionKeys.all })
}

export function useCreateObjection() {
  const invalidate = useInvalidateObjections()
  return useMutation({
    mutationFn: ({ accountId, fields }: { accountId: string | null; fields: ObjectionFieldsInput }) => call('objections.create', { accountId, fields }),
    onSuccess: invalidate,
  })
}

export function useUpdateObjection() {
  const invalidate = useInvalidateObjections()
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: ObjectionFieldsInput }) => call('objections.update', { id, fields }),
    onSuccess: invalidate,
  })
}

export function useDeleteObjection() {
  const invalidate = useInvalidateObjections()
  return useMutation({ mutationFn: (id: string) => call('objections.delete', { id }), onSuccess: invalidate })
}

export function useRestoreObjection() {
  const invalidate = useInvalidateObjections()
  return useMutation({ mutationFn: (id: string) => call('objections.restore', { id }), onSuccess: invalidate })
}

/** Reorders one list (an account's, or the reusable ones) on screen first, then saves. */
export function useReorderObjections(accountId: string) {
  const queryClient = useQueryClient()
  const key = objectionKeys.list(accountId)
  return useMutation({
    mutationFn: ({ scope, orderedIds }: { scope: string | null; orderedIds: string[] }) => call('objections.reorder', { accountId: scope, orderedIds }),
    onMutate: async ({ scope, orderedIds }) => {
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<ObjectionList>(key)
      if (previous) {
        const side = scope === null ? 'general' : 'account'
        const byId = new Map(previous[side].map((objection) => [objection.id, objection]))
        const reordered = orderedIds.flatMap((id) => {
          const objection = byId.get(id)
          return objection ? [objection] : []
        })
        queryClient.setQueryData<ObjectionList>(key, { ...previous, [side]: reordered })
      }
      return { previous }
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: objectionKeys.all }),
  })
}
