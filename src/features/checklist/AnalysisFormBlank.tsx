import type { AnalysisTextField } from '@shared/contract/messages'
import { analysisFieldTexts } from '../analysis/analysisLabels'

/** The form's headings in the order of a call, with room to write by hand. */
const order: (AnalysisTextField | 'verdict')[] = [
  'currentSituation',
  'currentSolution',
  'needs',
  'decisionMakers',
  'decisionProcess',
  'timeline',
  'budget',
  'competitors',
  'objections',
  'verdict',
  'assumptionsHeld',
  'assumptionsWrong',
]

function headingOf(field: AnalysisTextField | 'verdict'): string {
  return field === 'verdict' ? 'Fit verdict (fit / possible / no fit) and why' : analysisFieldTexts[field].label
}

export function AnalysisFormBlank() {
  return (
    <div className="sheet-form-grid">
      {order.map((field) => (
        <div key={field} className="sheet-form-box">
          <h3>{headingOf(field)}</h3>
          <div className="sheet-form-space" aria-hidden="true" />
        </div>
      ))}
    </div>
  )
}
