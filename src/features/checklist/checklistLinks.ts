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

export function prepTabHref(accountId: string, tabId: string): string {
  return `#/prep/${accountId}/${tabId}`
}

/** What makes a target ready, in the rep's words: for empty states and the queue. */
export const readinessRules: string[] = [
  'research on file, with no fact older than your stale age',
  'the things to verify on the call listed',
  'at least three open questions in the call plan',
  'a decision maker named, even if only presumed',
  'an opener and a voicemail the coach passes',
  'the Prospect Analysis Form started',
  'your own checklist items ticked',
]
