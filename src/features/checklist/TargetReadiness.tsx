import { Popover } from 'radix-ui'
import { prepTabHref } from './checklistLinks'
import { ReadyBadge } from './ReadyBadge'
import { useReadinessOf } from './queries'

/** The target list's Ready / Not ready cell: what is missing opens beside it, with a way to the checklist. */
export function TargetReadiness({ accountId, name }: { accountId: string; name: string }) {
  const readiness = useReadinessOf(accountId)
  if (!readiness) return <span className="muted">…</span>
  if (readiness.ready) return <ReadyBadge ready />
  const count = readiness.missing.length
  return (
    <Popover.Root>
      <Popover.Trigger className="readiness-trigger" aria-label={`Not ready: ${count} ${count === 1 ? 'thing' : 'things'} missing for ${name}`}>
        <ReadyBadge ready={false} />
        <span className="readiness-count">{count} to do</span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="readiness-popover" sideOffset={6} align="start">
          <p className="readiness-popover-title">Before you call {name}:</p>
          <ul className="readiness-missing" aria-label={`Missing for ${name}`}>
            {readiness.missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <a className="button button-small" href={prepTabHref(accountId, 'checklist')}>
            Open the checklist
          </a>
          <Popover.Arrow className="readiness-popover-arrow" />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
