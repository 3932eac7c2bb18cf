import type { SearchHit, SearchHitKind } from '@shared/contract/research'
import { prepTabHref } from '../checklist/checklistLinks'

export interface HitGroup {
  kind: SearchHitKind
  title: string
  hits: SearchHit[]
}

const groupTitles: Record<SearchHitKind, string> = { account: 'Accounts', contact: 'People', note: 'Research notes' }

/**
 * Groups ranked hits by kind without losing the ranking: groups come in the order of their best hit, and
 * hits keep their rank within a group. `ordered` is the same hits in on-screen order, for arrow keys.
 */
export function groupHits(hits: readonly SearchHit[]): { groups: HitGroup[]; ordered: SearchHit[] } {
  const groups: HitGroup[] = []
  for (const hit of hits) {
    let group = groups.find((candidate) => candidate.kind === hit.kind)
    if (!group) {
      group = { kind: hit.kind, title: groupTitles[hit.kind], hits: [] }
      groups.push(group)
    }
    group.hits.push(hit)
  }
  return { groups, ordered: groups.flatMap((group) => group.hits) }
}

/** Where a hit opens (an href): the account's call prep, on the Research tab for a note. */
export function hitAddress(hit: SearchHit): string {
  return hit.kind === 'note' ? prepTabHref(hit.accountId, 'research') : prepTabHref(hit.accountId)
}
