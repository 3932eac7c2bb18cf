import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { UniverseRow, UniverseSortColumn } from '@shared/contract/targets'
import { formatCount, formatMoney } from '../../lib/format'
import { WebsiteCell } from '../../components/WebsiteCell'
import { textCell } from '../../lib/tableCells'
import type { ColumnTrack } from '../../lib/virtualGrid'

/** Sorting and searching run in the main process over the whole territory; the table holds the rows in view. */
export const accountTableFeatures = tableFeatures({ rowSortingFeature })

const column = createColumnHelper<typeof accountTableFeatures, UniverseRow>()

function place(account: UniverseRow): string {
  return [account.city, account.region, account.country].filter(Boolean).join(', ')
}

export const accountColumns = column.columns([
  column.accessor('name', { header: 'Name' }),
  column.accessor('industry', { header: 'Industry', cell: (info) => textCell(info.getValue()) }),
  column.accessor(place, { id: 'place', header: () => <span title="Sorts by region">Location</span> }),
  column.accessor('employees', { header: 'Employees', sortDescFirst: true, cell: (info) => formatCount(info.getValue()) }),
  column.accessor('annualRevenue', { header: 'Revenue', sortDescFirst: true, cell: (info) => formatMoney(info.getValue()) }),
  column.accessor('website', { header: 'Website', enableSorting: false, cell: (info) => <WebsiteCell website={info.getValue()} /> }),
])

/** The store's order behind each sortable column; Location sorts by region (the store keeps no order of cities). */
export const accountSortColumns: Readonly<Record<string, UniverseSortColumn>> = {
  name: 'name',
  industry: 'industry',
  place: 'region',
  employees: 'employees',
  annualRevenue: 'annualRevenue',
}

/** Grid track per column: its narrowest width in px, and its share of any room left (0: fixed). */
export const accountColumnTracks: Readonly<Record<string, ColumnTrack>> = {
  name: { min: 190, grow: 2.2 },
  industry: { min: 120, grow: 1.2 },
  place: { min: 150, grow: 1.4 },
  employees: { min: 96, grow: 0 },
  annualRevenue: { min: 84, grow: 0 },
  website: { min: 140, grow: 1.2 },
}

/** The per-row buttons: Fit, Contacts, Edit, Delete. */
export const accountActionsWidth = 250
