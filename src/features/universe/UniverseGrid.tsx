import type { ReactTable, RowSelectionState } from '@tanstack/react-table'
import type { KeyboardEvent, MouseEvent } from 'react'
import type { UniverseRow, UniverseSortColumn } from '@shared/contract/targets'
import { LoadingRow, SortButton, ariaSort } from '../../components/VirtualTableParts'
import { numericColumns } from '../../lib/tableCells'
import { gridTemplate, useVirtualRows } from '../../lib/virtualGrid'
import type { UniverseWindow } from './queries'
import { universeColumnTracks, type universeTableFeatures } from './universeColumns'

type UniverseTable = ReactTable<typeof universeTableFeatures, UniverseRow>

interface UniverseGridProps {
  table: UniverseTable
  rows: UniverseWindow
  total: number
  rowSelection: RowSelectionState
  openAccountId: string | null
  /** Changes when the filters or sort change: the grid scrolls back to the top. */
  viewKey: string
  onRangeChange: (first: number, last: number) => void
  onToggleRow: (index: number, row: UniverseRow, withShift: boolean) => void
  onOpenRow: (row: UniverseRow) => void
}

const universeRowHeight = 36

/** The universe table's body: only the rows in view exist in the page, whatever the territory's size. */
export function UniverseGrid({ table, rows, total, rowSelection, openAccountId, viewKey, onRangeChange, onToggleRow, onOpenRow }: UniverseGridProps) {
  const { scrollRef, virtualizer } = useVirtualRows({ count: total, rowHeight: universeRowHeight, viewKey, onRangeChange })
  const tracks = table.getVisibleLeafColumns().map((column) => universeColumnTracks[column.id as UniverseSortColumn] ?? { min: 120, grow: 0 })
  const { template, minWidth } = gridTemplate(tracks, { leading: 40 })
  const tableRows = table.getRowModel().rows
  const headerGroup = table.getHeaderGroups()[0]

  function onRowClick(event: MouseEvent, row: UniverseRow) {
    if ((event.target as HTMLElement).closest('input, button, a')) return
    onOpenRow(row)
  }

  function onRowKey(event: KeyboardEvent<HTMLDivElement>, index: number, row: UniverseRow) {
    if (event.target !== event.currentTarget) return
    if (event.key === 'Enter') onOpenRow(row)
    else if (event.key === ' ') {
      event.preventDefault()
      onToggleRow(index, row, event.shiftKey)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const sibling = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling
      if (sibling instanceof HTMLElement) sibling.focus()
    }
  }

  return (
    <div ref={scrollRef} className="universe-scroll" role="table" aria-label="Accounts in your territory" aria-rowcount={total + 1}>
      <div className="universe-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template, minWidth }}>
        <div role="columnheader" className="universe-cell universe-check">
          <span className="visually-hidden">Selected</span>
        </div>
        {headerGroup?.headers.map((header) => {
          const sorted = header.column.getIsSorted()
          return (
            <div
              key={header.id}
              role="columnheader"
              className={numericColumns.has(header.column.id) ? 'universe-cell universe-number' : 'universe-cell'}
              aria-sort={ariaSort(sorted)}
            >
              <SortButton sorted={sorted} onSort={header.column.getToggleSortingHandler()}>
                <table.FlexRender header={header} />
              </SortButton>
            </div>
          )
        })}
      </div>
      <div className="universe-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth }}>
        {virtualizer.getVirtualItems().map((item) => {
          const at = rows.rowIndexAt(item.index)
          const row = at >= 0 ? tableRows[at] : undefined
          const style = { transform: `translateY(${item.start}px)`, gridTemplateColumns: template }
          if (!row) return <LoadingRow key={`loading-${item.index}`} index={item.index} style={style} prefix="universe" />
          const account = row.original
          const selected = rowSelection[account.id] === true
          const selectable = row.getCanSelect()
          const classes = ['universe-row', selected && 'universe-row-selected', account.id === openAccountId && 'universe-row-open']
          return (
            <div
              key={account.id}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              tabIndex={0}
              data-universe-row=""
              className={classes.filter(Boolean).join(' ')}
              style={style}
              onClick={(event) => onRowClick(event, account)}
              onKeyDown={(event) => onRowKey(event, item.index, account)}
            >
              <div role="cell" className="universe-cell universe-check">
                <input
                  type="checkbox"
                  aria-label={`Select ${account.name}`}
                  checked={selected}
                  disabled={!selectable}
                  title={account.offLimits ? 'Asked not to be contacted' : account.onList ? 'Already on the target list' : undefined}
                  onChange={() => undefined}
                  onClick={(event) => onToggleRow(item.index, account, event.shiftKey)}
                />
              </div>
              {row.getVisibleCells().map((cell) => (
                <div key={cell.id} role="cell" className={numericColumns.has(cell.column.id) ? 'universe-cell universe-number' : 'universe-cell'}>
                  <table.FlexRender cell={cell} />
                </div>
              ))}
            </div>
          )
        })}
      </div>
    </div>
  )
}
