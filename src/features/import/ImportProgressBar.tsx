import { formatCount } from '../../lib/format'

interface ImportProgressBarProps {
  done: number
  total: number
  label: string
}

/** How many rows are written so far, for eyes and screen readers alike. */
export function ImportProgressBar({ done, total, label }: ImportProgressBarProps) {
  const share = total === 0 ? 0 : Math.min(100, Math.round((done / total) * 100))
  return (
    <div className="import-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${formatCount(done)} of ${formatCount(total)} rows`}
      >
        <div className="progress-fill" style={{ width: `${share}%` }} />
      </div>
      <p className="muted" aria-live="polite">
        {label}
      </p>
    </div>
  )
}
