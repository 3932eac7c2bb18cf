import { useEffect, useRef, useState } from 'react'

/** What decides "changed": plain data is compared by its JSON text, so a rebuilt but equal object is no change. */
function changeKey(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : value
}

/**
 * The value once it has stopped changing for `delay` ms: typing in a search box sends one query, not
 * ten. Objects (e.g. a rule rebuilt on every keystroke) count as changed only when their content does.
 */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  const latest = useRef(value)
  useEffect(() => {
    latest.current = value
  })
  const key = changeKey(value)
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(latest.current), delay)
    return () => window.clearTimeout(timer)
  }, [key, delay])
  return settled
}
