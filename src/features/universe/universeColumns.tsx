import { columnVisibilityFeature, createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { UniverseRow, UniverseSortColumn } from '@shared/contract/targets'
import { formatCount, formatMoney } from '../../lib/format'
import { FitBadge } from '../targets/FitBadge'
import { statusLabels } from '../targets/labels'
import { WebsiteCell } from '../../components/WebsiteCell'
import { textCell } from '../../lib/tableCells'
import type { ColumnTrack } from '../../lib/virtualGrid'

/** Sorting and filtering run in the main process over the whole territory; the table holds one window of it. */
export const universeTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature, rowSelectionFeature })

const column = createColumnHelper<typeof universeTableFeatures, UniverseRow>()

export const universeColumns = column.columns([
  column.accessor('name', { header: 'Name', enableHiding: false }),
  column.accessor('score', {
    id: 'score',
    header: 'Fit',
    sortDescFirst: true,
    cell: (info) => <FitBadge band={info.row.original.band} score={info.getValue()} />,
  }),
  column.accessor('industry', { header: 'Industry', cell: (info) => textCell(info.getValue()) }),
  column.accessor('region', { header: 'Region', cell: (info) => textCell(info.getValue()) }),
  column.accessor('country', { header: 'Country', cell: (info) => textCell(info.getValue()) }),
  column.accessor('employees', { header: 'Employees', sortDescFirst: true, cell: (info) => formatCount(info.getValue()) }),
  column.accessor('annualRevenue', { header: 'Revenue', sortDescFirst: true, cell: (info) => formatMoney(info.getValue()) }),
  column.accessor('website', { header: 'Website', cell: (info) => <WebsiteCell website={info.getValue()} /> }),
  column.accessor('status', { header: 'Status', cell: (info) => statusLabels[info.getValue()] }),
  column.accessor('onList', {
    header: 'Target list',
    sortDescFirst: true,
    cell: (info) =>
      info.row.original.offLimits ? (
        <span className="off-limits-badge">Do not contact</span>
      ) : info.getValue() ? (
        <span className="on-list-badge">On the list</span>
      ) : (
        ''
      ),
  }),
])

/** Grid track per column: its narrowest width in px, and its share of any room left (0: fixed). */
export const universeColumnTracks: Record<UniverseSortColumn, ColumnTrack> = {
  name: { min: 190, grow: 2.2 },
  score: { min: 132, grow: 0 },
  industry: { min: 120, grow: 1.2 },
  region: { min: 100, grow: 1 },
  country: { min: 100, grow: 1 },
  employees: { min: 112, grow: 0 },
  annualRevenue: { min: 96, grow: 0 },
  website: { min: 150, grow: 1.3 },
  status: { min: 104, grow: 0 },
  onList: { min: 120, grow: 0 },
}

/** Shown until the rep chooses otherwise in the Columns menu. */
export const defaultHiddenColumns: Partial<Record<UniverseSortColumn, false>> = { website: false }

export const universeColumnLabels: Record<UniverseSortColumn, string> = {
  name: 'Name',
  score: 'Fit',
  industry: 'Industry',
  region: 'Region',
  country: 'Country',
  employees: 'Employees',
  annualRevenue: 'Revenue',
  website: 'Website',
  status: 'Status',
  onList: 'Target list',
}
