import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react'
import { useImportFlow, type ImportFlow } from './useImportFlow'

interface ImportFlowContext {
  flow: ImportFlow
  /** Marks the import screen open until the returned function runs; the flow announces its end only when none is. */
  watch: () => () => void
}

const Context = createContext<ImportFlowContext | null>(null)

function isImportAddress(url: string): boolean {
  return /^#\/?import(\/|$)/.test(new URL(url).hash)
}

/**
 * Keeps the import above the screens: a rep who looks at another screen mid-review or mid-run comes back
 * to the same mapping, duplicate choices and progress, and hears when an import finishes elsewhere. A
 * finished import the rep has seen is let go when they leave the screen, so it starts afresh next time.
 */
export function ImportFlowProvider({ children }: { children: ReactNode }) {
  const watchersRef = useRef(0)
  const flow = useImportFlow({ announce: () => watchersRef.current === 0 })
  const { leaveScreen } = flow
  useEffect(() => {
    function onHashChange(event: HashChangeEvent) {
      if (isImportAddress(event.oldURL) && !isImportAddress(event.newURL)) leaveScreen()
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [leaveScreen])
  const watch = useCallback(() => {
    watchersRef.current += 1
    return () => {
      watchersRef.current -= 1
    }
  }, [])
  // flow is a new object on every render of the provider, so the value is not memoised.
  return <Context.Provider value={{ flow, watch }}>{children}</Context.Provider>
}

function useImportContext(): ImportFlowContext {
  const context = useContext(Context)
  if (context === null) throw new Error('The import flow is used outside ImportFlowProvider.')
  return context
}

/** The import screen's view of the flow. While it is open, the flow does not announce its end elsewhere. */
export function useImportScreenFlow(): ImportFlow {
  const { flow, watch } = useImportContext()
  useEffect(watch, [watch])
  return flow
}

/** A word for the navigation: what the import is doing while the rep is on another screen. */
export function useImportActivity(): string | null {
  const { flow } = useImportContext()
  if (flow.stage === 'running') {
    const done = flow.progress?.done ?? 0
    const total = flow.progress?.total ?? flow.analysis?.rowCount ?? 0
    return total > 0 ? `Importing… ${Math.floor((done / total) * 100)}%` : 'Importing…'
  }
  if (flow.stage === 'review') return 'A file is waiting for review'
  return null
}
