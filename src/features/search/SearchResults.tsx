import type { CSSProperties } from 'react'
import type { SearchHit } from '@shared/contract/research'
import { researchNoteKindLabels } from '@shared/domain/research'
import type { HitGroup } from './groupHits'
import { Highlighted } from './Highlighted'

interface SearchResultsProps {
  id: string
  groups: readonly HitGroup[]
  active: SearchHit | undefined
  /** The results on screen are for what was typed a moment ago. */
  waiting: boolean
  error: string | null
  typed: string
  style: CSSProperties
  optionId: (hit: SearchHit) => string
  onHover: (hit: SearchHit) => void
  onOpen: (hit: SearchHit) => void
}

function hitContext(hit: SearchHit): string {
  if (hit.kind === 'contact') return `at ${hit.accountName}`
  if (hit.kind === 'note') return hit.noteKind ? researchNoteKindLabels[hit.noteKind] : 'Note'
  return ''
}

/** The search box's list: grouped by kind in rank order, matched words marked. */
export function SearchResults({ id, groups, active, waiting, error, typed, style, optionId, onHover, onOpen }: SearchResultsProps) {
  const empty = groups.length === 0
  return (
    // Pressing on a result must not blur the box first, or the list would close before the click lands.
    <div
      className={waiting ? 'global-search-results global-search-results-waiting' : 'global-search-results'}
      style={style}
      id={id}
      role="listbox"
      aria-label="Search results"
      aria-busy={waiting}
      onMouseDown={(event) => event.preventDefault()}
    >
      {error !== null && (
        <p className="global-search-message" role="alert">
          {error}
        </p>
      )}
      {error === null && empty && <p className="global-search-message">{waiting ? 'Searching…' : `Nothing matches “${typed.trim()}”.`}</p>}
      {groups.map((group) => (
        <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="global-search-group">
          <p id={`${id}-${group.kind}`} className="global-search-group-title">
            {group.title}
          </p>
          {group.hits.map((hit) => {
            const context = hitContext(hit)
            return (
              <div
                key={optionId(hit)}
                id={optionId(hit)}
                role="option"
                aria-selected={hit === active}
                className={hit === active ? 'global-search-hit global-search-hit-active' : 'global-search-hit'}
                onMouseEnter={() => onHover(hit)}
                onClick={() => onOpen(hit)}
              >
                <span className="global-search-hit-title">
                  <Highlighted text={hit.title} ranges={hit.titleRanges} />
                  {context && <span className="global-search-hit-context"> {context}</span>}
                </span>
                {hit.snippet && (
                  <span className="global-search-hit-snippet">
                    <Highlighted text={hit.snippet} ranges={hit.snippetRanges} />
                  </span>
                )}
              </div>
            )
          })}
        </div>
      ))}
    </div>
  )
}
