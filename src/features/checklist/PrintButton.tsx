import { useEffect, useRef, useState } from 'react'
import { useToast } from '../../components/Toaster'
import { call } from '../../lib/client'

/**
 * Prints the page. In the desktop app (the preload is there) it saves a PDF through the main process;
 * in the browser, or if that fails, the browser's own print dialog opens. Ctrl/Cmd+P does the same.
 */
export function PrintButton() {
  const toast = useToast()
  const [busy, setBusy] = useState(false)
  const desktop = typeof window !== 'undefined' && window.groundwork !== undefined

  async function print() {
    if (!window.groundwork) {
      window.print()
      return
    }
    setBusy(true)
    try {
      const saved = await call('app.printToPdf', {})
      if (saved.path !== null) toast({ message: `Saved the call sheet to ${saved.path}` })
    } catch {
      window.print()
    } finally {
      setBusy(false)
    }
  }

  const printRef = useRef(print)
  useEffect(() => {
    printRef.current = print
  })
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault()
        void printRef.current()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <button type="button" className="button button-primary" onClick={() => void print()} disabled={busy} title="Ctrl+P">
      {desktop ? 'Save as PDF' : 'Print'}
    </button>
  )
}
