/**
 * A deliberately small clause parser for the question rewriter: it finds the auxiliary, the
 * subject phrase and the predicate of a yes/no question or a statement. Heuristic, English only.
 */
import { AUXILIARIES, NEGATED_AUXILIARIES } from './questionLexicon'

export type Clause = {
  /** Lower-case auxiliary ("do", "is", "could") or '' for a plain statement verb. */
  readonly aux: string
  readonly subject: readonly string[]
  readonly pred: readonly string[]
}

export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set([
  'you', 'we', 'i', 'it', 'they', 'there', 'that', 'this', 'he', 'she', 'anything', 'something', 'anyone',
])

const CONTRACTIONS: Readonly<Record<string, readonly [string, string]>> = {
  "you're": ['you', 'are'], "you've": ['you', 'have'], "you'd": ['you', 'would'], "you'll": ['you', 'will'],
  "that's": ['that', 'is'], "it's": ['it', 'is'], "there's": ['there', 'is'], "we're": ['we', 'are'],
  "we've": ['we', 'have'], "we'd": ['we', 'would'], "i'm": ['i', 'am'], "i'd": ['i', 'would'],
  "they're": ['they', 'are'], "i've": ['i', 'have'], "we'll": ['we', 'will'],
}

/** Common main verbs (any form) that end a subject phrase. */
const VERBS: ReadonlySet<string> = new Set([
  'be', 'been', 'use', 'uses', 'run', 'runs', 'handle', 'handles', 'need', 'needs', 'want', 'wants',
  'take', 'takes', 'make', 'makes', 'go', 'goes', 'come', 'comes', 'get', 'gets', 'work', 'works',
  'change', 'changes', 'affect', 'affects', 'cost', 'costs', 'deserve', 'deserves', 'expect',
  'expects', 'own', 'owns', 'renew', 'renews', 'log', 'logs', 'spend', 'spends', 'help', 'helps',
  'feel', 'feels', 'deal', 'deals', 'hit', 'hits', 'meet', 'meets', 'access', 'include', 'involve',
  'made', 'done', 'gone', 'taken', 'given', 'seen', 'known', 'spent', 'built', 'set', 'put', 'lost',
  'miss', 'misses', 'rely', 'relies', 'struggle', 'struggles', 'matter', 'matters', 'suit', 'suits',
  'see', 'like', 'love', 'waste', 'wastes', 'slow', 'slows', 'cause', 'causes', 'create', 'creates',
  'eat', 'eats', 'drive', 'drives', 'hurt', 'hurts', 'fail', 'fails', 'break', 'breaks', 'lose',
  'loses', 'slip', 'slips', 'crash', 'crashes', 'drop', 'drops', 'leave', 'leaves', 'require',
  'requires', 'prefer', 'prefers', 'report', 'reports', 'approve', 'approves', 'decide', 'decides',
  'sign', 'signs', 'manage', 'manages', 'track', 'tracks', 'plan', 'plans', 'buy', 'buys', 'pay', 'pays',
])

/** Words that describe the subject after "is/are" ("Is budget available…"). */
export const PREDICATE_ADJECTIVES: ReadonlySet<string> = new Set([
  'available', 'happy', 'satisfied', 'pleased', 'content', 'responsible', 'able', 'ready', 'interested',
  'open', 'aware', 'sure', 'difficult', 'hard', 'easy', 'possible', 'true', 'fair', 'correct',
  'important', 'valuable', 'useful', 'worth', 'likely', 'busy', 'enough', 'big', 'small', 'stable',
  'reliable', 'secure', 'compliant', 'flexible', 'expensive', 'cheap', 'accurate', 'visible',
])

export const ADVERBS: ReadonlySet<string> = new Set([
  'currently', 'still', 'ever', 'already', 'really', 'actually', 'also', 'just', 'usually', 'often',
  'always', 'typically', 'even', 'now', 'yet', 'generally', 'normally', 'regularly', 'sometimes',
])

/** Words that end a phrase: a relative or subordinate clause starts here. */
export const BREAKERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'because', 'if', 'when', 'so', 'but', 'and', 'or', 'whether', 'while', 'since',
])

const JUDGEMENTS: ReadonlySet<string> = new Set([
  'smoothly', 'well', 'ok', 'okay', 'fine', 'properly', 'directly', 'yet', 'manually', 'quickly', 'enough',
])

const PARTICIPLE = /^(?:[a-z]+(?:ed|en)|made|done|gone|taken|given|seen|known|spent|built|set|put|lost|got|brought|bought|run|paid|told|sent|found|left|met)$/

export const lower = (ws: readonly string[]): string[] => ws.map((w) => w.toLowerCase())
export const phrase = (ws: readonly string[]): string => ws.join(' ').trim()
export const isParticiple = (w: string | undefined): boolean => w !== undefined && PARTICIPLE.test(w.toLowerCase())

/** Index just past the subject phrase that starts at `start`. */
function subjectEnd(ws: readonly string[], start: number): number {
  const first = ws[start]?.toLowerCase() ?? ''
  if (PRONOUN_SUBJECTS.has(first)) return start + 1
  let i = start
  while (i < ws.length && i - start < 7) {
    const w = ws[i]?.toLowerCase() ?? ''
    const verbish =
      AUXILIARIES.has(w) || NEGATED_AUXILIARIES.has(w) || VERBS.has(w) || ADVERBS.has(w) ||
      (i > start && PREDICATE_ADJECTIVES.has(w)) || (i > start + 1 && /(ed|ing)$/.test(w) && w.length > 4)
    const prev = ws[i - 1]?.toLowerCase() ?? ''
    const newPhrase = i > start && /^(?:a|an|the)$/.test(w) && !/^(?:all|both|half|of|most|some|many|each|for)$/.test(prev)
    if (i > start && (verbish || BREAKERS.has(w) || newPhrase)) break
    i += 1
  }
  return Math.max(i, start + 1)
}

/** Parses "aux subject predicate" (question order) or "subject [aux] predicate" (statement). */
export function parseClause(raw: readonly string[], questionOrder: boolean): Clause {
  const words = raw.flatMap((w) => CONTRACTIONS[w.toLowerCase()] ?? [w])
  if (questionOrder) {
    const end = subjectEnd(words, 1)
    return { aux: (words[0] ?? '').toLowerCase(), subject: words.slice(1, end), pred: words.slice(end) }
  }
  const end = subjectEnd(words, 0)
  const next = words[end]?.toLowerCase() ?? ''
  const afterNext = words[end + 1]
  const doOrHave = /^(?:have|has|had|do|does|did)$/.test(next)
  const hasAux = AUXILIARIES.has(next) && (!doOrHave || isParticiple(afterNext) || ADVERBS.has(afterNext?.toLowerCase() ?? ''))
  return { aux: hasAux ? next : '', subject: words.slice(0, end), pred: words.slice(hasAux ? end + 1 : end) }
}

/** Words from `ws` up to the first clause breaker, without trailing judgement adverbs. */
export function untilBreaker(ws: readonly string[]): string[] | undefined {
  const end = ws.findIndex((w) => BREAKERS.has(w.toLowerCase()))
  const out = end < 0 ? [...ws] : ws.slice(0, end)
  while (out.length > 1 && JUDGEMENTS.has((out[out.length - 1] ?? '').toLowerCase())) out.pop()
  return out.length > 0 ? out : undefined
}

/** The phrase following the first place `marker` matches at a word boundary of `pred`. */
export function objectAfter(pred: readonly string[], marker: RegExp): string[] | undefined {
  const low = lower(pred)
  for (let i = 0; i < low.length; i += 1) {
    const match = marker.exec(low.slice(i).join(' '))
    if (match !== null && match.index === 0) {
      const taken = match[0].trim().split(' ').filter((w) => w.length > 0).length
      return untilBreaker(pred.slice(i + taken))
    }
  }
  return undefined
}

export function withoutAdverbs(ws: readonly string[]): string[] {
  return ws.filter((w) => !ADVERBS.has(w.toLowerCase()))
}

/** "a/an/any (of) X" → "your X", so the rewrite talks about the prospect's own thing. */
export function toYour(np: readonly string[]): string[] {
  const low = lower(np)
  if (low[0] === 'any' && low[1] === 'of') return np.slice(2)
  if (low[0] === 'a' || low[0] === 'an' || low[0] === 'any') return ['your', ...np.slice(1)]
  return [...np]
}

export function isPlural(np: readonly string[]): boolean {
  const head = (np[np.length - 1] ?? '').toLowerCase()
  return /[^su]s$/.test(head) || head === 'people' || head === 'staff'
}

/** Naive past tense for a regular verb ("change" → "changed"). */
export function pastTense(verb: string): string {
  if (/e$/.test(verb)) return `${verb}d`
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`
  return `${verb}ed`
}
