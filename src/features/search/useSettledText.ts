import { useEffect, useState } from 'react'

/** The text once the rep has paused typing for `delay` ms, so a burst of keys sends one search. */
export function useSettledText(text: string, delay: number): string {
  const [settled, setSettled] = useState(text)
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), delay)
    return () => window.clearTimeout(timer)
  }, [text, delay])
  return settled
}
