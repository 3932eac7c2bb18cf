import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AddToPlanInput, BankQuestionFieldsInput, CallPlan, UpdatePlanItemInput } from '@shared/contract/questions'
import { call } from '../../lib/client'

export const questionKeys = {
  all: ['questions'] as const,
  bank: () => [...questionKeys.all, 'bank'] as const,
  plans: () => [...questionKeys.all, 'plan'] as const,
  plan: (accountId: string) => [...questionKeys.plans(), accountId] as const,
}

export function useQuestionBank() {
  return useQuery({ queryKey: questionKeys.bank(), queryFn: () => call('questions.bank', {}) })
}

export function useCallPlan(accountId: string) {
  return useQuery({ queryKey: questionKeys.plan(accountId), queryFn: () => call('questions.plan', { accountId }) })
}

function useInvalidatePlan(accountId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: questionKeys.plan(accountId) })
}

function useInvalidateQuestions() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: questionKeys.all })
}

export function useAddToPlan(accountId: string) {
  const invalidate = useInvalidatePlan(accountId)
  return useMutation({ mutationFn: (input: Omit<AddToPlanInput, 'accountId'>) => call('questions.addToPlan', { ...input, accountId }), onSuccess: invalidate })
}

export function useUpdatePlanItem(accountId: string) {
  const invalidate = useInvalidatePlan(accountId)
  return useMutation({ mutationFn: (input: UpdatePlanItemInput) => call('questions.updatePlanItem', input), onSuccess: invalidate })
}

export function useRemoveFromPlan(accountId: string) {
  const invalidate = useInvalidatePlan(accountId)
  return useMutation({ mutationFn: (id: string) => call('questions.removeFromPlan', { id }), onSuccess: invalidate })
}

export function useRestoreToPlan(accountId: string) {
  const invalidate = useInvalidatePlan(accountId)
  return useMutation({ mutationFn: (id: string) => call('questions.restoreToPlan', { id }), onSuccess: invalidate })
}

/** Moves questions at once on screen (keyboard reordering must feel instant), then settles on the saved order. */
export function useReorderPlan(accountId: string) {
  const queryClient = useQueryClient()
  const key = questionKeys.plan(accountId)
  return useMutation({
    mutationFn: (orderedIds: string[]) => call('questions.reorderPlan', { accountId, orderedIds }),
    onMutate: async (orderedIds) => {
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<CallPlan>(key)
      if (previous) {
        const byId = new Map(previous.questions.map((question) => [question.id, question]))
        const questions = orderedIds.flatMap((id, position) => {
          const question = byId.get(id)
          return question ? [{ ...question, position }] : []
        })
        queryClient.setQueryData<CallPlan>(key, { ...previous, questions })
      }
      return { previous }
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous)
    },
    onSuccess: (plan) => queryClient.setQueryData(key, plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  })
}

export function useCreateBankQuestion() {
  const invalidate = useInvalidateQuestions()
  return useMutation({ mutationFn: (fields: BankQuestionFieldsInput) => call('questions.createBankQuestion', fields), onSuccess: invalidate })
}

export function useUpdateBankQuestion() {
  const invalidate = useInvalidateQuestions()
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: BankQuestionFieldsInput }) => call('questions.updateBankQuestion', { id, fields }),
    onSuccess: invalidate,
  })
}

export function useDeleteBankQuestion() {
  const invalidate = useInvalidateQuestions()
  return useMutation({ mutationFn: (id: string) => call('questions.deleteBankQuestion', { id }), onSuccess: invalidate })
}

export function useRestoreBankQuestion() {
  const invalidate = useInvalidateQuestions()
  return useMutation({ mutationFn: (id: string) => call('questions.restoreBankQuestion', { id }), onSuccess: invalidate })
}
