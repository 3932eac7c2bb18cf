import { fitBands } from '@shared/contract'
import { formatCount } from '../../lib/format'
import { fitBandLabels } from '../fit/fitLabels'
import { useFitSummary } from '../fit/queries'

/** How the whole territory scores right now, one band after another. */
export function FitSummaryLine() {
  const summary = useFitSummary()
  if (!summary.data || summary.data.accounts === 0 || summary.data.qualifiers === 0) return null
  const { bands, accounts } = summary.data
  return (
    <ul className="fit-summary" aria-label="How your accounts score">
      {fitBands
        .filter((band) => band !== 'unscored')
        .map((band) => (
          <li key={band} className={`fit-summary-item fit-band-${band}`}>
            <strong>{formatCount(bands[band])}</strong> {fitBandLabels[band].toLowerCase()}
          </li>
        ))}
      <li className="fit-summary-item muted">of {formatCount(accounts)} accounts</li>
    </ul>
  )
}
