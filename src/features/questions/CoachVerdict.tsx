import type { QuestionCoaching } from '@shared/domain/questionCoach'

interface CoachVerdictProps {
  coaching: QuestionCoaching
  /** Offered with a closed question's rewrite; absent, the rewrite is shown without a button. */
  onUseRewrite?: (rewrite: string) => void
  busy?: boolean
  /** In a long list, an open question's reasons stay folded away. */
  quietWhenOpen?: boolean
}

/** The coach's verdict on one question: open or closed, why, and an open rewrite for a closed one. */
export function CoachVerdict({ coaching, onUseRewrite, busy = false, quietWhenOpen = false }: CoachVerdictProps) {
  const { open, reasons, rewrite, stacked } = coaching
  const reasonList = (
    <ul className="coach-reasons">
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  )
  return (
    <div className={open ? 'coach coach-open' : 'coach coach-closed'}>
      <p className="coach-verdict">
        <span className="coach-badge">{open ? 'Open ✓' : 'Closed ✗'}</span>
        <span className="visually-hidden"> question.</span>
        {stacked && <span className="coach-badge coach-badge-warn">Asks several things at once</span>}
      </p>
      {open && quietWhenOpen ? (
        <details className="coach-details">
          <summary>Why it works</summary>
          {reasonList}
        </details>
      ) : (
        reasonList
      )}
      {rewrite && (
        <div className="coach-rewrite">
          <span className="muted">Try instead:</span> <q className="coach-rewrite-text">{rewrite}</q>
          {onUseRewrite && (
            <button type="button" className="button button-small" disabled={busy} onClick={() => onUseRewrite(rewrite)}>
              Use this rewrite
            </button>
          )}
        </div>
      )}
    </div>
  )
}
