import { useCallback, useEffect, useRef, useState } from 'react'

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed'

/**
 * Saves what the rep types a moment after they stop, at once when they leave the field, and before
 * the component goes away, so an edit is never dropped. `save` resolves false when nothing was sent
 * (e.g. the text does not pass the form's check).
 */
export function useAutosave<T>(save: (value: T) => Promise<boolean>, delayMs = 600) {
  const [state, setState] = useState<SaveState>('idle')
  const pending = useRef<{ value: T } | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const saveRef = useRef(save)

  useEffect(() => {
    saveRef.current = save
  }, [save])

  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    const next = pending.current
    if (next === null) return
    pending.current = null
    setState('saving')
    saveRef.current(next.value).then(
      (sent) => setState(sent ? 'saved' : 'failed'),
      () => setState('failed'),
    )
  }, [])

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value }
      setState('pending')
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(flush, delayMs)
    },
    [delayMs, flush],
  )

  useEffect(() => flush, [flush])

  return { state, schedule, flush }
}
