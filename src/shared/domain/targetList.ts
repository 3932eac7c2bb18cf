/**
 * The "don't boil the ocean" rule: the rep works 15–20 accounts at a time. Fewer is allowed but the app
 * suggests more; going past 20 is a conscious choice (swap one out, or write down why).
 */
export const targetListLimits = { min: 15, max: 20 } as const

/** Where a list of this size stands against the 15–20 focus. */
export type TargetListState = 'empty' | 'short' | 'focused' | 'over'

export function targetListState(count: number): TargetListState {
  if (count <= 0) return 'empty'
  if (count < targetListLimits.min) return 'short'
  if (count <= targetListLimits.max) return 'focused'
  return 'over'
}

export type AdditionPlan =
  | { kind: 'allowed'; resultingCount: number; overLimit: number }
  | { kind: 'needs-swap-or-reason'; resultingCount: number; overLimit: number }

/**
 * Whether adding `adding` new targets (with `swappingOut` leaving at the same time) stays within the
 * focus. Growing the list past the maximum needs a reason; a swap keeps the size, so it never does,
 * even when an earlier reason already took the list past 20. `overLimit` is how many of the new
 * targets sit past the maximum: they are the ones that carry the reason.
 */
export function planAddition(currentCount: number, adding: number, swappingOut: number, hasReason: boolean): AdditionPlan {
  const resultingCount = currentCount - swappingOut + adding
  const grows = resultingCount > currentCount
  const overLimit = grows ? Math.min(adding, Math.max(0, resultingCount - Math.max(currentCount, targetListLimits.max))) : 0
  if (overLimit > 0 && !hasReason) return { kind: 'needs-swap-or-reason', resultingCount, overLimit }
  return { kind: 'allowed', resultingCount, overLimit }
}

/** How many more accounts it takes to reach the bottom of the focus (0 once there). */
export function shortBy(count: number): number {
  return Math.max(0, targetListLimits.min - count)
}
