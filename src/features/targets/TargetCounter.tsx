import { targetListLimits, targetListState, type TargetListState } from '@shared/domain/targetList'
import { useTargets } from './queries'

const stateNotes: Record<TargetListState, (count: number) => string> = {
  empty: () => 'Pick 15–20 accounts',
  short: (count) => `${targetListLimits.min - count} more to reach 15`,
  focused: () => 'Focused',
  over: (count) => `${count - targetListLimits.max} past the focus`,
}

/** Always in view: how many accounts are on the active list against the 15–20 focus. */
export function TargetCounter() {
  const targets = useTargets()
  const count = targets.data?.length ?? 0
  const state = targetListState(count)
  return (
    <a href="#/targets" className={`target-counter target-counter-${state}`} aria-label={`Target list: ${count} of 15 to 20. ${stateNotes[state](count)}.`}>
      <span className="target-counter-label">Target list</span>
      <span className="target-counter-figure" data-testid="target-count">
        <strong>{targets.isPending ? '…' : count}</strong> / {targetListLimits.min}–{targetListLimits.max}
      </span>
      <span className="target-counter-note">{stateNotes[state](count)}</span>
    </a>
  )
}
