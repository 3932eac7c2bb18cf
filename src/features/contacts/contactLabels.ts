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

/** "Decision maker · presumed": a role is only a guess until a call confirms it. */
export function roleBadgeText(contact: Pick<Contact, 'decisionRole' | 'roleConfirmed'>): string {
  if (contact.decisionRole === 'unknown') return decisionRoleLabels.unknown
  return `${decisionRoleLabels[contact.decisionRole]} · ${contact.roleConfirmed ? 'confirmed' : 'presumed'}`
}
