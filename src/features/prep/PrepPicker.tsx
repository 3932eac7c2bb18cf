import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { prepTabHref } from '../checklist/checklistLinks'
import { FitBadge } from '../targets/FitBadge'
import { useTargets } from '../targets/queries'

/** Call prep with no target chosen: the active list, one click from each target's preparation. */
export function PrepPicker() {
  const targets = useTargets()
  if (targets.isError) return <QueryError error={targets.error} onRetry={() => void targets.refetch()} retrying={targets.isFetching} />
  if (targets.isPending) return <p className="muted">Loading your targets…</p>
  if (targets.data.length === 0) {
    return (
      <EmptyState title="Choose a target to prepare" actions={<a className="button button-primary" href="#/targets">Open the target list</a>}>
        <p>Call prep works on one target at a time. Put accounts on your target list first, then prepare each one here.</p>
      </EmptyState>
    )
  }
  return (
    <>
      <header className="screen-header">
        <div>
          <h1>Call prep</h1>
          <p className="screen-lede">Choose a target to get ready for. The call queue puts the ready ones in calling order.</p>
        </div>
      </header>
      <ul className="prep-picker" aria-label="Targets to prepare">
        {targets.data.map((target) => (
          <li key={target.accountId}>
            <a className="prep-picker-link" href={prepTabHref(target.accountId)}>
              <span className="prep-picker-name">{target.name}</span>
              <FitBadge band={target.band} score={target.score} />
              <span className="muted prep-picker-next">{target.nextStep ? `Next: ${target.nextStep}` : 'No next step yet'}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
