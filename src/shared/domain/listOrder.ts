/**
 * Ordering helpers for the rep's ordered lists (a call plan, objections to rehearse). Pure; the
 * store checks the result again before saving it.
 */

/** The ids with one moved by delta places (clamped to the ends); an unchanged copy when it cannot move. */
export function moveId(ids: readonly string[], id: string, delta: number): string[] {
  const from = ids.indexOf(id)
  const to = Math.min(ids.length - 1, Math.max(0, from + delta))
  if (from < 0 || to === from) return [...ids]
  const next = ids.filter((candidate) => candidate !== id)
  next.splice(to, 0, id)
  return next
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
