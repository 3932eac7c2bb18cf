import type { CallQueueEntry } from '@shared/contract/checklist'
import { readinessRules } from '@shared/domain/checklist'
import { localIsoDate } from '@shared/domain/research'
import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { roleInWords } from '../contacts/contactLabels'
import { FitBadge } from '../targets/FitBadge'
import { prepTabHref } from './checklistLinks'
import { DayDate } from './DayDate'
import { useCallQueue } from './queries'

/** The targets ready to call, the one to call next on top, each with its opener at hand. */
export function CallQueueScreen() {
  const queue = useCallQueue()
  const entries = queue.data ?? []

  return (
    <div className="screen">
      <header className="screen-header">
        <div>
          <h1>Call queue</h1>
          <p className="screen-lede">Targets that are ready to call. Agreed next steps that are due come first, then the best fit.</p>
        </div>
        <div className="toolbar">
          <a className="button" href="#/targets">
            Target list
          </a>
        </div>
      </header>

      {queue.isPending && <p className="muted">Loading the call queue…</p>}
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} retrying={queue.isFetching} />}

      {queue.isSuccess && entries.length === 0 && (
        <EmptyState
          title="No target is ready to call yet"
          actions={
            <a className="button button-primary" href="#/targets">
              Open the target list
            </a>
          }
        >
          <p>A target joins the queue once its pre-call checklist is complete:</p>
          <ul className="queue-rules">
            {readinessRules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
          <p>The target list shows what each target still needs; the Checklist tab of call prep takes you to it.</p>
        </EmptyState>
      )}

      {entries.length > 0 && (
        <ol className="call-queue" aria-label="Call queue">
          {entries.map((entry) => (
            <QueueEntry key={entry.accountId} entry={entry} />
          ))}
        </ol>
      )}
    </div>
  )
}

function QueueEntry({ entry }: { entry: CallQueueEntry }) {
  return (
    <li className="queue-entry">
      <div className="queue-entry-head">
        <h2 className="queue-entry-name">
          <a href={prepTabHref(entry.accountId)}>{entry.name}</a>
        </h2>
        <FitBadge band={entry.band} score={entry.score} />
        {entry.industry && <span className="muted">{entry.industry}</span>}
        <span className="toolbar queue-entry-actions">
          <a className="button button-primary button-small" href={`#/sheet/${entry.accountId}`}>
            Call sheet<span className="visually-hidden"> for {entry.name}</span>
          </a>
          <a className="button button-small" href={prepTabHref(entry.accountId, 'checklist')}>
            Prep<span className="visually-hidden"> {entry.name}</span>
          </a>
        </span>
      </div>
      {entry.nextStep && (
        <p className={entry.due ? 'queue-next-step queue-next-step-due' : 'queue-next-step'}>
          <strong>{entry.due ? (entry.nextStepDue !== null && entry.nextStepDue < localIsoDate(new Date()) ? 'Overdue' : 'Due today') : 'Next step'}:</strong>{' '}
          {entry.nextStep}
          {entry.nextStepDue && (
            <span className="muted">
              {' '}
              (by <DayDate iso={entry.nextStepDue} />)
            </span>
          )}
        </p>
      )}
      <ul className="queue-people" aria-label={`Who to ask for at ${entry.name}`}>
        {entry.decisionMakers.map((person) => (
          <li key={person.id}>
            <strong>{person.name}</strong>
            {person.title && <span className="muted">, {person.title}</span>}{' '}
            <span className="muted">({roleInWords({ decisionRole: 'decision-maker', roleConfirmed: person.roleConfirmed })})</span>
            {person.phone && (
              <>
                {' '}
                · <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      <figure className="queue-opener">
        <figcaption className="muted">Opener</figcaption>
        <blockquote>{entry.opener}</blockquote>
      </figure>
    </li>
  )
}
