import type { Coverage } from '@shared/contract'
import { formatCount } from '../../lib/format'

/** How many accounts meet, miss or leave unknown one qualifier, as words and a bar. */
export function CoverageBar({ coverage, accounts }: { coverage: Coverage; accounts: number }) {
  if (accounts === 0) return <p className="muted coverage-text">No accounts to check yet.</p>
  const share = (count: number) => `${(100 * count) / accounts}%`
  return (
    <div className="coverage">
      <div className="coverage-bar" aria-hidden>
        <span className="coverage-met" style={{ width: share(coverage.met) }} />
        <span className="coverage-unknown" style={{ width: share(coverage.unknown) }} />
        <span className="coverage-missed" style={{ width: share(coverage.notMet) }} />
      </div>
      <p className="coverage-text">
        {formatCount(coverage.met)} meet · {formatCount(coverage.notMet)} miss · {formatCount(coverage.unknown)} unknown
      </p>
    </div>
  )
}
