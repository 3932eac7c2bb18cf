import type { ReactNode } from 'react'

export interface CappedListProps<T> {
  items: readonly T[]
  /** How many fit on the printed page; the rest show on screen only. */
  printCap: number
  ordered?: boolean
  empty: string
  label: string
  render: (item: T) => ReactNode
  keyOf: (item: T) => string
}

/**
 * A list on the call sheet that keeps the printed page to one sheet: on paper each entry keeps to two
 * lines, and the entries past the cap are screen-only and counted.
 */
export function CappedList<T>({ items, printCap, ordered = false, empty, label, render, keyOf }: CappedListProps<T>) {
  if (items.length === 0) return <p className="muted sheet-empty">{empty}</p>
  const List = ordered ? 'ol' : 'ul'
  const extra = items.length - printCap
  return (
    <>
      <List className="sheet-list sheet-clamp" aria-label={label}>
        {items.map((item, index) => (
          <li key={keyOf(item)} className={index >= printCap ? 'print-extra' : undefined}>
            <span className="sheet-entry">{render(item)}</span>
          </li>
        ))}
      </List>
      {extra > 0 && <p className="print-only sheet-more">+ {extra} more in Groundwork</p>}
    </>
  )
}
