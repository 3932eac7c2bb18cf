import type { ColumnVisibilityState, Updater } from '@tanstack/react-table'
import { useCallback, useState } from 'react'
import { defaultHiddenColumns } from './universeColumns'

const storageKey = 'groundwork.universe.columns'

function readSaved(): ColumnVisibilityState {
  try {
    const raw = window.localStorage.getItem(storageKey)
    if (!raw) return { ...defaultHiddenColumns }
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return { ...defaultHiddenColumns }
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'))
  } catch {
    return { ...defaultHiddenColumns }
  }
}

/** Which universe columns the rep shows; kept on this machine across restarts. */
export function useColumnVisibility(): [ColumnVisibilityState, (updater: Updater<ColumnVisibilityState>) => void] {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(readSaved)
  const update = useCallback((updater: Updater<ColumnVisibilityState>) => {
    setVisibility((current) => {
      const next = typeof updater === 'function' ? updater(current) : updater
      window.localStorage.setItem(storageKey, JSON.stringify(next))
      return next
    })
  }, [])
  return [visibility, update]
}
