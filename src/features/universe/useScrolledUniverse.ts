import { useCallback, useMemo, useState } from 'react'
import type { UniverseFilters } from '@shared/contract/targets'
import { universeKeys, universePageSize, useUniverseWindow, type UniversePageKey, type UniverseWindow } from './queries'

interface ScrolledUniverse {
  /** The loaded rows of the pages in view. */
  rows: UniverseWindow
  /** Changes when the filters or sort change: a table scrolls back to the top. */
  viewKey: string
  /** How many rows the table holds: these filters' count, or while it loads the last count known. */
  total: number | undefined
  /** False while `total` still belongs to other filters. */
  countIsCurrent: boolean
  /** For the virtualizer: the first and last row indexes in view. */
  onRangeChange: (first: number, last: number) => void
}

/**
 * The accounts matching these filters, fetched a page at a time around the scroll position: what a
 * virtualised table of a whole territory needs. Shared by the universe and the accounts screens, each
 * with its own page keys.
 */
export function useScrolledUniverse(filters: UniverseFilters, pageKey: UniversePageKey = universeKeys.page): ScrolledUniverse {
  const viewKey = useMemo(() => JSON.stringify(filters), [filters])
  const [pageSpan, setPageSpan] = useState<[number, number]>([0, 0])
  const rows = useUniverseWindow(filters, pageSpan[0] * universePageSize, pageSpan[1] * universePageSize, pageKey)

  const onRangeChange = useCallback((first: number, last: number) => {
    const span: [number, number] = [Math.floor(first / universePageSize), Math.floor(last / universePageSize)]
    setPageSpan((current) => (current[0] === span[0] && current[1] === span[1] ? current : span))
  }, [])

  // While the pages in view load, the table keeps its last size: it must not unmount mid-scroll.
  const [shown, setShown] = useState<{ viewKey: string; total: number } | undefined>(undefined)
  if (rows.total !== undefined && (shown?.total !== rows.total || shown.viewKey !== viewKey)) setShown({ viewKey, total: rows.total })

  return {
    rows,
    viewKey,
    total: rows.total ?? shown?.total,
    countIsCurrent: rows.total !== undefined || shown?.viewKey === viewKey,
    onRangeChange,
  }
}
