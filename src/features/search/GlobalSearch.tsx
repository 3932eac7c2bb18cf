import { useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import type { SearchHit } from '@shared/contract/research'
import { useShortcut } from '../../lib/useShortcut'
import { groupHits, hitAddress } from './groupHits'
import { isSearchable, useSearch } from './queries'
import { SearchResults } from './SearchResults'
import { useDebouncedValue } from '../../lib/useDebouncedValue'

/** One box that finds accounts, people and research notes. Ctrl+K focuses it from anywhere. */
export function GlobalSearch() {
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const [place, setPlace] = useState<CSSProperties>({})
  const input = useRef<HTMLInputElement>(null)
  const settled = useDebouncedValue(text, 120)
  const results = useSearch(settled)
  const ids = useId()
  const listId = `${ids}-results`
  const { groups, ordered } = groupHits(results.data ?? [])
  const showing = open && isSearchable(text)
  const waiting = settled.trim() !== text.trim() || results.isPlaceholderData || (results.isFetching && ordered.length === 0)
  const activeHit = showing ? ordered[active] : undefined

  useShortcut('k', () => {
    input.current?.focus()
    input.current?.select()
    setOpen(true)
  })

  // The list floats beside the narrow sidebar, which would otherwise clip it.
  useLayoutEffect(() => {
    if (!showing) return
    function measure() {
      const box = input.current?.getBoundingClientRect()
      if (box) setPlace({ top: box.bottom + 4, left: box.left })
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [showing])

  function openHit(hit: SearchHit | undefined) {
    if (!hit) return
    setOpen(false)
    input.current?.blur()
    // A fragment-only address: the app moves to that screen without reloading.
    window.location.assign(hitAddress(hit))
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = ordered.length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      if (count > 0) setActive((current) => (event.key === 'ArrowDown' ? (current + 1) % count : (current - 1 + count) % count))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      // Results still showing for what was typed before would open the wrong thing.
      if (!waiting) openHit(ordered[Math.min(active, count - 1)])
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (showing) setOpen(false)
      else {
        setText('')
        input.current?.blur()
      }
    }
  }

  const optionId = (hit: SearchHit) => `${ids}-${hit.kind}-${hit.id}`

  return (
    <div className="global-search" role="search">
      <label htmlFor={`${ids}-input`} className="visually-hidden">
        Search accounts, people and notes
      </label>
      <input
        ref={input}
        id={`${ids}-input`}
        type="search"
        className="global-search-input"
        placeholder="Search (Ctrl+K)"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        role="combobox"
        aria-expanded={showing}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? optionId(activeHit) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setActive(0)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showing &&
        createPortal(
          <SearchResults
            id={listId}
            groups={groups}
            active={activeHit}
            waiting={waiting}
            error={results.isError ? results.error.message : null}
            typed={text}
            style={place}
            optionId={optionId}
            onHover={(hit) => setActive(ordered.indexOf(hit))}
            onOpen={openHit}
          />,
          document.body,
        )}
    </div>
  )
}
