import type { ImportAnalysis } from '@shared/contract/import'
import { formatCount, plural } from '../../lib/format'

/** Row problems, with the row numbers a spreadsheet shows (the header is row 1). */
export function ProblemList({ analysis }: { analysis: ImportAnalysis }) {
  if (analysis.problemCount === 0) return null
  const errors = analysis.problems.filter((problem) => problem.severity === 'error')
  const warnings = analysis.problems.filter((problem) => problem.severity === 'warning')
  const unlisted = analysis.problemCount - analysis.problems.length
  return (
    <section className="import-step" aria-labelledby="problems-title">
      <h2 id="problems-title">Problems</h2>
      {analysis.rowsWithErrors > 0 && (
        <p>
          {plural(analysis.rowsWithErrors, 'row')} cannot be imported as {analysis.rowsWithErrors === 1 ? 'it is' : 'they are'}. Fix them in the
          file and choose it again, or import the other rows without them.
        </p>
      )}
      <ul className="problem-list" aria-label="Rows with problems">
        {errors.map((problem, index) => (
          <li key={`e${index}`} className="problem problem-error">
            <span className="problem-row">Row {problem.row}</span> {problem.message}
          </li>
        ))}
        {warnings.map((problem, index) => (
          <li key={`w${index}`} className="problem problem-warning">
            <span className="problem-row">Row {problem.row}</span> {problem.message} <span className="muted">(imported anyway)</span>
          </li>
        ))}
      </ul>
      {unlisted > 0 && <p className="muted">…and {formatCount(unlisted)} more.</p>}
    </section>
  )
}
