import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type RefObject } from 'react'

/** A column's share of a CSS grid row: at least `min` pixels, and `grow` parts of what is left. */
export interface ColumnTrack {
  min: number
  grow: number
}

/**
 * The grid template for a row of these columns between fixed-width leading and trailing cells, and
 * the width below which the columns would squeeze (the table scrolls sideways instead).
 */
export function gridTemplate(tracks: readonly ColumnTrack[], fixed: { leading?: number; trailing?: number } = {}): { template: string; minWidth: number } {
  const columns = tracks.map(({ min, grow }) => (grow > 0 ? `minmax(${min}px, ${grow}fr)` : `${min}px`))
  const template = [fixed.leading, ...columns, fixed.trailing].map((part) => (typeof part === 'number' ? `${part}px` : part)).filter(Boolean)
  return {
    template: template.join(' '),
    minWidth: (fixed.leading ?? 0) + (fixed.trailing ?? 0) + tracks.reduce((sum, { min }) => sum + min, 0),
  }
}

interface VirtualRowsOptions {
  /** How many rows the table holds, loaded or not. */
  count: number
  rowHeight: number
  /** Changes when the filters or sort change: the table scrolls back to the top. */
  viewKey: string
  /** Told the first and last row indexes in view, so their pages can be fetched. */
  onRangeChange: (first: number, last: number) => void
}

/** Virtual rows for a scrolling table: only the rows in view (and a few either side) are drawn. */
export function useVirtualRows({ count, rowHeight, viewKey, onRangeChange }: VirtualRowsOptions): {
  scrollRef: RefObject<HTMLDivElement | null>
  virtualizer: Virtualizer<HTMLDivElement, Element>
} {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer hands back fresh functions each render by design; nothing here is memoised on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    onChange: (instance) => {
      const indexes = instance.getVirtualIndexes()
      onRangeChange(indexes[0] ?? 0, indexes.at(-1) ?? 0)
    },
  })

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 })
  }, [viewKey])

  return { scrollRef, virtualizer }
}
