/**
 * The pre-call checklist (METHOD §3): whether a target is ready to call, computed from the preparation
 * itself, plus the rep's own items. Pure: the store gathers the input, the screens show the result.
 *
 * Rules, in the order the rep works:
 * - research: at least one note, and no fact older than the stale age (a stale fact must be re-checked
 *   and re-dated, or removed: the rep should not call on a fact that may no longer hold).
 * - to-verify: at least one thing to check on the call; or nothing left to check because every note is
 *   a fresh fact or an event, every qualifier is known and every decision maker confirmed (all
 *   verified). With no research at all, an empty list means nothing was looked at, so it does not count.
 * - questions: at least `minimumOpenQuestions` questions in the call plan that the question coach judges open.
 * - decision-maker: someone on file as the decision maker, confirmed or only presumed, who may be contacted.
 * - opener, voicemail: written, and passed by the message coach for their kind.
 * - form: the current Prospect Analysis Form has at least one field filled (a verdict counts).
 * - own items: every item the rep added is ticked.
 * A company that asked not to be contacted is never ready, whatever its preparation.
 */
import type { DecisionRole } from '../contract/contacts'
import { coachMessage, type MessageFindingId } from './messageCoach'
import { coachQuestion, countInWords, minimumOpenQuestions } from './questionCoach'
import type { ResearchNoteKind } from './research'
import { isStale } from './toVerify'

export const checklistRuleIds = ['research', 'to-verify', 'questions', 'decision-maker', 'opener', 'voicemail', 'form'] as const
export type ChecklistRuleId = (typeof checklistRuleIds)[number]
export type ChecklistItemId = ChecklistRuleId | `own:${string}`

/** Defined with the question coach, whose plan hints ask for the same number. */
export { minimumOpenQuestions }

export interface ChecklistItem {
  id: ChecklistItemId
  label: string
  done: boolean
  /** What to do, in the rep's words; present only while the item is not done. */
  missing?: string
}

export interface Checklist {
  items: ChecklistItem[]
  ready: boolean
  /** Every undone item's `missing` text, in the checklist's order (an off-limits company first). */
  missing: string[]
}

/** The analysis form's content as far as the checklist cares: text fields and the fit verdict. */
export type AnalysisFormContent = Readonly<Record<string, string>> & { readonly verdict?: string }

export interface ChecklistInput {
  notes: readonly { kind: ResearchNoteKind; observedOn: string }[]
  staleAfterDays: number
  /** YYYY-MM-DD on the rep's clock. */
  today: string
  /** How many items the "To verify" list holds for this target. */
  toVerifyCount: number
  /** The call plan's questions, in any order. */
  planQuestions: readonly { text: string }[]
  contacts: readonly { decisionRole: DecisionRole; roleConfirmed: boolean; doNotContact: boolean }[]
  /** '' when not written yet. */
  opener: string
  voicemail: string
  /** The current call's form, or null before it exists. */
  analysisForm: AnalysisFormContent | null
  ownItems: readonly { id: string; text: string; done: boolean }[]
  /** The company asked never to be contacted. */
  offLimits?: boolean
}

export const checklistLabels: Record<ChecklistRuleId, string> = {
  research: 'Research is on file and up to date',
  'to-verify': 'Things to verify on the call are listed',
  questions: `At least ${minimumOpenQuestions} open questions are planned`,
  'decision-maker': 'A decision maker is identified',
  opener: 'The opener passes the coach',
  voicemail: 'The voicemail passes the coach',
  form: 'The Prospect Analysis Form is started',
}

export const offLimitsMissing = 'This company asked not to be contacted: it stays off the call queue.'

/**
 * What each rule asks for, in the rep's words, for where the rules are explained with no target at
 * hand (the empty call queue). Keyed by rule, so a new rule cannot be left out; worded from the same
 * checks as computeChecklist above.
 */
export const checklistRuleDescriptions: Record<ChecklistRuleId, string> = {
  research: 'research on file, with no fact older than your stale age',
  'to-verify': 'the things to verify on the call listed',
  questions: `at least ${countInWords(minimumOpenQuestions)} open questions in the call plan`,
  'decision-maker': 'a decision maker named, even if only presumed, who has not asked not to be contacted',
  opener: 'an opener the coach passes',
  voicemail: 'a voicemail the coach passes',
  form: 'the Prospect Analysis Form started',
}

export const ownItemsRuleDescription = 'your own checklist items ticked'
export const offLimitsRuleDescription = 'no request from the company not to be contacted'

/** Everything that makes a target ready, in the checklist's order: the rules, the rep's own items, and the company's consent. */
export const readinessRules: readonly string[] = [
  ...checklistRuleIds.map((id) => checklistRuleDescriptions[id]),
  ownItemsRuleDescription,
  offLimitsRuleDescription,
]

/** Short names for what the message coach failed, to say in one line what to fix. */
const findingShortNames: Record<MessageFindingId, string> = {
  'too-long': 'it is too long',
  'seller-focused': 'it talks about you more than them',
  'no-benefit': 'no concrete benefit',
  'no-call-to-action': 'no next step with a time',
  'no-opt-out': 'no easy way to say no',
  superlative: 'claims with nothing to back them',
  empty: 'nothing written yet',
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function listOf(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`
}

function item(id: ChecklistItemId, label: string, missing: string | undefined): ChecklistItem {
  return missing === undefined ? { id, label, done: true } : { id, label, done: false, missing }
}

function researchMissing(input: ChecklistInput): string | undefined {
  if (input.notes.length === 0) return 'Add at least one research note about the company, with where it came from.'
  const stale = input.notes.filter((note) => note.kind === 'fact' && isStale(note.observedOn, input.today, input.staleAfterDays)).length
  if (stale === 0) return undefined
  return `Re-check ${count(stale, 'fact', 'facts')} older than ${count(input.staleAfterDays, 'day', 'days')}: update the date once confirmed, or delete ${stale === 1 ? 'it' : 'them'}.`
}

function toVerifyMissing(input: ChecklistInput): string | undefined {
  if (input.toVerifyCount > 0 || input.notes.length > 0) return undefined
  return 'Write down what you still need to check on the call: an assumption, a need you suspect or an unknown qualifier.'
}

function questionsMissing(input: ChecklistInput): string | undefined {
  const asked = input.planQuestions.filter((question) => question.text.trim() !== '')
  const open = asked.filter((question) => coachQuestion(question.text).open).length
  if (open >= minimumOpenQuestions) return undefined
  const needed = minimumOpenQuestions - open
  const closed = asked.length - open
  const base = `Plan ${count(needed, 'more open question', 'more open questions')} (${open} of ${minimumOpenQuestions} so far).`
  return closed === 0 ? base : `${base} ${count(closed, 'closed question does', 'closed questions do')} not count: rewrite ${closed === 1 ? 'it' : 'them'} as open.`
}

function decisionMakerMissing(input: ChecklistInput): string | undefined {
  const deciders = input.contacts.filter((contact) => contact.decisionRole === 'decision-maker')
  if (deciders.some((contact) => !contact.doNotContact)) return undefined
  if (deciders.length > 0) return 'The decision maker on file asked not to be contacted: find out who else decides.'
  return 'Add the person who decides, even if you only presume it is them.'
}

function messageMissing(text: string, kind: 'opener' | 'voicemail'): string | undefined {
  if (text.trim() === '') return kind === 'opener' ? 'Write the opener for the call.' : 'Write the voicemail you will leave if they do not pick up.'
  const coaching = coachMessage(text, kind)
  if (coaching.pass) return undefined
  const failed = coaching.findings.filter((finding) => finding.severity === 'fail').map((finding) => findingShortNames[finding.id])
  return `Rework the ${kind} until the coach passes it: ${listOf(failed)}.`
}

/** Any field filled: a text with something in it, or a fit verdict other than "not known yet". */
export function isAnalysisStarted(form: AnalysisFormContent | null): boolean {
  if (form === null) return false
  return Object.entries(form).some(([key, value]) => (key === 'verdict' ? value !== 'unknown' && value !== '' : typeof value === 'string' && value.trim() !== ''))
}

function formMissing(input: ChecklistInput): string | undefined {
  if (isAnalysisStarted(input.analysisForm)) return undefined
  return 'Start the Prospect Analysis Form: fill in what you already know, such as their current situation.'
}

export function computeChecklist(input: ChecklistInput): Checklist {
  const items: ChecklistItem[] = [
    item('research', checklistLabels.research, researchMissing(input)),
    item('to-verify', checklistLabels['to-verify'], toVerifyMissing(input)),
    item('questions', checklistLabels.questions, questionsMissing(input)),
    item('decision-maker', checklistLabels['decision-maker'], decisionMakerMissing(input)),
    item('opener', checklistLabels.opener, messageMissing(input.opener, 'opener')),
    item('voicemail', checklistLabels.voicemail, messageMissing(input.voicemail, 'voicemail')),
    item('form', checklistLabels.form, formMissing(input)),
    ...input.ownItems.map((own) => {
      const text = own.text.trim()
      return item(`own:${own.id}`, text, own.done ? undefined : `Tick off your own item: ${text}`)
    }),
  ]
  const missing = items.flatMap((entry) => (entry.missing === undefined ? [] : [entry.missing]))
  if (input.offLimits) missing.unshift(offLimitsMissing)
  return { items, ready: missing.length === 0, missing }
}
