import type { ImportAnalysis } from '@shared/contract/import'
import { formatCount } from '../../lib/format'

/** The first rows as they will be imported, field by field. */
export function PreviewTable({ analysis }: { analysis: ImportAnalysis }) {
  const columns = analysis.previewColumns
  return (
    <section className="import-step" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <p className="muted">
        The first {formatCount(analysis.preview.length)} of {formatCount(analysis.rowCount)} rows, as they will be imported.
      </p>
      <div className="table-wrap preview-wrap">
        <table className="data-table preview-table">
          <thead>
            <tr>
              <th>Row</th>
              {columns.map((column) => (
                <th key={column.key}>{column.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {analysis.preview.map((row) => (
              <tr key={row.row}>
                <td className="muted">{row.row}</td>
                {columns.map((column) => {
                  const value = row.values[column.key]
                  return <td key={column.key}>{typeof value === 'number' ? value.toLocaleString() : (value ?? '')}</td>
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
