/**
 * Ordering helpers for the rep's ordered lists (a call plan, objections to rehearse, value statements,
 * qualifiers). Pure; the store checks the result again before saving it.
 */

/** A copy with the item at index moved by delta places (clamped to the ends); unchanged when it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const next = [...list]
  const to = Math.min(list.length - 1, Math.max(0, index + delta))
  if (index < 0 || index >= list.length || to === index) return next
  const [item] = next.splice(index, 1) as [T]
  next.splice(to, 0, item)
  return next
}

/** The ids with one moved by delta places (clamped to the ends); an unchanged copy when it cannot move. */
export function moveId(ids: readonly string[], id: string, delta: number): string[] {
  return moveItem(ids, ids.indexOf(id), delta)
}

/** A shuffled copy (Fisher–Yates); `random` returns numbers in [0, 1) like Math.random. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    const here = copy[index] as T
    copy[index] = copy[other] as T
    copy[other] = here
  }
  return copy
}
