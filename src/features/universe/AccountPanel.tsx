import { useEffect } from 'react'
import type { UniverseRow } from '@shared/contract/targets'
import { formatCount, formatMoney } from '../../lib/format'
import { dialogIsOpen } from '../../lib/useShortcut'
import { ContactsPanel } from '../contacts/ContactsPanel'
import { FitExplanation } from '../fit/FitExplanation'
import { FitBadge } from '../targets/FitBadge'
import { statusLabels } from '../targets/labels'

interface AccountPanelProps {
  account: UniverseRow
  onClose: () => void
  onAdd: (account: UniverseRow) => void
  busy: boolean
}

/** The account behind a row: what it is, why it fits or not, who is there, and a way to put it on the list. */
export function AccountPanel({ account, onClose, onAdd, busy }: AccountPanelProps) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // A dialog opened from the panel closes first; only a bare Escape closes the panel.
      if (event.key === 'Escape' && !event.defaultPrevented && !dialogIsOpen()) onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  const facts: [string, string][] = [
    ['Industry', account.industry ?? ''],
    ['Region', [account.region, account.country].filter(Boolean).join(', ')],
    ['Employees', formatCount(account.employees)],
    ['Revenue', formatMoney(account.annualRevenue)],
    ['Website', account.website ?? ''],
    ['Status', statusLabels[account.status]],
  ]

  return (
    <aside className="account-panel" aria-label={`About ${account.name}`}>
      <header className="account-panel-header">
        <div>
          <h2>{account.name}</h2>
          <FitBadge band={account.band} score={account.score} />
        </div>
        <button type="button" className="button button-quiet" onClick={onClose} aria-label="Close the account panel" title="Close (Esc)">
          ×
        </button>
      </header>
      <dl className="account-facts">
        {facts
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <div className="account-panel-actions">
        {account.offLimits ? (
          <p className="off-limits-note">This company asked not to be contacted, so it cannot go on the target list.</p>
        ) : account.onList ? (
          <p className="muted">On your target list.</p>
        ) : (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => onAdd(account)}>
            Add to target list
          </button>
        )}
        <a className="button" href={`#/prep/${account.id}`}>
          Open call prep
        </a>
      </div>
      <FitExplanation accountId={account.id} />
      <ContactsPanel accountId={account.id} accountName={account.name} />
    </aside>
  )
}
