/**
 * Turns a closed question into an open one on the same topic. The rewrite is built from the
 * question's own words: auxiliary and subject are stripped, the topic phrase is kept, and a
 * template is chosen by the verb (see questionTemplates.ts). It is a suggestion for the rep to
 * adapt, not a grammar engine.
 */
import { tagSplit, type ClauseVerdict } from './questionClassify'
import { AUXILIARIES, WH_WORDS, contentWords, stripLeadIns } from './questionLexicon'
import { PRONOUN_SUBJECTS, lower, parseClause, phrase } from './questionParse'
import { PEOPLE, fromClause, meetingOrSuggestion, type Form } from './questionTemplates'

const POSITIVE: Readonly<Record<string, string>> = {
  "don't": 'do', "doesn't": 'does', "didn't": 'did', "isn't": 'is', "aren't": 'are', "wasn't": 'was',
  "weren't": 'were', "haven't": 'have', "hasn't": 'has', "hadn't": 'had', "can't": 'can', cannot: 'can',
  "couldn't": 'could', "won't": 'will', "wouldn't": 'would', "shouldn't": 'should', "mustn't": 'must',
}
const LEADING_PREFIX =
  /^(?:(?:wouldn't|don't|would|do) you (?:agree|think|say|feel)|(?:isn't|is|would|wouldn't) it (?:be )?(?:true|fair|safe)(?: to say)?|isn't it the case|surely|(?:could|would|might|can) it be|is it (?:possible|likely))(?: that)?\b/
const NOUNISH_OPTION = (ws: readonly string[]): boolean =>
  ws.length > 0 && ws.length <= 3 && !/ing$/.test(ws[0] ?? '') && ws.every((w) => w !== 'to' && !AUXILIARIES.has(w))
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i

type Core = { readonly words: string[]; readonly questionOrder: boolean }

function clean(raw: string): string {
  return raw.replace(/^[^A-Za-z0-9#$%']+|[^A-Za-z0-9%']+$/g, '')
}

/** Lower-cases a sentence-initial capital ("Your team" → "your team"), keeping names and acronyms. */
function decapitalise(words: readonly string[]): string[] {
  const [first, ...rest] = words
  if (first === undefined) return []
  const keep = !/^[A-Z][a-z']*$/.test(first) || CALENDAR.test(first)
  return [keep ? first : first.toLowerCase(), ...rest]
}

/** "Which do you prefer, A or B?" → weigh the options, or keep the open part before the comma. */
function whEitherOr(rawTokens: readonly string[], words: readonly string[]): string | undefined {
  const commaAt = rawTokens.findIndex((raw) => /[,:;]$/.test(raw))
  const low = lower(words)
  const orAt = low.lastIndexOf('or')
  if (orAt < 1) return undefined
  const optionsStart = commaAt >= 0 && commaAt < orAt ? commaAt + 1 : orAt - 1
  const a = low.slice(optionsStart, orAt).filter((w) => w !== 'still' && w !== 'the')
  const b = low.slice(orAt + 1).filter((w) => w !== 'the')
  if (NOUNISH_OPTION(a) && NOUNISH_OPTION(b)) {
    return `How do you weigh ${phrase(words.slice(optionsStart, orAt))} against ${phrase(words.slice(orAt + 1))}?`
  }
  const prefix = words.slice(0, Math.max(commaAt + 1, 0))
  return prefix.length >= 3 ? `${phrase(prefix)}?` : undefined
}

/** Reduces each closed form to a clause the templates understand, or answers directly. */
function coreOf(v: ClauseVerdict): Core | string | undefined {
  const tokens = v.form === 'tag' ? (tagSplit(v.head)?.body ?? v.head) : v.head
  const kept = stripLeadIns([...tokens]).filter((t) => clean(t.raw).length > 0)
  const ws = decapitalise(kept.map((t) => clean(t.raw)))
  const low = lower(ws)
  const first = low[0] ?? ''
  if (v.form === 'either-or' && WH_WORDS.has(first)) return whEitherOr(kept.map((t) => t.raw), ws)
  if (v.form === 'proposal') {
    const rest = ws.slice(2)
    return lower(rest)[0] === 'we' ? meetingOrSuggestion(rest.slice(1), 'we') : `What would you want to cover in ${phrase(rest)}?`
  }
  if (v.form === 'elliptical') {
    if (/^any(?:one|body)$/.test(first)) {
      const rest = ws.slice(low[1] === 'else' ? 2 : 1)
      const inverted = rest.length >= 2 && AUXILIARIES.has(lower(rest)[1] ?? '') ? [rest[1] ?? '', rest[0] ?? '', ...rest.slice(2)] : rest
      return `Who else ${phrase(inverted)}?`
    }
    if (first === 'any' && low[1] !== 'chance' && ws.length > 2) return `What ${ws[1] ?? ''} do you have ${phrase(ws.slice(2))}?`
    return { words: ws.slice(low[1] === 'chance' ? 2 : 1), questionOrder: false }
  }
  if (v.form === 'embedded-yes-no') {
    const at = low.findIndex((w) => w === 'whether' || w === 'if')
    return { words: ws.slice(at + 1), questionOrder: false }
  }
  const leading = LEADING_PREFIX.exec(low.join(' '))
  if (leading !== null && (v.form === 'leading' || v.form === 'auxiliary')) {
    return { words: ws.slice(leading[0].split(' ').length), questionOrder: false }
  }
  const positive = POSITIVE[first]
  if (positive !== undefined) return { words: [positive, ...ws.slice(1)], questionOrder: true }
  return { words: ws, questionOrder: AUXILIARIES.has(first) }
}

/** Last resort: an invitation to talk about the question's own content words. */
function fallback(text: string): string {
  const topic = contentWords(text).slice(-3)
  return topic.length > 0
    ? `Tell me about how ${topic.join(' ')} works for you today.`
    : 'Tell me more about how that works for you today.'
}

function finish(text: string): string {
  return text.replace(/\s+([?.,])/g, '$1').replace(/\s{2,}/g, ' ').replace(/^./, (ch) => ch.toUpperCase())
}

/** Open rewrite of a closed clause, on the same topic. */
export function rewriteClosedClause(v: ClauseVerdict): string {
  const core = coreOf(v)
  if (typeof core === 'string') return finish(core)
  if (core === undefined || core.words.length === 0) return finish(fallback(v.text))
  const clause = parseClause(core.words, core.questionOrder)
  const form: Form = v.form === 'tag' || v.form === 'embedded-yes-no' || !core.questionOrder ? 'statement' : v.form === 'either-or' ? 'either-or' : 'question'
  const built = fromClause(clause, form)
  if (built !== undefined) return finish(built)
  const subject = lower(clause.subject).join(' ')
  if (clause.subject.length > 0 && !PRONOUN_SUBJECTS.has(subject) && !PEOPLE.test(subject)) {
    return finish(`Tell me about ${phrase(clause.subject)}.`)
  }
  return finish(fallback(v.text))
}
