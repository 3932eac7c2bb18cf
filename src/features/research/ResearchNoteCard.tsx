import type { ResearchNote } from '@shared/contract/research'
import { ageInDays, isStale } from '@shared/domain/toVerify'
import { formatDate } from '../../lib/format'
import { NoteSource } from './NoteSource'

interface ResearchNoteCardProps {
  note: ResearchNote
  today: string
  staleAfterDays: number
  /** The person the note is about, when there is one. */
  aboutName: string | null
  onEdit: () => void
  onDelete: () => void
}

function daysAgo(days: number): string {
  return days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`
}

export function ResearchNoteCard({ note, today, staleAfterDays, aboutName, onEdit, onDelete }: ResearchNoteCardProps) {
  const stale = note.kind === 'fact' && isStale(note.observedOn, today, staleAfterDays)
  const age = ageInDays(note.observedOn, today)
  return (
    <li className={stale ? 'note-card note-card-stale' : 'note-card'}>
      <p className="note-text">{note.text}</p>
      <dl className="note-meta">
        <div>
          <dt>Source</dt>
          <dd>
            <NoteSource source={note.source} />
          </dd>
        </div>
        <div>
          <dt>Observed</dt>
          <dd>
            <time dateTime={note.observedOn}>{formatDate(`${note.observedOn}T12:00:00`)}</time>
            {age !== undefined && !stale && <span className="muted"> ({daysAgo(age)})</span>}
          </dd>
        </div>
        {aboutName && (
          <div>
            <dt>About</dt>
            <dd>{aboutName}</dd>
          </div>
        )}
      </dl>
      {stale && (
        <p className="stale-badge" role="note">
          stale — observed {age === undefined ? 'on an unreadable date' : daysAgo(age)}. Check it on the call.
        </p>
      )}
      <div className="note-actions">
        <button type="button" className="button button-small" onClick={onEdit}>
          Edit<span className="visually-hidden"> note: {note.text.slice(0, 60)}</span>
        </button>
        <button type="button" className="button button-small button-danger" onClick={onDelete}>
          Delete<span className="visually-hidden"> note: {note.text.slice(0, 60)}</span>
        </button>
      </div>
    </li>
  )
}
