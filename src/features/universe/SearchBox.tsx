import { useRef } from 'react'
import { useShortcut } from '../../lib/useShortcut'

interface SearchBoxProps {
  /** The accessible name, e.g. "Search the universe". */
  label: string
  /** What can be searched; the shortcut is added to it. */
  placeholder: string
  value: string
  onChange: (text: string) => void
  className: string
}

/** A screen's search field: Ctrl+F (Cmd+F) jumps to it, Escape clears it. */
export function SearchBox({ label, placeholder, value, onChange, className }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null)
  useShortcut('f', () => {
    input.current?.focus()
    input.current?.select()
  })

  return (
    <input
      ref={input}
      type="search"
      className={className}
      placeholder={`${placeholder} (Ctrl+F)`}
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        // Only a search with text in it takes Escape; an empty one lets it close whatever is open.
        if (event.key === 'Escape' && value !== '') {
          event.preventDefault()
          onChange('')
        }
      }}
    />
  )
}
