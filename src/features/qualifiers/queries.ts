import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { LessonFieldsInput, QualifierFieldsInput } from '@shared/contract'
import type { QualifierRule, ValueField } from '@shared/domain/qualifiers'
import { call } from '../../lib/client'
import { fitKeys, useInvalidateScores } from '../fit/queries'

const qualifierKeys = {
  all: ['qualifiers'] as const,
  list: () => [...qualifierKeys.all, 'list'] as const,
  coverage: () => [...qualifierKeys.all, 'coverage'] as const,
  preview: (rule: QualifierRule | null, qualifierId: string | null) => [...qualifierKeys.all, 'preview', rule, qualifierId] as const,
  fieldValues: (field: ValueField) => [...qualifierKeys.all, 'field-values', field] as const,
}

const lessonKeys = {
  all: ['lessons'] as const,
  list: () => [...lessonKeys.all, 'list'] as const,
}

export function useQualifiers() {
  return useQuery({ queryKey: qualifierKeys.list(), queryFn: () => call('qualifiers.list', {}) })
}

export function useQualifierCoverage() {
  return useQuery({ queryKey: qualifierKeys.coverage(), queryFn: () => call('qualifiers.coverage', {}), staleTime: 0 })
}

/** How a rule being edited splits the territory; keeps the last answer on screen while the next loads. */
export function useQualifierPreview(rule: QualifierRule | null, qualifierId: string | null) {
  return useQuery({
    queryKey: qualifierKeys.preview(rule, qualifierId),
    queryFn: () => call('qualifiers.preview', { rule: rule as QualifierRule, qualifierId }),
    enabled: rule !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}

export function useFieldValues(field: ValueField | null) {
  return useQuery({
    queryKey: qualifierKeys.fieldValues(field ?? 'industry'),
    queryFn: () => call('qualifiers.fieldValues', { field: field ?? 'industry' }),
    enabled: field !== null,
  })
}

/** A qualifier change moves scores everywhere: the qualifier keys are among those refreshed. */
export function useCreateQualifier() {
  const invalidate = useInvalidateScores()
  return useMutation({ mutationFn: (fields: QualifierFieldsInput) => call('qualifiers.create', fields), onSuccess: invalidate })
}

export function useUpdateQualifier() {
  const invalidate = useInvalidateScores()
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: QualifierFieldsInput }) => call('qualifiers.update', { id, fields }),
    onSuccess: invalidate,
  })
}

export function useDeleteQualifier() {
  const invalidate = useInvalidateScores()
  return useMutation({ mutationFn: (id: string) => call('qualifiers.delete', { id }), onSuccess: invalidate })
}

export function useRestoreQualifier() {
  const invalidate = useInvalidateScores()
  return useMutation({ mutationFn: (id: string) => call('qualifiers.restore', { id }), onSuccess: invalidate })
}

/**
 * Order changes no score, band or coverage count (see scoreAccount): only the order of each account's
 * fit explanation and of the unknowns to ask about first on the call. So the list takes the answer and
 * only the fit explanations refresh.
 */
export function useReorderQualifiers() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (ids: string[]) => call('qualifiers.reorder', { ids }),
    onSuccess: async (qualifiers) => {
      queryClient.setQueryData(qualifierKeys.list(), qualifiers)
      await queryClient.invalidateQueries({ queryKey: [...fitKeys.all, 'explain'] })
    },
  })
}

export function useLessons() {
  return useQuery({ queryKey: lessonKeys.list(), queryFn: () => call('lessons.list', {}) })
}

function useInvalidateLessons() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: lessonKeys.all })
}

export function useAddLesson() {
  const invalidate = useInvalidateLessons()
  return useMutation({ mutationFn: (fields: LessonFieldsInput) => call('lessons.add', fields), onSuccess: invalidate })
}

export function useDeleteLesson() {
  const invalidate = useInvalidateLessons()
  return useMutation({ mutationFn: (id: string) => call('lessons.delete', { id }), onSuccess: invalidate })
}

export function useRestoreLesson() {
  const invalidate = useInvalidateLessons()
  return useMutation({ mutationFn: (id: string) => call('lessons.restore', { id }), onSuccess: invalidate })
}
