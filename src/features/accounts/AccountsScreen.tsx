import { useTable, type SortingState } from '@tanstack/react-table'
import { useMemo, useState } from 'react'
import type { Account } from '@shared/contract/accounts'
import type { UniverseFilters, UniverseRow } from '@shared/contract/targets'
import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { useToast } from '../../components/Toaster'
import { plural } from '../../lib/format'
import { useShortcut } from '../../lib/useShortcut'
import { ContactsDrawer } from '../contacts/ContactsDrawer'
import { FitDrawer } from '../fit/FitDrawer'
import { SearchBox } from '../universe/SearchBox'
import { useUniverseFacets } from '../universe/queries'
import { useDebouncedValue } from '../../lib/useDebouncedValue'
import { useScrolledUniverse } from '../universe/useScrolledUniverse'
import { AccountDialog } from './AccountDialog'
import { AccountsGrid } from './AccountsGrid'
import { accountColumns, accountSortColumns, accountTableFeatures } from './accountColumns'
import { accountKeys, useDeleteAccount, useFetchAccount, useLoadSampleTerritory, useRestoreAccount } from './queries'

/** Name order is read straight from an index: the first screen needs no work over the whole territory. */
const initialSorting: SortingState = [{ id: 'name', desc: false }]

function toQueryFilters(search: string, sorting: SortingState): UniverseFilters {
  const sort = sorting[0]
  return {
    ...(search ? { search } : {}),
    sort: { column: (sort && accountSortColumns[sort.id]) ?? 'name', direction: sort?.desc ? 'desc' : 'asc' },
  }
}

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; account: Account }

/** Every account in the territory, a page at a time however many there are, to add, edit and remove. */
export function AccountsScreen() {
  const [searchText, setSearchText] = useState('')
  const search = useDebouncedValue(searchText.trim(), 200)
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const filters = useMemo(() => toQueryFilters(search, sorting), [search, sorting])
  const { rows, viewKey, total: knownTotal, countIsCurrent, onRangeChange } = useScrolledUniverse(filters, accountKeys.page)
  // The size of the whole territory, for "N match, of M", only once the rep searches.
  const territory = useUniverseFacets(search !== '' && rows.total !== undefined)
  const remove = useDeleteAccount()
  const restore = useRestoreAccount()
  const loadSample = useLoadSampleTerritory()
  const fetchAccount = useFetchAccount()
  const toast = useToast()
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [contactsOf, setContactsOf] = useState<UniverseRow | null>(null)
  const [fitOf, setFitOf] = useState<UniverseRow | null>(null)

  const table = useTable({
    features: accountTableFeatures,
    columns: accountColumns,
    data: rows.rows,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
  })

  useShortcut('n', () => setEditing({ mode: 'new' }))

  async function onEdit(row: UniverseRow) {
    try {
      const account = await fetchAccount(row.id)
      setEditing({ mode: 'edit', account })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : `Could not open ${row.name}.` })
    }
  }

  async function onDelete(account: UniverseRow) {
    try {
      await remove.mutateAsync(account.id)
      toast({
        message: `Deleted ${account.name}.`,
        action: {
          label: 'Undo',
          onAction: () =>
            restore.mutate(account.id, {
              onSuccess: () => toast({ message: `${account.name} is back.` }),
              onError: (error) => toast({ tone: 'error', message: error.message }),
            }),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'Could not delete the account.' })
    }
  }

  async function onLoadSample() {
    try {
      const { added } = await loadSample.mutateAsync()
      toast({ message: `Loaded ${plural(added, 'sample account')}.` })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'Could not load the sample territory.' })
    }
  }

  const total = knownTotal ?? 0
  const searching = search !== ''
  const territoryEmpty = knownTotal === 0 && countIsCurrent && !searching
  const showSearch = searchText !== '' || searching || total > 0

  function countText(): string {
    if (knownTotal === undefined) return ''
    if (!countIsCurrent) return 'Searching…'
    if (!searching) return plural(total, 'account')
    const size = territory.data?.total
    return size === undefined ? `${plural(total, 'account')} match` : `${plural(total, 'account')} match, of ${size.toLocaleString()}`
  }

  return (
    <div className="screen accounts-screen">
      <header className="screen-header">
        <div>
          <h1>Accounts</h1>
          <p className="screen-lede">Every company in your territory. Pick your targets from here.</p>
        </div>
        <div className="toolbar">
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })} title="Ctrl+N">
            New account
          </button>
        </div>
      </header>

      {knownTotal === undefined && !rows.isError && <p className="muted">Loading accounts…</p>}
      {rows.isError && <QueryError error={rows.error} onRetry={rows.refetch} retrying={rows.isFetching} />}

      {showSearch && (
        <div className="accounts-toolbar">
          <SearchBox
            className="accounts-search"
            placeholder="Filter by name, industry or place"
            label="Filter accounts"
            value={searchText}
            onChange={setSearchText}
          />
          <p className="muted accounts-count" aria-live="polite">
            {countText()}
          </p>
        </div>
      )}

      {territoryEmpty && (
        <EmptyState
          title="No accounts yet"
          actions={
            <>
              <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
                Add your first account
              </button>
              <button type="button" className="button" onClick={onLoadSample} disabled={loadSample.isPending}>
                {loadSample.isPending ? 'Loading…' : 'Load the sample territory'}
              </button>
            </>
          }
        >
          <p>
            Add the companies you could sell to, one by one, or try Groundwork with a sample territory of 200 fictional
            companies across many industries and regions.
          </p>
        </EmptyState>
      )}

      {knownTotal === 0 && countIsCurrent && searching && (
        <EmptyState
          title="No accounts match"
          actions={
            <button type="button" className="button" onClick={() => setSearchText('')}>
              Clear the filter
            </button>
          }
        >
          <p>Nothing in your territory has “{search}” in its name, website, industry, region or country.</p>
        </EmptyState>
      )}

      {total > 0 && (
        <AccountsGrid
          table={table}
          rows={rows}
          total={total}
          viewKey={viewKey}
          onRangeChange={onRangeChange}
          onFit={setFitOf}
          onContacts={setContactsOf}
          onEdit={(account) => void onEdit(account)}
          onDelete={(account) => void onDelete(account)}
        />
      )}

      {contactsOf && <ContactsDrawer accountId={contactsOf.id} accountName={contactsOf.name} onClose={() => setContactsOf(null)} />}
      {fitOf && <FitDrawer accountId={fitOf.id} accountName={fitOf.name} onClose={() => setFitOf(null)} />}

      {editing.mode !== 'closed' && (
        <AccountDialog
          key={editing.mode === 'edit' ? editing.account.id : 'new'}
          account={editing.mode === 'edit' ? editing.account : undefined}
          onClose={() => setEditing({ mode: 'closed' })}
          onSaved={(saved) => {
            setEditing({ mode: 'closed' })
            toast({ message: `Saved ${saved.name}.` })
          }}
        />
      )}
    </div>
  )
}
