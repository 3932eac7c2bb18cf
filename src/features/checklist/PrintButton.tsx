import { useState } from 'react'
import { useToast } from '../../components/Toaster'
import { call } from '../../lib/client'
import { useShortcut } from '../../lib/useShortcut'

/**
 * Prints the page. In the desktop app (the preload is there) it saves a PDF through the main process;
 * in the browser, or if that fails, the browser's own print dialog opens. Ctrl/Cmd+P does the same,
 * unless a dialog is open.
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

  useShortcut('p', () => {
    if (!busy) void print()
  })

  return (
    <button type="button" className="button button-primary" onClick={() => void print()} disabled={busy} title="Ctrl+P">
      {desktop ? 'Save as PDF' : 'Print'}
    </button>
  )
}
