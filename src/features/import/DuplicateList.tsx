import { duplicateChoices, type DuplicateChoice, type ImportAnalysis } from '@shared/contract/import'
import { useState } from 'react'
import { formatCount, plural } from '../../lib/format'
import { choiceHints, choiceLabels, matchLabels } from './importLabels'

interface DuplicateListProps {
  analysis: ImportAnalysis
  defaultChoice: DuplicateChoice
  rowChoices: ReadonlyMap<number, DuplicateChoice>
  disabled: boolean
  onDefaultChange: (choice: DuplicateChoice) => void
  onRowChange: (row: number, choice: DuplicateChoice | null) => void
}

const shownAtFirst = 100

/** Rows that match a company already known, with one choice for all and an override per row. */
export function DuplicateList({ analysis, defaultChoice, rowChoices, disabled, onDefaultChange, onRowChange }: DuplicateListProps) {
  const [showAll, setShowAll] = useState(false)
  if (analysis.duplicateCount === 0) return null
  const shown = showAll ? analysis.duplicates : analysis.duplicates.slice(0, shownAtFirst)
  const unlisted = analysis.duplicateCount - analysis.duplicates.length

  return (
    <section className="import-step" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">Possible duplicates</h2>
      <p>
        {plural(analysis.duplicateCount, 'row')} {analysis.duplicateCount === 1 ? 'matches' : 'match'} a company you already have or an earlier row of
        this file.
      </p>
      <fieldset className="choice-group" disabled={disabled}>
        <legend>For every duplicate</legend>
        {duplicateChoices.map((choice) => (
          <label key={choice} className="choice">
            <input type="radio" name="duplicate-default" value={choice} checked={defaultChoice === choice} onChange={() => onDefaultChange(choice)} />
            <span>
              <strong>{choiceLabels[choice]}</strong> <span className="muted">{choiceHints[choice]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="table-wrap">
        <table className="data-table duplicate-table">
          <thead>
            <tr>
              <th>Row</th>
              <th>In the file</th>
              <th>Matches</th>
              <th>Choice</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((duplicate) => (
              <tr key={duplicate.row}>
                <td className="muted">{duplicate.row}</td>
                <td>{duplicate.name}</td>
                <td>
                  {duplicate.existingName}{' '}
                  <span className="muted">
                    ({duplicate.earlierRow === null ? matchLabels[duplicate.by] : `row ${duplicate.earlierRow} of this file, ${matchLabels[duplicate.by]}`})
                  </span>
                </td>
                <td>
                  <select
                    aria-label={`Choice for row ${duplicate.row}`}
                    value={rowChoices.get(duplicate.row) ?? ''}
                    disabled={disabled}
                    onChange={(event) => onRowChange(duplicate.row, event.target.value === '' ? null : (event.target.value as DuplicateChoice))}
                  >
                    <option value="">As above ({choiceLabels[defaultChoice].toLowerCase()})</option>
                    {duplicateChoices.map((choice) => (
                      <option key={choice} value={choice}>
                        {choiceLabels[choice]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!showAll && analysis.duplicates.length > shownAtFirst && (
        <button type="button" className="button button-small" onClick={() => setShowAll(true)}>
          Show all {formatCount(analysis.duplicates.length)}
        </button>
      )}
      {unlisted > 0 && <p className="muted">{plural(unlisted, 'more row')} follow the choice for every duplicate.</p>}
    </section>
  )
}
