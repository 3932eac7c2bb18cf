import type { CSSProperties, ReactNode } from 'react'

type Sorted = false | 'asc' | 'desc'

/** The aria-sort of a column header: what screen readers announce about the table's order. */
export function ariaSort(sorted: Sorted): 'ascending' | 'descending' | 'none' {
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
}

/** A column header's label as a button that sorts by it, with an arrow for the current direction. */
export function SortButton({ sorted, onSort, children }: { sorted: Sorted; onSort: ((event: unknown) => void) | undefined; children: ReactNode }) {
  return (
    <button type="button" className="sort-button" onClick={onSort}>
      {children}
      <span className="sort-mark" aria-hidden>
        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
      </span>
    </button>
  )
}

/** A row in view whose page is still on its way: holds its place so the scroll position stays true. */
export function LoadingRow({ index, style, prefix }: { index: number; style: CSSProperties; prefix: 'accounts' | 'universe' }) {
  return (
    <div role="row" aria-rowindex={index + 2} className={`${prefix}-row ${prefix}-row-loading`} style={style}>
      <div role="cell" className={`${prefix}-cell ${prefix}-placeholder`}>
        Loading…
      </div>
    </div>
  )
}
