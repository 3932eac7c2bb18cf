import type { ChecklistRuleId } from '@shared/domain/checklist'

/**
 * Where each rule is put right: a prep tab (#/prep/<accountId>/<tab>), or the contacts drawer for the
 * decision maker (people are kept per account, not in a tab).
 */
export type ChecklistFix = { kind: 'tab'; tabId: string } | { kind: 'contacts' }

export const checklistFixes: Record<ChecklistRuleId, ChecklistFix> = {
  research: { kind: 'tab', tabId: 'research' },
  'to-verify': { kind: 'tab', tabId: 'verify' },
  questions: { kind: 'tab', tabId: 'questions' },
  'decision-maker': { kind: 'contacts' },
  opener: { kind: 'tab', tabId: 'messages' },
  voicemail: { kind: 'tab', tabId: 'messages' },
  form: { kind: 'tab', tabId: 'analysis' },
}

export function isRuleId(id: string): id is ChecklistRuleId {
  return Object.hasOwn(checklistFixes, id)
}

/** The address of one target's call prep: on a given tab, or on the first tab when none is named. */
export function prepTabHref(accountId: string, tabId?: string): string {
  return tabId === undefined ? `#/prep/${accountId}` : `#/prep/${accountId}/${tabId}`
}
