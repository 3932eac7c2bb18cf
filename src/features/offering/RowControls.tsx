interface RowControlsProps {
  /** Names the row for screen readers, e.g. "value statement 2". */
  label: string
  index: number
  count: number
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

/** Move up, move down and remove, for one row of an ordered list. */
export function RowControls({ label, index, count, onMove, onRemove }: RowControlsProps) {
  return (
    <div className="offering-row-controls">
      <button type="button" className="button button-small button-quiet" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move ${label} up`}>
        ↑
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move ${label} down`}>
        ↓
      </button>
      <button type="button" className="button button-small button-quiet button-danger" onClick={onRemove}>
        Remove<span className="visually-hidden"> {label}</span>
      </button>
    </div>
  )
}
