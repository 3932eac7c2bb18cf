import { shortBy } from '@shared/domain/targetList'
import { QueryError } from '../../components/QueryError'
import { plural } from '../../lib/format'
import { FitBadge } from './FitBadge'
import { useSuggestedTargets } from './queries'
import type { AccountToAdd } from './useTargetAdder'

interface SuggestedTargetsProps {
  count: number
  onAdd: (accounts: AccountToAdd[]) => void
  busy: boolean
}

const suggestionCount = 8

/** Below 15: the best-fitting accounts not on the list yet, one click each. */
export function SuggestedTargets({ count, onAdd, busy }: SuggestedTargetsProps) {
  const missing = shortBy(count)
  const suggestions = useSuggestedTargets(suggestionCount, missing > 0)
  if (missing === 0) return null
  return (
    <section className="suggested-targets" aria-labelledby="suggested-heading">
      <h2 id="suggested-heading">Suggested</h2>
      <p className="muted">
        {plural(missing, 'more account')} to reach 15. These fit your ideal-prospect profile best and are not on the list yet.
      </p>
      {suggestions.isError && (
        <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} retrying={suggestions.isFetching} />
      )}
      {suggestions.isSuccess && suggestions.data.length === 0 && (
        <p className="muted">
          No suggestions yet. Define your ideal-prospect qualifiers so Groundwork can score your territory, or pick accounts in the{' '}
          <a href="#/universe">universe</a>.
        </p>
      )}
      {suggestions.isSuccess && suggestions.data.length > 0 && (
        <ul className="suggestion-list">
          {suggestions.data.map((account) => (
            <li key={account.id} className="suggestion">
              <span className="suggestion-name">{account.name}</span>
              <span className="muted suggestion-place">{[account.industry, account.region].filter(Boolean).join(' · ')}</span>
              <FitBadge band={account.band} score={account.score} />
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() => onAdd([{ id: account.id, name: account.name }])}
              >
                Add<span className="visually-hidden"> {account.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
