import type { ImportResult } from '@shared/contract/import'
import { formatCount, plural } from '../../lib/format'
import { ImportProgressBar } from './ImportProgressBar'

interface ImportSummaryProps {
  result: ImportResult
  rowCount: number
  onAnother: () => void
}

/** What the finished import did, and where to go next. */
export function ImportSummary({ result, rowCount, onAnother }: ImportSummaryProps) {
  return (
    <section className="import-step import-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Import finished</h2>
      <ImportProgressBar done={rowCount} total={rowCount} label={`All ${formatCount(rowCount)} rows done.`} />
      <ul className="summary-list">
        <li>
          <strong>{formatCount(result.added)}</strong> added
        </li>
        <li>
          <strong>{formatCount(result.updated)}</strong> updated
        </li>
        <li>
          <strong>{formatCount(result.skippedDuplicates + result.skippedWithProblems)}</strong> skipped
          {result.skippedWithProblems > 0 && <span className="muted"> ({plural(result.skippedWithProblems, 'row')} with problems)</span>}
        </li>
      </ul>
      <div className="toolbar">
        <a className="button button-primary" href="#/accounts">
          Open Accounts
        </a>
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </section>
  )
}
