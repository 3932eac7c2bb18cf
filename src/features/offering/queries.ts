import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { OfferingFieldsInput } from '@shared/contract'
import { call } from '../../lib/client'

const offeringKeys = {
  all: ['offering'] as const,
  profile: () => [...offeringKeys.all, 'profile'] as const,
}

export function useOffering() {
  return useQuery({ queryKey: offeringKeys.profile(), queryFn: () => call('offering.get', {}) })
}

export function useSaveOffering() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (fields: OfferingFieldsInput) => call('offering.save', fields),
    onSuccess: (offering) => queryClient.setQueryData(offeringKeys.profile(), offering),
  })
}
