import type { Contact, DecisionRole, Relationship } from '@shared/contract/contacts'

export const decisionRoleLabels: Record<DecisionRole, string> = {
  'decision-maker': 'Decision maker',
  influencer: 'Influencer',
  champion: 'Champion',
  gatekeeper: 'Gatekeeper',
  user: 'User',
  unknown: 'Role unknown',
}

export const relationshipLabels: Record<Relationship, string> = {
  prospect: 'Prospect',
  client: 'Client',
  partner: 'Partner',
}

type RoleOf = Pick<Contact, 'decisionRole' | 'roleConfirmed'>

/** "Decision maker · presumed": a role is only a guess until a call confirms it. `separator` suits print (", "). */
export function roleBadgeText(contact: RoleOf, separator = ' · '): string {
  if (contact.decisionRole === 'unknown') return decisionRoleLabels.unknown
  return `${decisionRoleLabels[contact.decisionRole]}${separator}${contact.roleConfirmed ? 'confirmed' : 'presumed'}`
}

/** "presumed decision maker": the same, inside a sentence, e.g. "Dana Whitfield (presumed decision maker)". */
export function roleInWords(contact: RoleOf): string {
  if (contact.decisionRole === 'unknown') return 'role not known yet'
  return `${contact.roleConfirmed ? 'confirmed' : 'presumed'} ${decisionRoleLabels[contact.decisionRole].toLowerCase()}`
}
