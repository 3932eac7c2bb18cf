import type { QualifierStatus } from '@shared/domain/qualifiers'
import { QueryError } from '../../components/QueryError'
import { FitQualifierItem } from './FitQualifierItem'
import { fitBandLabels } from './fitLabels'
import { useFitExplanation } from './queries'

const groups: { status: QualifierStatus; title: string }[] = [
  { status: 'not-met', title: 'Missed' },
  { status: 'unknown', title: 'Unknown' },
  { status: 'met', title: 'Met' },
]

/** "Find out: which industry they are in" → "Which industry they are in", as a list item. */
function asListItem(line: string): string {
  const text = line.replace(/^Find out: /, '')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * One account's fit: the score and band, each qualifier as met, missed or unknown with the reason, what
 * to find out on the call, and a control per qualifier for what the rep has learned. Scores everywhere
 * update as soon as the rep changes one.
 */
export function FitExplanation({ accountId }: { accountId: string }) {
  const explanation = useFitExplanation(accountId)

  if (explanation.isPending) return <p className="muted">Working out the fit…</p>
  if (explanation.isError) {
    return <QueryError error={explanation.error} onRetry={() => void explanation.refetch()} retrying={explanation.isFetching} />
  }

  const { fit, qualifiers } = explanation.data
  if (qualifiers.length === 0) {
    return (
      <section className="fit-panel" aria-label="Fit">
        <p className="muted">
          No score yet: describe your ideal prospect first. <a href="#/prospect">Set up qualifiers</a>
        </p>
      </section>
    )
  }

  const mustHaveMissed = qualifiers.filter((q) => q.mustHave && q.status === 'not-met')
  return (
    <section className="fit-panel" aria-label="Fit">
      <header className={`fit-head fit-band-${fit.band}`}>
        <p className="fit-score" aria-label={`Fit score ${fit.score} out of 100`}>
          {fit.score}
        </p>
        <div>
          <p className="fit-band-label">{fitBandLabels[fit.band]}</p>
          <p className="muted fit-counts">
            {fit.met.length} met · {fit.missed.length} missed · {fit.unknown.length} unknown
          </p>
        </div>
      </header>
      {fit.disqualified && (
        <p className="fit-ruled-out" role="status">
          Ruled out: misses the must-have {mustHaveMissed.map((q) => `“${q.name}”`).join(', ')}. Change it below if the record is wrong.
        </p>
      )}

      {fit.toFindOut.length > 0 && (
        <section className="fit-find-out" aria-label="To find out on the call">
          <h3>To find out on the call</h3>
          <ul>
            {fit.toFindOut.map((line) => (
              <li key={line}>{asListItem(line)}</li>
            ))}
          </ul>
        </section>
      )}

      {groups.map((group) => {
        const inGroup = qualifiers.filter((q) => q.status === group.status)
        if (inGroup.length === 0) return null
        return (
          <section key={group.status} className={`fit-group fit-group-${group.status}`} aria-label={group.title}>
            <h3>
              {group.title} <span className="muted">({inGroup.length})</span>
            </h3>
            {inGroup.map((q) => (
              <FitQualifierItem key={q.qualifierId} accountId={accountId} qualifier={q} />
            ))}
          </section>
        )
      })}
    </section>
  )
}
