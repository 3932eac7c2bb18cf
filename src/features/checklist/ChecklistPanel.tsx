import { useState } from 'react'
import type { ChecklistItemOutput } from '@shared/contract/checklist'
import { QueryError } from '../../components/QueryError'
import { useAccount } from '../accounts/queries'
import { ContactsDrawer } from '../contacts/ContactsDrawer'
import type { PrepTabProps } from '../prep/prepTabs'
import { AddOwnItemForm } from './AddOwnItemForm'
import { checklistFixes, isRuleId, prepTabHref } from './checklistLinks'
import { OwnItemRow } from './OwnItemRow'
import { ReadyBadge } from './ReadyBadge'
import { useChecklist } from './queries'

/** The last prep tab: is this target ready to call, and if not, what is left and where to do it. */
export function ChecklistPanel({ accountId }: PrepTabProps) {
  const checklist = useChecklist(accountId)
  const account = useAccount(accountId)
  const [contactsOpen, setContactsOpen] = useState(false)

  if (checklist.isPending) return <p className="muted">Checking what is ready…</p>
  if (checklist.isError) return <QueryError error={checklist.error} onRetry={() => void checklist.refetch()} retrying={checklist.isFetching} />

  const { ready, missing, items } = checklist.data
  const rules = items.filter((item) => isRuleId(item.id))
  const own = items.filter((item) => !isRuleId(item.id))

  return (
    <section className="checklist-panel" aria-labelledby="checklist-title">
      <header className="checklist-head">
        <div>
          <h2 id="checklist-title">Pre-call checklist</h2>
          <p className="checklist-status" role="status">
            <ReadyBadge ready={ready} />{' '}
            {ready ? 'Everything is in place: this target is in your call queue.' : `${missing.length} ${missing.length === 1 ? 'thing' : 'things'} left before you call.`}
          </p>
        </div>
        <div className="toolbar">
          <a className="button" href={`#/sheet/${accountId}`}>
            Call sheet
          </a>
          {ready && (
            <a className="button button-primary" href="#/queue">
              Open the call queue
            </a>
          )}
        </div>
      </header>

      <ul className="checklist" aria-label="Pre-call checklist">
        {rules.map((item) => (
          <RuleRow key={item.id} item={item} accountId={accountId} onOpenContacts={() => setContactsOpen(true)} />
        ))}
      </ul>

      <h3 className="checklist-own-title">Your own items</h3>
      {own.length === 0 ? (
        <p className="muted">Add anything else you want to have done before this call. It has to be ticked for the target to be ready.</p>
      ) : (
        <ul className="checklist" aria-label="Your own items">
          {own.map((item) => (
            <OwnItemRow key={item.id} id={item.id.slice('own:'.length)} text={item.label} done={item.done} />
          ))}
        </ul>
      )}
      <AddOwnItemForm accountId={accountId} />

      {contactsOpen && <ContactsDrawer accountId={accountId} accountName={account.data?.name ?? 'this account'} onClose={() => setContactsOpen(false)} />}
    </section>
  )
}

function RuleRow({ item, accountId, onOpenContacts }: { item: ChecklistItemOutput; accountId: string; onOpenContacts: () => void }) {
  const fix = isRuleId(item.id) ? checklistFixes[item.id] : undefined
  return (
    <li className={item.done ? 'checklist-item checklist-item-done' : 'checklist-item'}>
      <span className={item.done ? 'checklist-mark checklist-mark-done' : 'checklist-mark checklist-mark-missing'} aria-hidden="true">
        {item.done ? '✓' : '✗'}
      </span>
      <span className="checklist-text">
        <span className="checklist-label">
          <span className="visually-hidden">{item.done ? 'Done: ' : 'Not done: '}</span>
          {item.label}
        </span>
        {item.missing !== undefined &&
          fix &&
          (fix.kind === 'tab' ? (
            <a className="checklist-missing" href={prepTabHref(accountId, fix.tabId)}>
              {item.missing}
            </a>
          ) : (
            <button type="button" className="checklist-missing link-button" onClick={onOpenContacts}>
              {item.missing}
            </button>
          ))}
      </span>
    </li>
  )
}
