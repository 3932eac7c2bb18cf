import { useCallback, useEffect, useRef, useState } from 'react'

export interface Autosave<T> {
  /** A save is on its way. */
  saving: boolean
  /** Why the last attempt failed; cleared by the next success. */
  failure: unknown
  /** The key of the last value the store accepted. */
  savedKey: string
  /** Call on every change: saves once the rep pauses for `delayMs`. */
  schedule: (value: T) => void
  /** Saves a scheduled value now. */
  flush: () => void
}

/**
 * Saves what the rep types without a Save button: debounced, one save at a time, always the newest
 * value last, and a pending save is sent rather than dropped when the screen closes. `keyOf` tells two
 * values apart (a JSON text is enough for a form).
 */
export function useAutosave<T>(options: { initialKey: string; keyOf: (value: T) => string; save: (value: T) => Promise<unknown>; delayMs?: number }): Autosave<T> {
  const { initialKey, delayMs = 600 } = options
  const [state, setState] = useState<{ saving: boolean; failure: unknown; savedKey: string }>({ saving: false, failure: null, savedKey: initialKey })
  const queued = useRef<{ value: T; key: string } | null>(null)
  const running = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const latest = useRef(options)

  useEffect(() => {
    latest.current = options
  })

  const drain = useCallback(async () => {
    if (running.current) return
    running.current = true
    try {
      for (let job = queued.current; job !== null; job = queued.current) {
        queued.current = null
        setState((current) => ({ ...current, saving: true }))
        try {
          await latest.current.save(job.value)
          const savedKey = job.key
          setState(() => ({ saving: false, failure: null, savedKey }))
        } catch (error) {
          setState((current) => ({ ...current, saving: false, failure: error }))
        }
      }
    } finally {
      running.current = false
    }
  }, [])

  const schedule = useCallback(
    (value: T) => {
      queued.current = { value, key: latest.current.keyOf(value) }
      clearTimeout(timer.current)
      timer.current = setTimeout(() => {
        timer.current = undefined
        void drain()
      }, delayMs)
    },
    [drain, delayMs],
  )

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    void drain()
  }, [drain])

  // Leaving the screen mid-pause still saves what was typed.
  useEffect(
    () => () => {
      if (timer.current !== undefined) {
        clearTimeout(timer.current)
        void drain()
      }
    },
    [drain],
  )

  return { ...state, schedule, flush }
}
