import { useCallback, useState } from 'react'

const prefix = 'groundwork.draft.'

function read<T>(key: string): Partial<T> | undefined {
  try {
    const raw = window.localStorage.getItem(prefix + key)
    const parsed: unknown = raw ? JSON.parse(raw) : undefined
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Partial<T>) : undefined
  } catch {
    return undefined
  }
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b)

/** The fields of draft the rep changed from base. */
function changesFrom<T extends object>(base: T, draft: T): Partial<T> {
  const changes: Partial<T> = {}
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (!same(draft[key], base[key])) changes[key] = draft[key]
  }
  return changes
}

/**
 * Form state that survives a closed dialog, a reload or a crash: every keystroke is kept locally
 * until the rep saves (clear) or discards it. Only the fields the rep changed are kept, and on the
 * next visit they are laid over the record as it is then, so a kept draft never puts back old values
 * of fields the rep did not touch (an import or another window may have changed them meanwhile).
 */
export function useDraft<T extends object>(key: string, initial: T): { draft: T; restored: boolean; update: (patch: Partial<T>) => void; clear: () => void } {
  const [state, setState] = useState(() => {
    const kept = read<T>(key)
    const draft = kept ? { ...initial, ...kept } : initial
    return { base: initial, draft, restored: Object.keys(changesFrom(initial, draft)).length > 0 }
  })
  const update = useCallback(
    (patch: Partial<T>) => {
      setState((current) => {
        const draft = { ...current.draft, ...patch }
        const changes = changesFrom(current.base, draft)
        try {
          if (Object.keys(changes).length === 0) window.localStorage.removeItem(prefix + key)
          else window.localStorage.setItem(prefix + key, JSON.stringify(changes))
        } catch {
          // A full or blocked storage only loses the crash copy; the form itself keeps what was typed.
        }
        return { ...current, draft }
      })
    },
    [key],
  )
  const clear = useCallback(() => window.localStorage.removeItem(prefix + key), [key])
  return { draft: state.draft, restored: state.restored, update, clear }
}
