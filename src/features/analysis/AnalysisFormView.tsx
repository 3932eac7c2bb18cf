import type { AnalysisFields, AnalysisTextField } from '@shared/contract/messages'
import { analysisFieldTexts, analysisSections, assumptionFields, fitVerdictLabels } from './analysisLabels'

interface AnalysisFormViewProps {
  fields: AnalysisFields
  className?: string
}

function Entry({ field, fields }: { field: AnalysisTextField; fields: AnalysisFields }) {
  const value = fields[field].trim()
  return (
    <div className="analysis-view-entry">
      <dt>{analysisFieldTexts[field].label}</dt>
      <dd className={value ? undefined : 'muted'}>{value || 'Nothing noted'}</dd>
    </div>
  )
}

/** The form as text: for reading an earlier call's version, and for the printed call sheet. */
export function AnalysisFormView({ fields, className }: AnalysisFormViewProps) {
  return (
    <div className={`analysis-view ${className ?? ''}`}>
      {analysisSections.map((section) => (
        <section key={section.title} className="analysis-view-section">
          <h3>{section.title}</h3>
          <dl>
            {section.fields.map((field) => (
              <Entry key={field} field={field} fields={fields} />
            ))}
          </dl>
        </section>
      ))}
      <section className="analysis-view-section">
        <h3>Fit</h3>
        <dl>
          <div className="analysis-view-entry">
            <dt>Verdict</dt>
            <dd>{fitVerdictLabels[fields.verdict]}</dd>
          </div>
          <Entry field="verdictReason" fields={fields} />
        </dl>
      </section>
      <section className="analysis-view-section">
        <h3>Your assumptions</h3>
        <dl>
          {assumptionFields.map((field) => (
            <Entry key={field} field={field} fields={fields} />
          ))}
        </dl>
      </section>
    </div>
  )
}
