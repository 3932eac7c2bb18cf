import { QueryClient } from '@tanstack/react-query'
import { CallError } from '../lib/client'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Local data: no network to wait for, so no background refetch storms.
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => !(error instanceof CallError) && failures < 2,
    },
    mutations: { retry: false },
  },
})
