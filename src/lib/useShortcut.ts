import { useEffect, useRef } from 'react'

/** True while a dialog (or a drawer built as one) is open: a screen's shortcuts must not act behind it. */
export function dialogIsOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null
}

/**
 * Ctrl+key (Cmd+key on a Mac) for a screen-wide action, e.g. Ctrl+N for "New". Ignored while a dialog
 * is open, so a shortcut never replaces or hides what the rep is in the middle of.
 */
export function useShortcut(key: string, onShortcut: () => void): void {
  const latest = useRef(onShortcut)
  useEffect(() => {
    latest.current = onShortcut
  })
  useEffect(() => {
    const wanted = key.toLowerCase()
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if (event.key.toLowerCase() !== wanted || dialogIsOpen()) return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [key])
}
