import { QueryError } from '../../components/QueryError'
import { formatCount, formatDate } from '../../lib/format'
import { useImportHistory } from './queries'

const sourceNames = { hubspot: 'HubSpot', salesforce: 'Salesforce', groundwork: 'Groundwork', csv: 'CSV' } as const

/** Past imports, newest first: what came in, from where, and what it changed. */
export function ImportHistory() {
  const history = useImportHistory()
  return (
    <section className="import-step" aria-labelledby="history-title">
      <h2 id="history-title">Past imports</h2>
      {history.isPending && <p className="muted">Loading past imports…</p>}
      {history.isError && <QueryError error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />}
      {history.data?.length === 0 && <p className="muted">Nothing imported yet. Each file you import is listed here with what it added and changed.</p>}
      {history.data && history.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th>When</th>
                <th>File</th>
                <th>From</th>
                <th>Added</th>
                <th>Updated</th>
                <th>Skipped</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((batch) => (
                <tr key={batch.id}>
                  <td>{formatDate(batch.createdAt)}</td>
                  <td>{batch.fileName ?? <span className="muted">Pasted rows</span>}</td>
                  <td>{sourceNames[batch.source]}</td>
                  <td>{formatCount(batch.added)}</td>
                  <td>{formatCount(batch.updated)}</td>
                  <td>{formatCount(batch.skipped)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
