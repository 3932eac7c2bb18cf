import { useMemo } from 'react'
import { toVerifyKinds, type ToVerifyItem } from '@shared/domain/toVerify'
import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { useToast } from '../../components/Toaster'
import { prepTabHref } from '../checklist/checklistLinks'
import { useAddToPlan, useCallPlan } from '../questions/queries'
import { toVerifyGroupTitles } from './noteLabels'
import { useToVerify } from './queries'

const noItems: ToVerifyItem[] = []

/**
 * The "To verify" tab: unknown qualifiers, assumptions, suspected needs, stale facts and presumed
 * decision makers, gathered from the account's data, each one click away from the call plan.
 */
export function ToVerifyPanel({ accountId }: { accountId: string }) {
  const items = useToVerify(accountId)
  const plan = useCallPlan(accountId)
  const addToPlan = useAddToPlan(accountId)
  const toast = useToast()
  const list = items.data ?? noItems

  const planned = useMemo(
    () => new Set((plan.data?.questions ?? []).flatMap((question) => (question.sourceKey === null ? [] : [question.sourceKey]))),
    [plan.data],
  )
  const groups = toVerifyKinds.map((kind) => ({ kind, items: list.filter((item) => item.kind === kind) })).filter((group) => group.items.length > 0)

  async function onAdd(item: ToVerifyItem) {
    try {
      const { added } = await addToPlan.mutateAsync({ text: item.suggestedQuestion, origin: 'to-verify', sourceKey: item.key })
      toast({ message: added ? 'Added to the call plan. Reword it on the Questions tab if you like.' : 'That question is already in the call plan.' })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'Could not add the question.' })
    }
  }

  return (
    <section className="verify-panel" aria-label="To verify">
      <div className="panel-header">
        <div>
          <h2>To verify on the call</h2>
          <p className="muted">Research is a starting point. Each of these is worth checking with the prospect, in their own words.</p>
        </div>
      </div>

      {items.isPending && <p className="muted">Gathering what to verify…</p>}
      {items.isError && <QueryError error={items.error} onRetry={() => void items.refetch()} retrying={items.isFetching} />}

      {items.isSuccess && list.length === 0 && (
        <EmptyState
          title="Nothing to verify yet"
          actions={
            <a className="button button-primary" href={prepTabHref(accountId, 'research')}>
              Add research
            </a>
          }
        >
          <p>
            Assumptions and need hypotheses from the Research tab, facts older than your stale age, qualifiers nobody has
            checked and decision makers you only presume all show up here.
          </p>
        </EmptyState>
      )}

      {groups.map((group) => (
        <section key={group.kind} className="verify-group" aria-label={toVerifyGroupTitles[group.kind]}>
          <h3>
            {toVerifyGroupTitles[group.kind]} <span className="muted">({group.items.length})</span>
          </h3>
          <ul className="verify-list">
            {group.items.map((item) => {
              const inPlan = planned.has(item.key)
              return (
                <li key={item.key} className="verify-item">
                  <p className="verify-text">{item.text}</p>
                  <p className="verify-question">
                    <span className="muted">Ask: </span>
                    {item.suggestedQuestion}
                  </p>
                  <div className="verify-actions">
                    {inPlan ? (
                      <span className="verify-planned">In the call plan</span>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={addToPlan.isPending || plan.isPending}
                        onClick={() => void onAdd(item)}
                      >
                        Add as question<span className="visually-hidden">: {item.suggestedQuestion}</span>
                      </button>
                    )}
                  </div>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </section>
  )
}
