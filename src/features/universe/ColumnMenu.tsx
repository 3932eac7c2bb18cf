import type { Column } from '@tanstack/react-table'
import type { UniverseRow } from '@shared/contract/targets'
import { Popover } from 'radix-ui'
import type { universeTableFeatures } from './universeColumns'

type UniverseColumn = Column<typeof universeTableFeatures, UniverseRow, unknown>

/** Show or hide table columns; the choice is remembered on this machine. */
export function ColumnMenu({ columns, labels }: { columns: UniverseColumn[]; labels: Record<string, string> }) {
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button type="button" className="button">
          Columns
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="filter-popover" align="end" sideOffset={4} aria-label="Columns to show">
          <ul className="filter-options">
            {columns.map((column) => (
              <li key={column.id}>
                <label className="filter-option">
                  <input
                    type="checkbox"
                    checked={column.getIsVisible()}
                    disabled={!column.getCanHide()}
                    onChange={column.getToggleVisibilityHandler()}
                  />
                  <span className="filter-option-label">{labels[column.id] ?? column.id}</span>
                </label>
              </li>
            ))}
          </ul>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
