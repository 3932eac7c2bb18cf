import { useCallback, useState } from 'react'

const prefix = 'groundwork.draft.'

function read<T>(key: string): T | undefined {
  try {
    const raw = window.localStorage.getItem(prefix + key)
    return raw ? (JSON.parse(raw) as T) : undefined
  } catch {
    return undefined
  }
}

/**
 * Form state that survives a closed dialog, a reload or a crash: every keystroke is kept locally
 * until the rep saves (clear) or discards it.
 */
export function useDraft<T extends object>(key: string, initial: T): { draft: T; restored: boolean; update: (patch: Partial<T>) => void; clear: () => void } {
  const [state, setState] = useState(() => {
    const saved = read<T>(key)
    return { draft: saved ? { ...initial, ...saved } : initial, restored: Boolean(saved) }
  })
  const update = useCallback(
    (patch: Partial<T>) => {
      setState((current) => {
        const draft = { ...current.draft, ...patch }
        window.localStorage.setItem(prefix + key, JSON.stringify(draft))
        return { ...current, draft }
      })
    },
    [key],
  )
  const clear = useCallback(() => window.localStorage.removeItem(prefix + key), [key])
  return { draft: state.draft, restored: state.restored, update, clear }
}
