import { targetListLimits, targetListState } from '@shared/domain/targetList'
import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { OverLimitDialog } from './OverLimitDialog'
import { SuggestedTargets } from './SuggestedTargets'
import { TargetItem } from './TargetItem'
import { useTargets } from './queries'
import { useTargetAdder } from './useTargetAdder'

const stateLines = {
  empty: 'Pick 15 to 20 accounts to work now. Fewer, better-prepared calls beat the numbers game.',
  short: 'Below 15: add a few more of your best-fitting accounts.',
  focused: 'Right in the 15–20 focus.',
  over: 'Past 20. Each extra target carries the reason you gave for it.',
} as const

/** The active 15–20: each target with its fit, status and next step. */
export function TargetsScreen() {
  const targets = useTargets()
  const adder = useTargetAdder()
  const list = targets.data ?? []
  const state = targetListState(list.length)

  return (
    <div className="screen">
      <header className="screen-header">
        <div>
          <h1>Target list</h1>
          <p className="screen-lede">
            <strong>
              {list.length} of {targetListLimits.min}–{targetListLimits.max}.
            </strong>{' '}
            {stateLines[state]}
          </p>
        </div>
        <div className="toolbar">
          <a className="button" href="#/universe">
            Find accounts
          </a>
        </div>
      </header>

      {targets.isPending && <p className="muted">Loading your targets…</p>}
      {targets.isError && <QueryError error={targets.error} onRetry={() => void targets.refetch()} retrying={targets.isFetching} />}

      {targets.isSuccess && list.length === 0 && (
        <EmptyState
          title="No targets yet"
          actions={
            <a className="button button-primary" href="#/universe">
              Open the universe
            </a>
          }
        >
          <p>Choose the accounts that fit your ideal prospect best from your territory, or add the suggestions below.</p>
        </EmptyState>
      )}

      {list.length > 0 && (
        <div className="table-wrap">
          <table className="data-table targets-table">
            <thead>
              <tr>
                <th>
                  <span className="visually-hidden">Position</span>#
                </th>
                <th>Account</th>
                <th>Fit</th>
                <th>Ready to call</th>
                <th>Status</th>
                <th>Next step</th>
                <th>Contacts</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((target, index) => (
                <TargetItem key={target.accountId} target={target} index={index} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {targets.isSuccess && <SuggestedTargets count={list.length} onAdd={(accounts) => void adder.addToList(accounts)} busy={adder.isAdding} />}

      {adder.pending && (
        <OverLimitDialog pending={adder.pending} busy={adder.isAdding} onResolve={adder.resolvePending} onCancel={adder.cancelPending} />
      )}
    </div>
  )
}
