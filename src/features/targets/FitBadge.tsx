import type { UniverseBand } from '@shared/contract/targets'
import { bandLabels } from './labels'

/** An account's fit at a glance: the band in words (colour is only a second cue) and the score. */
export function FitBadge({ band, score }: { band: UniverseBand; score: number }) {
  return (
    <span className={`fit-badge fit-badge-${band}`}>
      {bandLabels[band]}
      {band !== 'unscored' && band !== 'no-fit' && <span className="fit-badge-score"> {score}</span>}
    </span>
  )
}
