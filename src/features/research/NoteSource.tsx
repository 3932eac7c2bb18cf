import { sourceLink } from '@shared/domain/research'

/** Where a note came from: a secure web link opens outside the app; anything else shows as the words typed. */
export function NoteSource({ source }: { source: string | null }) {
  if (source === null) return <span className="muted">No source given</span>
  const href = sourceLink(source)
  if (href === null) return <span>{source}</span>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer external" className="note-source-link" title={`Opens ${href} in your browser`}>
      {source}
    </a>
  )
}
