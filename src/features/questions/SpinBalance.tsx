import { questionPurposes, type CallPlan } from '@shared/contract/questions'
import { plural } from '../../lib/format'
import { purposeLabels } from './purposeLabels'

/** How the plan spreads over the kinds of question, and what the coach would add or change. */
export function SpinBalance({ coaching }: { coaching: CallPlan['coaching'] }) {
  const total = questionPurposes.reduce((sum, purpose) => sum + coaching.counts[purpose], 0)
  return (
    <section className="spin-balance" aria-labelledby="spin-balance-title">
      <h3 id="spin-balance-title">Balance of the plan</h3>
      {total > 0 && (
        <div className="spin-bar" aria-hidden>
          {questionPurposes
            .filter((purpose) => coaching.counts[purpose] > 0)
            .map((purpose) => (
              <span key={purpose} className={`spin-segment purpose-${purpose}`} style={{ flexGrow: coaching.counts[purpose] }} title={purposeLabels[purpose].label} />
            ))}
        </div>
      )}
      <ul className="spin-counts" aria-label="Questions per purpose">
        {questionPurposes.map((purpose) => (
          <li key={purpose} className={coaching.counts[purpose] === 0 ? 'spin-count spin-count-none' : 'spin-count'}>
            <span className={`spin-dot purpose-${purpose}`} aria-hidden />
            {purposeLabels[purpose].label} <strong>{coaching.counts[purpose]}</strong>
          </li>
        ))}
      </ul>
      <p className="muted">
        {plural(coaching.openCount, 'open question')}, {plural(coaching.closedCount, 'closed question')}
      </p>
      {coaching.hints.length > 0 && (
        <ul className="spin-hints" aria-label="Coach’s hints" aria-live="polite">
          {coaching.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
