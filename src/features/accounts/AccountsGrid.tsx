import type { ReactTable } from '@tanstack/react-table'
import type { UniverseRow } from '@shared/contract/targets'
import { LoadingRow, SortButton, ariaSort } from '../../components/VirtualTableParts'
import { numericColumns } from '../../lib/tableCells'
import { gridTemplate, useVirtualRows } from '../../lib/virtualGrid'
import type { UniverseWindow } from '../universe/queries'
import { AccountRowActions, type AccountRowHandlers } from './AccountRowActions'
import { accountActionsWidth, accountColumnTracks, type accountTableFeatures } from './accountColumns'

type AccountsTable = ReactTable<typeof accountTableFeatures, UniverseRow>

interface AccountsGridProps extends AccountRowHandlers {
  table: AccountsTable
  rows: UniverseWindow
  total: number
  /** Changes when the search or sort change: the grid scrolls back to the top. */
  viewKey: string
  onRangeChange: (first: number, last: number) => void
}

const accountRowHeight = 40

const cellClass = (columnId: string) => (numericColumns.has(columnId) ? 'accounts-cell accounts-number' : 'accounts-cell')

/** The accounts table: only the rows in view exist in the page, whatever the territory's size. */
export function AccountsGrid({ table, rows, total, viewKey, onRangeChange, ...handlers }: AccountsGridProps) {
  const { scrollRef, virtualizer } = useVirtualRows({ count: total, rowHeight: accountRowHeight, viewKey, onRangeChange })
  const tracks = table.getAllLeafColumns().map((column) => accountColumnTracks[column.id] ?? { min: 120, grow: 0 })
  const { template, minWidth } = gridTemplate(tracks, { trailing: accountActionsWidth })
  const tableRows = table.getRowModel().rows
  const headerGroup = table.getHeaderGroups()[0]

  return (
    <div ref={scrollRef} className="accounts-scroll" role="table" aria-label="Accounts" aria-rowcount={total + 1}>
      <div className="accounts-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template, minWidth }}>
        {headerGroup?.headers.map((header) => {
          const sorted = header.column.getIsSorted()
          return (
            <div
              key={header.id}
              role="columnheader"
              className={cellClass(header.column.id)}
              aria-sort={ariaSort(sorted)}
            >
              {header.column.getCanSort() ? (
                <SortButton sorted={sorted} onSort={header.column.getToggleSortingHandler()}>
                  <table.FlexRender header={header} />
                </SortButton>
              ) : (
                <table.FlexRender header={header} />
              )}
            </div>
          )
        })}
        <div role="columnheader" className="accounts-cell">
          <span className="visually-hidden">Actions</span>
        </div>
      </div>
      <div className="accounts-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth }}>
        {virtualizer.getVirtualItems().map((item) => {
          const at = rows.rowIndexAt(item.index)
          const row = at >= 0 ? tableRows[at] : undefined
          const style = { transform: `translateY(${item.start}px)`, gridTemplateColumns: template }
          if (!row) return <LoadingRow key={`loading-${item.index}`} index={item.index} style={style} prefix="accounts" />
          return (
            <div key={row.id} role="row" aria-rowindex={item.index + 2} data-account-row="" className="accounts-row" style={style}>
              {row.getAllCells().map((cell) => (
                <div key={cell.id} role="cell" className={cellClass(cell.column.id)}>
                  <table.FlexRender cell={cell} />
                </div>
              ))}
              <div role="cell" className="accounts-cell accounts-actions">
                <AccountRowActions account={row.original} {...handlers} />
              </div>
            </div>
          )
        })}
      </div>
    </div>
  )
}
