import { useToast } from '../../components/Toaster'
import { plural } from '../../lib/format'
import { downloadTextFile } from './downloadTextFile'
import { useExport, type ExportKind } from './queries'

const nouns: Record<ExportKind, string> = { accounts: 'account', contacts: 'contact' }

/** Everything out again as CSV, safe to open in a spreadsheet and to import back without loss. */
export function ExportPanel() {
  const exporter = useExport()
  const toast = useToast()

  async function onExport(kind: ExportKind) {
    try {
      const file = await exporter.mutateAsync(kind)
      downloadTextFile(file.fileName, file.text)
      toast({ message: `Saved ${file.fileName} with ${plural(file.rowCount, nouns[kind])}.` })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : `Could not export the ${kind}.` })
    }
  }

  return (
    <section className="import-step export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">
        CSV files that open safely in a spreadsheet and import back into Groundwork unchanged, for a backup or another computer. Import
        the accounts file before the contacts file.
      </p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void onExport('accounts')} disabled={exporter.isPending}>
          Export accounts (CSV)
        </button>
        <button type="button" className="button" onClick={() => void onExport('contacts')} disabled={exporter.isPending}>
          Export contacts (CSV)
        </button>
      </div>
    </section>
  )
}
