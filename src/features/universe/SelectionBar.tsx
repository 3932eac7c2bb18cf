import { plural } from '../../lib/format'

interface SelectionBarProps {
  count: number
  busy: boolean
  onAdd: () => void
  onClear: () => void
}

/** What the rep has ticked, and the one thing to do with it. */
export function SelectionBar({ count, busy, onAdd, onClear }: SelectionBarProps) {
  if (count === 0) {
    return <p className="muted selection-bar">Tick accounts to add them to your target list. Shift-click ticks a range.</p>
  }
  return (
    <div className="selection-bar selection-bar-active" role="region" aria-label="Selection">
      <span aria-live="polite">{plural(count, 'account')} selected</span>
      <button type="button" className="button button-primary" onClick={onAdd} disabled={busy}>
        {busy ? 'Adding…' : 'Add to target list'}
      </button>
      <button type="button" className="button button-quiet" onClick={onClear}>
        Clear selection
      </button>
    </div>
  )
}
