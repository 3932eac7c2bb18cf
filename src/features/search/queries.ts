import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { call } from '../../lib/client'

export const searchKeys = {
  all: ['search'] as const,
  query: (text: string) => [...searchKeys.all, text] as const,
}

/** Something worth sending: at least one letter or digit. */
export function isSearchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}

/** Results for the words typed; the previous results stay on screen while the next ones load. */
export function useSearch(text: string) {
  const trimmed = text.trim()
  return useQuery({
    queryKey: searchKeys.query(trimmed),
    queryFn: () => call('search.query', { text: trimmed, limit: 20 }),
    enabled: isSearchable(trimmed),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  })
}
