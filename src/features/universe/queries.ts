import { keepPreviousData, useQueries, useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { UniverseFilters, UniversePage, UniverseRow } from '@shared/contract/targets'
import { call } from '../../lib/client'

export const universeKeys = {
  all: ['universe'] as const,
  facets: () => [...universeKeys.all, 'facets'] as const,
  page: (filters: UniverseFilters, page: number) => [...universeKeys.all, 'page', filters, page] as const,
}

/** Rows travel in pages of this size: a screenful or two, so the first rows arrive at once. */
export const universePageSize = 200

export function fetchUniverseRange(filters: UniverseFilters, offset: number, limit: number): Promise<UniversePage> {
  return call('universe.query', { ...filters, offset, limit })
}

export function useUniverseFacets(enabled: boolean) {
  return useQuery({ queryKey: universeKeys.facets(), queryFn: () => call('universe.facets', {}), enabled })
}

/** Where a screen keeps its pages in the query cache, so the account changes that matter to it refresh them. */
export type UniversePageKey = (filters: UniverseFilters, page: number) => QueryKey

export interface UniverseWindow {
  /** How many accounts match these filters; undefined until one of their pages arrives. */
  total: number | undefined
  /** The loaded rows of the pages in view, in order. */
  rows: UniverseRow[]
  /** The position in `rows` of the row at a table index, or -1 while its page loads. */
  rowIndexAt: (index: number) => number
  isError: boolean
  error: Error | null
  /** Loads the pages that failed again. */
  refetch: () => void
  /** True while any page in view is loading. */
  isFetching: boolean
}

/**
 * The pages covering table rows first..last for these filters. While a new filter's pages load the
 * previous rows stay in view rather than flashing empty.
 */
export function useUniverseWindow(filters: UniverseFilters, first: number, last: number, pageKey: UniversePageKey = universeKeys.page): UniverseWindow {
  const firstPage = Math.floor(Math.max(0, first) / universePageSize)
  const lastPage = Math.max(firstPage, Math.floor(Math.max(0, last) / universePageSize))
  const pages: number[] = []
  for (let page = firstPage; page <= lastPage; page++) pages.push(page)

  const combine = useCallback(
    (results: UseQueryResult<UniversePage>[]) =>
      ({
        ...assemble(
          results.map((result) => result.data),
          results.find((result) => result.data !== undefined && !result.isPlaceholderData)?.data?.total,
          firstPage,
          results.find((result) => result.isError)?.error ?? null,
        ),
        refetch: () => {
          for (const result of results) if (result.isError) void result.refetch()
        },
        isFetching: results.some((result) => result.isFetching),
      }),
    [firstPage],
  )
  return useQueries({
    queries: pages.map((page) => ({
      queryKey: pageKey(filters, page),
      queryFn: () => fetchUniverseRange(filters, page * universePageSize, universePageSize),
      placeholderData: keepPreviousData,
    })),
    combine,
  })
}

/** `total` comes from a page of these filters, never from the previous filters' rows kept in view meanwhile. */
function assemble(
  pageData: (UniversePage | undefined)[],
  total: number | undefined,
  firstPage: number,
  error: Error | null,
): Omit<UniverseWindow, 'refetch' | 'isFetching'> {
  const rows: UniverseRow[] = []
  const starts: number[] = []
  pageData.forEach((page, position) => {
    // A placeholder from a neighbouring page would put rows in the wrong place: only same-offset pages count.
    if (!page || page.offset !== (firstPage + position) * universePageSize) {
      starts.push(-1)
      return
    }
    starts.push(rows.length)
    for (const row of page.rows) rows.push(row)
  })
  const rowIndexAt = (index: number): number => {
    const position = Math.floor(index / universePageSize) - firstPage
    const start = starts[position] ?? -1
    const page = pageData[position]
    if (start < 0 || !page) return -1
    const within = index - page.offset
    return within < page.rows.length ? start + within : -1
  }
  return { total, rows, rowIndexAt, isError: error !== null, error }
}
