import { importFieldLabels, importFields, type ColumnMapping, type ImportAnalysis, type ImportField } from '@shared/contract/import'
import { sourceLabels } from './importLabels'

interface MappingStepProps {
  analysis: ImportAnalysis
  disabled: boolean
  onChange: (mapping: ColumnMapping) => void
}

/** Each column of the file and the account field it fills; choosing a field already taken moves it here. */
export function MappingStep({ analysis, disabled, onChange }: MappingStepProps) {
  const { headers, mapping, columnSamples } = analysis
  const columnName = (column: number) => (headers[column]?.trim() ? (headers[column] ?? '') : `column ${column + 1}`)
  const restored = new Set(analysis.restoredColumns)
  const mappable = headers.map((_, column) => column).filter((column) => !restored.has(column))
  const leftOut = mappable.filter((column) => mapping[column] === null)

  function choose(column: number, field: ImportField | null) {
    onChange(mapping.map((current, index) => (index === column ? field : field !== null && current === field ? null : current)))
  }

  return (
    <section className="import-step" aria-labelledby="mapping-title">
      <h2 id="mapping-title">Columns</h2>
      <p className="muted">
        {sourceLabels[analysis.source]} Check what each column becomes; choose “Leave out” for columns you do not need.
      </p>
      <div className="table-wrap">
        <table className="data-table mapping-table">
          <thead>
            <tr>
              <th>Column in the file</th>
              <th>Example</th>
              <th>Imports as</th>
            </tr>
          </thead>
          <tbody>
            {mappable.map((column) => (
              <tr key={column}>
                <td>{headers[column]?.trim() ? headers[column] : <span className="muted">Column {column + 1} (no name)</span>}</td>
                <td className="mapping-sample">{columnSamples[column]}</td>
                <td>
                  <select
                    aria-label={`Field for ${columnName(column)}`}
                    value={mapping[column] ?? ''}
                    disabled={disabled}
                    onChange={(event) => choose(column, event.target.value === '' ? null : (event.target.value as ImportField))}
                  >
                    <option value="">Leave out</option>
                    {importFields.map((field) => (
                      <option key={field} value={field}>
                        {importFieldLabels[field]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!mapping.includes('name') && (
        <p className="form-error" role="alert">
          Choose the column that holds the company name: every account needs one.
        </p>
      )}
      {restored.size > 0 && (
        <p className="muted">Also kept as Groundwork wrote them: {[...restored].map(columnName).join(', ')}.</p>
      )}
      {leftOut.length > 0 && (
        <p className="muted">
          Left out: {leftOut.map(columnName).join(', ')}.
        </p>
      )}
    </section>
  )
}
