import type { DoNotContactEvent } from '@shared/contract/contacts'
import { formatDate } from '../../lib/format'

/** Every time a do-not-contact flag at this account was set or lifted, so the history stays visible. */
export function DoNotContactRecord({ events }: { events: DoNotContactEvent[] }) {
  if (events.length === 0) return null
  return (
    <details className="dnc-record">
      <summary>Do-not-contact record ({events.length})</summary>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <span className="muted">{formatDate(event.at)}</span> {event.contactName ?? 'The company'}{' '}
            {event.action === 'marked' ? 'marked do not contact' : 'cleared to contact again'}
            {event.reason ? `: ${event.reason}` : ''}
          </li>
        ))}
      </ul>
    </details>
  )
}
