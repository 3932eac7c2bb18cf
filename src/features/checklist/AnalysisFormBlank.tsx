import type { AnalysisTextField } from '@shared/contract/messages'
import { analysisFieldTexts, analysisSections, assumptionFields } from '../analysis/analysisLabels'

/** The form's headings in the order of the on-screen form, with room to write by hand. */
const order: (AnalysisTextField | 'verdict')[] = [...analysisSections.flatMap((section) => section.fields), 'verdict', ...assumptionFields]

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
