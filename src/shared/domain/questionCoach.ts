/**
 * Coaching for the discovery questions a rep prepares before a call (METHOD §3): is each
 * question open, what kind of question is it, and how balanced is the plan as a whole.
 * Pure functions over plain text; no UI, storage or platform imports.
 */
import { classifyClause, splitClauses, type ClauseVerdict, type QuestionForm } from './questionClassify'
import { AUXILIARIES, normaliseText, stripLeadIns, tokenise } from './questionLexicon'
import { rewriteClosedClause } from './questionRewrite'

export type QuestionPurpose = 'situation' | 'problem' | 'implication' | 'need-payoff' | 'decision-process' | 'timing'

export type QuestionCoaching = {
  open: boolean
  reasons: string[]
  rewrite?: string
  stacked: boolean
  purposeGuess?: QuestionPurpose
}

export type CallPlanQuestion = { text: string; purpose?: QuestionPurpose }

/** Open questions a call plan needs at least, so the prospect does most of the talking. */
export const minimumOpenQuestions = 3

const smallNumberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** A small count as a word ("three"), the way the coach writes it in a sentence; larger ones in digits. */
export function countInWords(n: number): string {
  return smallNumberWords[n] ?? String(n)
}

export type CallPlanCoaching = {
  counts: Record<QuestionPurpose, number>
  openCount: number
  closedCount: number
  hints: string[]
}

const FORM_REASONS: Record<QuestionForm, string> = {
  wh: 'It starts with a question word, so the prospect has to answer in their own words.',
  why: 'A "why" question makes the prospect explain their thinking.',
  invitation: 'It politely invites the prospect to talk, so they will describe things rather than say yes or no.',
  imperative: 'It asks the prospect to describe or explain, which gets them talking.',
  'permission-to-ask': 'It asks permission and then poses an open question, so the prospect will explain.',
  auxiliary: 'It opens with a verb like "do", "is", "have" or "would", so the prospect can answer yes or no and stop there.',
  'either-or': 'It offers a choice between options, so the prospect just picks one instead of describing their situation.',
  tag: 'The tag at the end ("right?", "isn\'t it?") asks the prospect to agree with you, not to tell you anything new.',
  leading: 'It steers the prospect towards the answer you want; you will hear agreement, not their own view.',
  statement: 'It is a statement with a question mark: the prospect can only confirm or correct it.',
  'embedded-yes-no': 'It asks whether something is so, which still has a yes-or-no answer.',
  proposal: 'It proposes something, so the answer is yes or no.',
  elliptical: 'It is a shortened yes/no question ("Any plans…?"), so "no" ends the conversation.',
  'not-a-question': 'This reads as a statement, not a question: the prospect has nothing to answer.',
}

const WHY_NOTE = 'Asked bluntly, "why" can sound like a challenge; a softer "What led you to…" gets the same answer.'
const STACKED_NOTE = 'It asks more than one thing at once. Prospects usually answer only the last part, so ask one question at a time.'
const EMPTY_REASON = 'There is no question here yet.'

/** Keyword cues per purpose, checked in this order (the more specific SPIN stages first). */
const PURPOSE_CUES: readonly (readonly [QuestionPurpose, RegExp])[] = [
  ['need-payoff', /\b(how would (?:it|that|this) help|what would (?:it|that|this) mean|value|benefits?|if you could|worth (?:to|for) you|be worth|would it be worth|ideal|what would change|how would .* help|useful)\b/],
  ['implication', /\b(impact|effects?|affects?|affected|cost (?:you|to you|your)|what happens (?:when|if|to)|consequences?|knock-on|lead to|result in|how much (?:time|money)|hours|what goes wrong|lose|losing)\b/],
  ['problem', /\b(challenges?|hard(?:est|er)?|challenging|difficult\w*|problems?|frustrat\w*|struggl\w*|pain|trouble|issues?|bottlenecks?|headaches?|concerns?|worr\w*|get(?:ting)? in the way|goes wrong|went wrong|slow|delays?)\b/],
  ['decision-process', /\b(decide|decides|decided|decision|decisions|approve[sd]?|approval|sign(?:s|ed)? off|sign-off|who else|budget holder|procurement|evaluat\w*|weigh in|involved)\b/],
  ['timing', /\b(timeline|deadline|by when|quarters?|how soon|time ?frame|go live|go-live|next year|this year|budget cycle)\b/],
]
const SITUATION_CUE = /\b(how do you|how does|how are|currently|today|tell me about|walk me through|describe|what tools|who|what is your|what's your|process|how many|what does)\b/

export function guessPurpose(text: string, open: boolean): QuestionPurpose | undefined {
  const low = normaliseText(text).toLowerCase()
  for (const [purpose, cue] of PURPOSE_CUES) if (cue.test(low)) return purpose
  const [first, second] = stripLeadIns(tokenise(low)).map((t) => t.word)
  if (first === 'when' && second !== undefined && AUXILIARIES.has(second)) return 'timing'
  if (open || SITUATION_CUE.test(low)) return 'situation'
  return undefined
}

function questionVerdicts(text: string): ClauseVerdict[] {
  const verdicts = splitClauses(text).map(classifyClause)
  const questions = verdicts.filter((v) => v.isQuestion)
  return questions.length > 0 ? questions : verdicts
}

export function coachQuestion(text: string): QuestionCoaching {
  if (normaliseText(text).length === 0 || tokenise(text).every((t) => t.word.length === 0)) {
    return { open: false, reasons: [EMPTY_REASON], stacked: false }
  }
  const verdicts = questionVerdicts(text)
  const open = verdicts.every((v) => v.open)
  const stacked = verdicts.filter((v) => v.isQuestion).length > 1
  const relevant = open ? verdicts : verdicts.filter((v) => !v.open)
  const reasons = [...new Set(relevant.map((v) => FORM_REASONS[v.form]))]
  if (verdicts.some((v) => v.form === 'why')) reasons.push(WHY_NOTE)
  if (stacked) reasons.push(STACKED_NOTE)
  const coaching: QuestionCoaching = { open, reasons, stacked }
  const firstClosed = verdicts.find((v) => !v.open)
  if (firstClosed !== undefined) coaching.rewrite = safeRewrite(firstClosed)
  const purpose = guessPurpose(text, open)
  if (purpose !== undefined) coaching.purposeGuess = purpose
  return coaching
}

/** A rewrite must itself be an open question; if a template misfires, use a plain invitation. */
function safeRewrite(v: ClauseVerdict): string {
  const rewrite = rewriteClosedClause(v)
  const check = splitClauses(rewrite).map(classifyClause)
  if (check.length === 1 && check.every((c) => c.open)) return rewrite
  return 'Tell me more about how that works for you today.'
}

function emptyCounts(): Record<QuestionPurpose, number> {
  return { situation: 0, problem: 0, implication: 0, 'need-payoff': 0, 'decision-process': 0, timing: 0 }
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many
}

/** SPIN balance of a call plan, plus hints on open/closed and stacked questions. */
export function coachCallPlan(questions: readonly CallPlanQuestion[]): CallPlanCoaching {
  const counts = emptyCounts()
  let openCount = 0
  let closedCount = 0
  let stackedCount = 0
  const asked = questions.filter((q) => normaliseText(q.text).length > 0)
  for (const q of asked) {
    const coaching = coachQuestion(q.text)
    if (coaching.open) openCount += 1
    else closedCount += 1
    if (coaching.stacked) stackedCount += 1
    counts[q.purpose ?? coaching.purposeGuess ?? 'situation'] += 1
  }
  const hints: string[] = []
  const total = asked.length
  if (total === 0) {
    hints.push('Your plan has no questions yet. Start with a few open questions about the prospect\'s situation and the problems you expect them to have.')
    return { counts, openCount, closedCount, hints }
  }
  const onlySituation = counts.situation === total
  if (onlySituation) {
    hints.push('Every question is about their current situation. Add problem questions (what is hard for them), implication questions (what it costs them) and need-payoff questions (what solving it would be worth) so the call moves towards their needs.')
  } else if (counts.problem === 0) {
    hints.push('None of your questions explores problems. Add at least one that asks what is difficult, slow or frustrating for them today.')
  }
  if (!onlySituation && counts.problem > 0 && counts.implication === 0) {
    hints.push('You ask about problems but not about their consequences. Add an implication question ("What happens when…", "What does that cost you…") so the prospect feels the size of the problem.')
  }
  if (!onlySituation && counts.problem > 0 && counts['need-payoff'] === 0) {
    hints.push('Add a need-payoff question ("What would it mean for you if…") so the prospect describes the value of solving the problem in their own words.')
  }
  if (!onlySituation && total >= 4 && counts.situation / total > 0.5) {
    hints.push('More than half of your questions are situation questions. Answer what you can from your research and keep only the ones you must confirm on the call.')
  }
  if (counts['decision-process'] === 0) {
    hints.push('Nothing in the plan asks how they decide or who else is involved. The person on the phone may not be the only decision maker, so add a question about it.')
  }
  if (counts.timing === 0) {
    hints.push('Nothing asks about timing. Add a question about their timeline or deadlines so you know when a decision could happen.')
  }
  if (closedCount > 0) {
    hints.push(`${closedCount} ${plural(closedCount, 'question can', 'questions can')} be answered with yes, no or a pick from options. Rewrite ${plural(closedCount, 'it', 'them')} as open questions ("How…", "What…", "Walk me through…") so the prospect talks.`)
  }
  if (openCount < minimumOpenQuestions) {
    hints.push(`Only ${openCount} open ${plural(openCount, 'question', 'questions')} in the plan. Prepare at least ${countInWords(minimumOpenQuestions)}, so the prospect does most of the talking.`)
  }
  if (stackedCount > 0) {
    hints.push(`${stackedCount} ${plural(stackedCount, 'entry asks', 'entries ask')} several questions at once. Split ${plural(stackedCount, 'it', 'them')} so each gets a full answer.`)
  }
  return { counts, openCount, closedCount, hints }
}
