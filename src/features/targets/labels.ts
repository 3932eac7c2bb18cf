import type { AccountStatus, UniverseBand } from '@shared/contract/targets'

export const bandLabels: Record<UniverseBand, string> = {
  strong: 'Strong fit',
  good: 'Good fit',
  weak: 'Weak fit',
  'no-fit': 'No fit',
  unscored: 'Not scored',
}

export const statusLabels: Record<AccountStatus, string> = {
  new: 'New',
  researching: 'Researching',
  contacted: 'Contacted',
  meeting: 'Meeting set',
  nurturing: 'Nurturing',
  'no-fit': 'No fit',
  closed: 'Closed',
}

/** Weakest first: the order in which a rep would consider swapping targets out. */
export const bandWeakness: Record<UniverseBand, number> = { 'no-fit': 0, unscored: 1, weak: 2, good: 3, strong: 4 }
