import { useTable, type RowSelectionState, type SortingState } from '@tanstack/react-table'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { UniverseFilters, UniverseRow, UniverseSortColumn } from '@shared/contract/targets'
import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { useToast } from '../../components/Toaster'
import { plural } from '../../lib/format'
import { OverLimitDialog } from '../targets/OverLimitDialog'
import { useTargetAdder } from '../targets/useTargetAdder'
import { AccountPanel } from './AccountPanel'
import { ColumnMenu } from './ColumnMenu'
import { SelectionBar } from './SelectionBar'
import { UniverseGrid } from './UniverseGrid'
import { UniverseToolbar, noUniverseFilters, type UniverseFilterState } from './UniverseToolbar'
import { fetchUniverseRange, useUniverseFacets } from './queries'
import { universeColumnLabels, universeColumns, universeTableFeatures } from './universeColumns'
import { useColumnVisibility } from './useColumnVisibility'
import { useDebouncedValue } from '../../lib/useDebouncedValue'
import { useScrolledUniverse } from './useScrolledUniverse'

/** Name order is read straight from an index: the first screen needs no scoring of the whole territory. */
const initialSorting: SortingState = [{ id: 'name', desc: false }]
/** A shift-click range bigger than this is almost certainly a slip: the list holds 15–20. */
const maxRangeSelection = 1000

function toQueryFilters(search: string, filters: UniverseFilterState, sorting: SortingState): UniverseFilters {
  const sort = sorting[0]
  return {
    ...(search ? { search } : {}),
    ...(filters.industries.length > 0 ? { industries: filters.industries } : {}),
    ...(filters.regions.length > 0 ? { regions: filters.regions } : {}),
    ...(filters.bands.length > 0 ? { bands: filters.bands } : {}),
    ...(filters.statuses.length > 0 ? { statuses: filters.statuses } : {}),
    ...(filters.onList !== 'any' ? { onList: filters.onList } : {}),
    sort: sort ? { column: sort.id as UniverseSortColumn, direction: sort.desc ? 'desc' : 'asc' } : { column: 'name', direction: 'asc' },
  }
}

const canSelect = (account: UniverseRow) => !account.onList && !account.offLimits

/** Every account in the territory, searchable and sortable, with its fit; the place to pick targets. */
export function UniverseScreen() {
  const [searchText, setSearchText] = useState('')
  const search = useDebouncedValue(searchText.trim(), 200)
  const [filterState, setFilterState] = useState<UniverseFilterState>(noUniverseFilters)
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({})
  const [openAccount, setOpenAccount] = useState<UniverseRow | null>(null)
  const selectedNames = useRef(new Map<string, string>())
  /** The row a shift-click range starts from, in the view (filters, search and sort) it was clicked in. */
  const anchor = useRef<{ viewKey: string; index: number } | null>(null)
  const toast = useToast()
  const adder = useTargetAdder((result) => {
    if (result.added.length > 0 || result.alreadyListed.length > 0) setRowSelection({})
  })

  const filters = useMemo(() => toQueryFilters(search, filterState, sorting), [search, filterState, sorting])
  const { rows, viewKey, total: knownTotal, countIsCurrent, onRangeChange } = useScrolledUniverse(filters)
  // The filter menus can wait for the first rows.
  const facets = useUniverseFacets(rows.total !== undefined)

  const table = useTable({
    features: universeTableFeatures,
    columns: universeColumns,
    data: rows.rows,
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility, rowSelection },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    onRowSelectionChange: setRowSelection,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    enableRowRangeSelection: false,
    enableRowSelection: (row) => canSelect(row.original),
  })

  async function rowsBetween(from: number, to: number): Promise<UniverseRow[]> {
    const loaded: UniverseRow[] = []
    for (let index = from; index <= to; index++) {
      const at = rows.rowIndexAt(index)
      const account = at >= 0 ? rows.rows[at] : undefined
      if (!account) return (await fetchUniverseRange(filters, from, to - from + 1)).rows
      loaded.push(account)
    }
    return loaded
  }

  async function onToggleRow(index: number, account: UniverseRow, withShift: boolean) {
    if (!canSelect(account)) return
    const select = rowSelection[account.id] !== true
    let range = [account]
    // A position from another view names another account: the range starts afresh.
    const from = anchor.current?.viewKey === viewKey ? anchor.current.index : null
    if (withShift && from !== null && from !== index) {
      const [low, high] = from < index ? [from, index] : [index, from]
      if (high - low + 1 > maxRangeSelection) {
        toast({ tone: 'error', message: `Select at most ${plural(maxRangeSelection, 'row')} at a time.` })
        return
      }
      try {
        range = await rowsBetween(low, high)
      } catch (error) {
        toast({ tone: 'error', message: error instanceof Error ? error.message : 'Could not select that range.' })
        return
      }
    }
    anchor.current = { viewKey, index }
    for (const item of range) selectedNames.current.set(item.id, item.name)
    setRowSelection((current) => {
      const next = { ...current }
      for (const item of range) {
        if (!canSelect(item)) continue
        if (select) next[item.id] = true
        else delete next[item.id]
      }
      return next
    })
  }

  function onAddSelection() {
    const ids = Object.keys(rowSelection)
    void adder.addToList(ids.map((id) => ({ id, name: selectedNames.current.get(id) ?? 'This account' })))
  }

  const closePanel = useCallback(() => setOpenAccount(null), [])
  const selectedCount = Object.keys(rowSelection).length
  const total = knownTotal ?? 0
  const territorySize = facets.data?.total
  const filtered = viewKey !== JSON.stringify(toQueryFilters('', noUniverseFilters, sorting))

  function countText(): string {
    if (knownTotal === undefined) return 'Loading accounts…'
    if (!countIsCurrent) return 'Searching…'
    if (filtered && territorySize !== undefined) return `${plural(total, 'account')} match, of ${territorySize.toLocaleString()}`
    return plural(total, 'account')
  }

  return (
    <div className="screen universe-screen">
      <header className="screen-header">
        <div>
          <h1>Universe</h1>
          <p className="screen-lede">Every account in your territory and how well it fits. Pick your 15–20 targets from here.</p>
        </div>
        <p className="muted universe-count" aria-live="polite">
          {countText()}
        </p>
      </header>

      <UniverseToolbar
        searchText={searchText}
        onSearchText={setSearchText}
        filters={filterState}
        onFilters={setFilterState}
        facets={facets.data}
      >
        <ColumnMenu columns={table.getAllLeafColumns()} labels={universeColumnLabels} />
      </UniverseToolbar>

      <SelectionBar count={selectedCount} busy={adder.isAdding} onAdd={onAddSelection} onClear={() => setRowSelection({})} />

      {rows.isError && <QueryError error={rows.error} onRetry={rows.refetch} retrying={rows.isFetching} />}

      {knownTotal === 0 && countIsCurrent && !filtered && (
        <EmptyState
          title="Your territory is empty"
          actions={
            <a className="button button-primary" href="#/accounts">
              Add or import accounts
            </a>
          }
        >
          <p>Import your territory from a CSV file or load the sample territory; every account then shows here with its fit.</p>
        </EmptyState>
      )}
      {knownTotal === 0 && countIsCurrent && filtered && (
        <EmptyState
          title="No accounts match"
          actions={
            <button
              type="button"
              className="button"
              onClick={() => {
                setSearchText('')
                setFilterState(noUniverseFilters)
              }}
            >
              Clear search and filters
            </button>
          }
        >
          <p>Try fewer filters or another search.</p>
        </EmptyState>
      )}

      <div className={openAccount ? 'universe-layout universe-layout-with-panel' : 'universe-layout'}>
        {total > 0 && (
          <UniverseGrid
            table={table}
            rows={rows}
            total={total}
            rowSelection={rowSelection}
            openAccountId={openAccount?.id ?? null}
            viewKey={viewKey}
            onRangeChange={onRangeChange}
            onToggleRow={(index, account, withShift) => void onToggleRow(index, account, withShift)}
            onOpenRow={setOpenAccount}
          />
        )}
        {openAccount && (
          <AccountPanel
            key={openAccount.id}
            account={rows.rows.find((row) => row.id === openAccount.id) ?? openAccount}
            onClose={closePanel}
            onAdd={(account) => void adder.addToList([{ id: account.id, name: account.name }])}
            busy={adder.isAdding}
          />
        )}
      </div>

      {adder.pending && (
        <OverLimitDialog pending={adder.pending} busy={adder.isAdding} onResolve={adder.resolvePending} onCancel={adder.cancelPending} />
      )}
    </div>
  )
}
