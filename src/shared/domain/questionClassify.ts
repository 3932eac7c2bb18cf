/**
 * Splits a prepared question into its clauses and decides, per clause, whether it is open
 * (invites a description) or closed (answerable with yes/no or by picking an option).
 */
import {
  AUXILIARIES,
  ELLIPTICAL_STARTERS,
  NEGATED_AUXILIARIES,
  SUBJECT_STARTERS,
  TALK_VERBS,
  WH_WORDS,
  endsWithQuestionMark,
  joinTokens,
  normaliseText,
  stripLeadIns,
  tokenise,
  type Token,
} from './questionLexicon'

export type QuestionForm =
  | 'wh'
  | 'why'
  | 'invitation'
  | 'imperative'
  | 'permission-to-ask'
  | 'auxiliary'
  | 'either-or'
  | 'tag'
  | 'leading'
  | 'statement'
  | 'embedded-yes-no'
  | 'proposal'
  | 'elliptical'
  | 'not-a-question'

export type ClauseVerdict = {
  readonly text: string
  readonly open: boolean
  readonly form: QuestionForm
  /** False for plain statements with no question mark (context, not a question). */
  readonly isQuestion: boolean
  /** The clause that carries the question, without lead-ins such as "So," or "Quick question:". */
  readonly head: readonly Token[]
}

const PREPOSITIONS = new Set(['in', 'to', 'at', 'for', 'from', 'by', 'with', 'of', 'on', 'under', 'about'])
const OPTION_HINTS = new Set(['prefer', 'rather', 'better', 'best', 'more', 'preferable', 'first'])
const TAG_PRONOUNS = new Set(['you', 'it', 'they', 'we', 'he', 'she', 'i', 'there', 'that', 'this'])
const TAG_PHRASES = new Set([
  'right', 'correct', 'true', 'yes', 'no', 'yeah', 'ok', 'okay', 'agreed', 'fair', 'eh', 'huh',
  'is that right', "isn't that right", 'is that correct', "isn't that so", 'am i right',
  "don't you think", "wouldn't you say", "wouldn't you agree", "don't you agree", 'would you agree',
  'you know', 'fair enough', 'does that sound right', 'is that fair', 'am i wrong',
])
const LEADING_PHRASE =
  /^(?:(?:would|do|wouldn't|don't) you (?:agree|say)|(?:is|would|isn't|wouldn't) it (?:be )?(?:fair|true|safe) to say|isn't it (?:true|the case)|surely|(?:i'm|i am) sure you|you'd agree|you would agree|i bet)\b/
const PERMISSION = /^(?:curious|wondering|(?:may|can|could|might) i (?:ask|know)(?: you)?|(?:do you )?mind if i ask(?: you)?|(?:i'd|i would) (?:love|like) to (?:know|hear|understand|ask)(?: you)?|(?:i'm|i am) (?:curious|wondering|interested)(?: to (?:know|hear))?|i (?:was )?wonder(?:ing)?)\b/
const INVITATION =
  /^(?:(?:could|can|would|will) you (?:please |perhaps |maybe |possibly |just |briefly |quickly )?(?:be able to |mind |be willing to )?|(?:do|would) you mind |(?:is|would) it (?:be )?possible (?:for you )?to )(\S+)/
/** A short opening that frames the real question after the comma ("Tell me, …", "What about X, …"). */
const FRAMING = /^(?:tell me|be honest|honestly|what do you think|what would you say|how do you feel|what's your (?:view|take|sense)|in your (?:view|opinion|experience)|(?:how|what) about .+)$/
/** "What you're saying is…?" / "What I'm hearing is…?": a summary to confirm, not a question. */
const SUMMARY = /^what (?:you're|you are|i'm|i am|we're|we are) (?:saying|hearing|describing|telling me)\b/
const FILLERS_AFTER_TALK_VERB = new Set(['me', 'us', 'a', 'little', 'bit', 'more', 'briefly', 'quickly', 'through', 'about'])

function words(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.word)
}

function firstIsInterrogative(tokens: readonly Token[]): boolean {
  const w = words(stripLeadIns(tokens))
  const first = w[0] ?? ''
  if (WH_WORDS.has(first) || AUXILIARIES.has(first) || NEGATED_AUXILIARIES.has(first)) return true
  if (PREPOSITIONS.has(first) && WH_WORDS.has(w[1] ?? '')) return true
  return TALK_VERBS.has(first) && !first.endsWith('ing')
}

/** Splits tokens after every token ending in a comma, colon or semicolon. */
function segments(tokens: readonly Token[]): Token[][] {
  const result: Token[][] = [[]]
  for (const token of tokens) {
    result[result.length - 1]?.push(token)
    if (/[,:;]$/.test(token.raw)) result.push([])
  }
  return result.filter((s) => s.length > 0)
}

/** Skips a non-question opening such as "If you could change one thing," or "Quick question:". */
function headOf(tokens: readonly Token[]): Token[] {
  const segs = segments(tokens)
  const first = segs[0]
  const framed = first !== undefined && segs.length > 1 && FRAMING.test(words(first).join(' ').trim())
  if (framed && firstIsInterrogative(segs.slice(1).flat())) return stripLeadIns(segs.slice(1).flat())
  if (first === undefined || firstIsInterrogative(first)) return [...tokens]
  const index = segs.findIndex((s, i) => i > 0 && firstIsInterrogative(s))
  return index < 0 ? [...tokens] : stripLeadIns(segs.slice(index).flat())
}

/** Words of a trailing tag (", right?" / ", isn't it?"), or undefined when there is none. */
export function tagSplit(tokens: readonly Token[]): { body: Token[]; tag: Token[] } | undefined {
  const segs = segments(tokens)
  const last = segs[segs.length - 1]
  if (segs.length >= 2 && last !== undefined) {
    const w = words(last).join(' ')
    const parts = w.split(' ')
    const auxTag =
      parts.length === 2 &&
      (AUXILIARIES.has(parts[0] ?? '') || NEGATED_AUXILIARIES.has(parts[0] ?? '')) &&
      TAG_PRONOUNS.has(parts[1] ?? '')
    if (auxTag || TAG_PHRASES.has(w)) return { body: segs.slice(0, -1).flat(), tag: last }
  }
  const w = words(tokens)
  const n = w.length
  if (n > 3 && NEGATED_AUXILIARIES.has(w[n - 2] ?? '') && TAG_PRONOUNS.has(w[n - 1] ?? '')) {
    return { body: tokens.slice(0, -2), tag: tokens.slice(-2) }
  }
  return undefined
}

/** "Which do you prefer, A or B?" / "What matters more, price or speed?" */
function whOffersOptions(head: readonly Token[]): boolean {
  const segs = segments(head)
  const tail = segs[segs.length - 1]
  if (segs.length >= 2 && tail !== undefined) {
    const w = words(tail)
    const starter = w[0] ?? ''
    if (w.includes('or') && w.length <= 8 && !WH_WORDS.has(starter) && !AUXILIARIES.has(starter)) return true
  }
  const w = words(head)
  return (w[0] === 'which' || w[0] === 'what') && w.includes('or') && w.some((x) => OPTION_HINTS.has(x))
}

/** After a talk verb ("tell me", "explain"), does the request turn into "whether/if …"? */
function asksWhether(rest: readonly string[]): boolean {
  for (const w of rest) {
    if (w === 'whether' || w === 'if') return true
    if (!FILLERS_AFTER_TALK_VERB.has(w)) return false
  }
  return false
}

function verdict(text: string, form: QuestionForm, open: boolean, head: readonly Token[]): ClauseVerdict {
  return { text, form, open, isQuestion: form !== 'not-a-question', head }
}

export function classifyClause(text: string): ClauseVerdict {
  const tokens = stripLeadIns(tokenise(text))
  const asked = endsWithQuestionMark(text)
  if (tagSplit(tokens) !== undefined) return verdict(text, 'tag', false, tokens)
  const all = words(tokens).join(' ')
  if (LEADING_PHRASE.test(all) || NEGATED_AUXILIARIES.has(words(tokens)[0] ?? '')) {
    return verdict(text, 'leading', false, tokens)
  }
  const head = headOf(tokens)
  const w = words(head)
  const joined = w.join(' ')
  const first = w[0] ?? ''
  const second = w[1] ?? ''

  if (NEGATED_AUXILIARIES.has(first)) return verdict(text, 'leading', false, head)
  if (first === 'how' && second === 'about') return verdict(text, 'proposal', false, head)
  if (SUMMARY.test(joined)) return verdict(text, 'statement', false, head)
  if (first === 'how' && second === 'come') return verdict(text, 'why', true, head)
  const whFirst = WH_WORDS.has(first) || (PREPOSITIONS.has(first) && WH_WORDS.has(second))
  if (whFirst) {
    if (whOffersOptions(head)) return verdict(text, 'either-or', false, head)
    return verdict(text, first === 'why' || first === "why's" ? 'why' : 'wh', true, head)
  }
  const permission = PERMISSION.exec(joined)
  if (permission !== null) {
    const rest = joined.slice(permission[0].length).trim().split(' ')
    const next = rest[0] ?? ''
    if (next === 'whether' || next === 'if') return verdict(text, 'embedded-yes-no', false, head)
    if (WH_WORDS.has(next) || next === 'about' || next === 'more' || !AUXILIARIES.has(first)) {
      return verdict(text, 'permission-to-ask', true, head)
    }
    return verdict(text, 'auxiliary', false, head)
  }
  const invitation = INVITATION.exec(joined)
  if (invitation !== null && TALK_VERBS.has(invitation[1] ?? '')) {
    const rest = joined.slice(invitation[0].length).trim().split(' ')
    return asksWhether(rest)
      ? verdict(text, 'embedded-yes-no', false, head)
      : verdict(text, 'invitation', true, head)
  }
  if (TALK_VERBS.has(first) && !first.endsWith('ing')) {
    return asksWhether(w.slice(1))
      ? verdict(text, 'embedded-yes-no', false, head)
      : verdict(text, 'imperative', true, head)
  }
  if (AUXILIARIES.has(first)) {
    return verdict(text, w.includes('or') ? 'either-or' : 'auxiliary', false, head)
  }
  if (ELLIPTICAL_STARTERS.has(first)) return verdict(text, 'elliptical', false, head)
  return verdict(text, asked ? 'statement' : 'not-a-question', false, head)
}

/** Does the clause beginning at `index` look like its own question ("… and how do you…")? */
function startsNewClause(w: readonly string[], index: number): boolean {
  const a = w[index] ?? ''
  const b = w[index + 1]
  const c = w[index + 2]
  if (b === undefined) return false
  if (['what', 'how', 'why', 'who', 'which', 'whose', "what's", "how's", "who's"].includes(a)) return true
  if ((a === 'when' || a === 'where') && AUXILIARIES.has(b)) return true
  return (AUXILIARIES.has(a) || NEGATED_AUXILIARIES.has(a)) && SUBJECT_STARTERS.has(b) && c !== undefined
}

/** Splits text into sentences, then sentences at "and/or/but" that open a second question. */
export function splitClauses(text: string): string[] {
  const sentences = normaliseText(text)
    .split(/(?<=[?!.])\s+(?=\S)|\s+-\s+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z0-9]/i.test(s))
  const clauses: string[] = []
  for (const sentence of sentences) {
    const tokens = tokenise(sentence)
    const w = words(tokens)
    let start = 0
    for (let i = 1; i < w.length - 1; i += 1) {
      if ((w[i] === 'and' || w[i] === 'or' || w[i] === 'but') && i > start && startsNewClause(w, i + 1)) {
        clauses.push(joinTokens(tokens.slice(start, i)).replace(/[,;]$/, '') + (endsWithQuestionMark(sentence) ? '?' : ''))
        start = i + 1
      }
    }
    clauses.push(joinTokens(tokens.slice(start)))
  }
  return clauses
}
