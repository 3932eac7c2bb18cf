import { useState } from 'react'
import type { ChecklistItemOutput } from '@shared/contract/checklist'
import { offLimitsMissing } from '@shared/domain/checklist'
import { QueryError } from '../../components/QueryError'
import { useAccount } from '../accounts/queries'
import { ContactsDrawer } from '../contacts/ContactsDrawer'
import type { PrepTabProps } from '../prep/prepTabs'
import { OverLimitDialog } from '../targets/OverLimitDialog'
import { useTargets } from '../targets/queries'
import { useTargetAdder } from '../targets/useTargetAdder'
import { AddOwnItemForm } from './AddOwnItemForm'
import { checklistFixes, isRuleId, prepTabHref } from './checklistLinks'
import { OwnItemRow } from './OwnItemRow'
import { ReadyBadge } from './ReadyBadge'
import { useChecklist } from './queries'

/** The last prep tab: is this target ready to call, and if not, what is left and where to do it. */
export function ChecklistPanel({ accountId }: PrepTabProps) {
  const checklist = useChecklist(accountId)
  const account = useAccount(accountId)
  const targets = useTargets()
  const adder = useTargetAdder()
  const [contactsOpen, setContactsOpen] = useState(false)

  if (checklist.isPending) return <p className="muted">Checking what is ready…</p>
  if (checklist.isError) return <QueryError error={checklist.error} onRetry={() => void checklist.refetch()} retrying={checklist.isFetching} />

  const { ready, missing, items } = checklist.data
  const rules = items.filter((item) => isRuleId(item.id))
  const own = items.filter((item) => !isRuleId(item.id))
  // What is left that no item shows (a company that asked not to be contacted): said above the list,
  // so the count in the status never names more than the rep can see.
  const shown = new Set(items.flatMap((item) => (item.missing === undefined ? [] : [item.missing])))
  const warnings = missing.filter((line) => !shown.has(line))
  // The call queue lists only targets, while prep opens for any account (search, the universe).
  // Unknown while the target list loads: then the status says nothing either way.
  const onList = targets.data?.some((target) => target.accountId === accountId)
  const offerList = onList === false && !missing.includes(offLimitsMissing)
  const name = account.data?.name ?? 'this account'

  return (
    <section className="checklist-panel" aria-labelledby="checklist-title">
      <header className="checklist-head">
        <div>
          <h2 id="checklist-title">Pre-call checklist</h2>
          <p className="checklist-status" role="status">
            <ReadyBadge ready={ready} />{' '}
            {ready
              ? onList
                ? 'Everything is in place: this target is in your call queue.'
                : 'Everything is in place.'
              : `${missing.length} ${missing.length === 1 ? 'thing' : 'things'} left before you call.`}
          </p>
          {offerList && (
            <p className="checklist-list-note">
              {ready
                ? 'It is not on your target list, and the call queue shows only targets: add it to the list to see it there.'
                : 'It is not on your target list, and the call queue shows only targets: add it to the list to see it there once it is ready.'}
            </p>
          )}
        </div>
        <div className="toolbar">
          <a className="button" href={`#/sheet/${accountId}`}>
            Call sheet
          </a>
          {offerList && (
            <button
              type="button"
              className={ready ? 'button button-primary' : 'button'}
              disabled={adder.isAdding}
              onClick={() => void adder.addToList([{ id: accountId, name }])}
            >
              Add to the target list
            </button>
          )}
          {ready && onList && (
            <a className="button button-primary" href="#/queue">
              Open the call queue
            </a>
          )}
        </div>
      </header>

      {warnings.map((line) => (
        <p key={line} className="checklist-warning" role="alert">
          {line}
        </p>
      ))}

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

      {contactsOpen && <ContactsDrawer accountId={accountId} accountName={name} onClose={() => setContactsOpen(false)} />}
      {adder.pending && (
        <OverLimitDialog pending={adder.pending} busy={adder.isAdding} onResolve={adder.resolvePending} onCancel={adder.cancelPending} />
      )}
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
