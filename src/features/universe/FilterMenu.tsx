import { Popover } from 'radix-ui'
import { useState } from 'react'
import { formatCount } from '../../lib/format'

export interface FilterOption<V> {
  value: V
  label: string
  count?: number
}

interface FilterMenuProps<V> {
  label: string
  options: readonly FilterOption<V>[]
  selected: readonly V[]
  onChange: (selected: V[]) => void
}

/** A button that opens a checkbox list; with many options, a box narrows the list as the rep types. */
export function FilterMenu<V>({ label, options, selected, onChange }: FilterMenuProps<V>) {
  const [narrow, setNarrow] = useState('')
  const chosen = new Set(selected)
  const needle = narrow.trim().toLowerCase()
  const shown = needle === '' ? options : options.filter((option) => option.label.toLowerCase().includes(needle))

  function toggle(value: V) {
    onChange(chosen.has(value) ? selected.filter((item) => item !== value) : [...selected, value])
  }

  return (
    <Popover.Root onOpenChange={(open) => !open && setNarrow('')}>
      <Popover.Trigger asChild>
        <button
          type="button"
          className={selected.length > 0 ? 'button filter-button filter-button-active' : 'button filter-button'}
          aria-label={selected.length > 0 ? `${label} filter, ${selected.length} chosen` : `${label} filter`}
        >
          {label}
          {selected.length > 0 && <span className="filter-count">{selected.length}</span>}
          <span aria-hidden className="filter-caret">
            ▾
          </span>
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="filter-popover" align="start" sideOffset={4} aria-label={`${label} filter`}>
          {options.length > 10 && (
            <input
              type="search"
              className="filter-narrow"
              placeholder={`Find ${label.toLowerCase()}…`}
              aria-label={`Find ${label.toLowerCase()}`}
              value={narrow}
              onChange={(event) => setNarrow(event.target.value)}
            />
          )}
          <ul className="filter-options">
            {shown.map((option) => (
              <li key={String(option.value)}>
                <label className="filter-option">
                  <input type="checkbox" checked={chosen.has(option.value)} onChange={() => toggle(option.value)} />
                  <span className="filter-option-label">{option.label}</span>
                  {option.count !== undefined && <span className="muted filter-option-count">{formatCount(option.count)}</span>}
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="muted">Nothing matches.</li>}
          </ul>
          {selected.length > 0 && (
            <button type="button" className="button button-small button-quiet" onClick={() => onChange([])}>
              Clear {label.toLowerCase()}
            </button>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
