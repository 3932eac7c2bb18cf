/**
 * What to verify on the call (METHOD §3): online research is a starting point, so every unknown
 * qualifier, assumption, suspected need, out-of-date fact and presumed decision maker becomes something
 * to check with the prospect, each with an open question the rep can add to the call plan in one action.
 */
import type { DecisionRole } from '../contract/contacts'
import { coachQuestion } from './questionCoach'
import { STOP_WORDS, SUBJECT_STARTERS, tokenise } from './questionLexicon'
import { daysBetween, type ResearchNoteKind } from './research'

export const toVerifyKinds = ['unknown-qualifier', 'assumption', 'need-hypothesis', 'stale-fact', 'presumed-decision-maker'] as const
export type ToVerifyKind = (typeof toVerifyKinds)[number]

export interface ToVerifyItem {
  /** Stable across calls: '<source>:<id>', e.g. 'qualifier:<id>', 'note:<id>', 'contact:<id>'. */
  key: string
  kind: ToVerifyKind
  text: string
  /** An open question that checks this with the prospect; the question coach judges it open and single. */
  suggestedQuestion: string
  /** The qualifier, note or contact it came from. */
  sourceId: string
}

export interface ToVerifyInput {
  /** In the order to ask them (the fit explanation puts must-haves and heavy weights first). */
  unknownQualifiers: readonly { qualifierId: string; name: string; description: string | null }[]
  notes: readonly { id: string; kind: ResearchNoteKind; text: string; observedOn: string; source: string | null }[]
  contacts: readonly {
    id: string
    name: string
    title: string | null
    decisionRole: DecisionRole
    roleConfirmed: boolean
    doNotContact: boolean
  }[]
  /** YYYY-MM-DD on the rep's clock. */
  today: string
  staleAfterDays: number
}

/**
 * A fact is stale once it is more than `staleAfterDays` days old on `today`. A date that cannot be read
 * counts as stale: a fact of unknown age is no more trustworthy than an old one.
 */
export function isStale(observedOn: string, today: string, staleAfterDays: number): boolean {
  const age = daysBetween(observedOn, today)
  return age === undefined || age > staleAfterDays
}

/** Days since the note was observed, never negative; undefined when a date cannot be read. */
export function ageInDays(observedOn: string, today: string): number | undefined {
  const age = daysBetween(observedOn, today)
  return age === undefined ? undefined : Math.max(0, age)
}

const TOPIC_MAX = 100

/** Words that open a sentence but read lower-case mid-question ("They run…" → "…that they run…"). */
const sentenceOpeners: ReadonlySet<string> = new Set([...SUBJECT_STARTERS, 'some', 'no', 'many', 'several', 'both'].filter((word) => word !== 'i'))

/**
 * The first sentence of the first line, without quotes or closing punctuation, ready to sit inside a
 * question. Names and acronyms keep their capitals; a pronoun or article that opens the sentence does not.
 */
export function topicOf(text: string, options: { keepCase?: boolean } = {}): string {
  const line = text.split(/\r?\n|\r/).find((candidate) => candidate.trim() !== '') ?? ''
  const sentence = (line.split(/(?<=[.!?])\s/)[0] ?? '')
    .replace(/["\u201c\u201d]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s'\u2018(]+|[\s.!?;:,…'\u2019)\-\u2013\u2014]+$/gu, '')
  const cut = sentence.lastIndexOf(' ', TOPIC_MAX)
  const shortened = sentence.length <= TOPIC_MAX ? sentence : sentence.slice(0, cut > 0 ? cut : TOPIC_MAX).trimEnd()
  if (options.keepCase) return shortened
  const firstWord = shortened.split(' ')[0] ?? ''
  const lowered = firstWord.toLowerCase()
  return sentenceOpeners.has(lowered) && firstWord === firstWord.charAt(0) + lowered.slice(1) ? lowered + shortened.slice(firstWord.length) : shortened
}

/** The topic's meaningful words as written, without the small words that could start a second clause. */
function keyWordsOf(topic: string): string {
  return tokenise(topic)
    .filter((token) => token.word.length >= 2 && !STOP_WORDS.has(token.word))
    .map((token) => token.raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((word) => word !== '')
    .slice(0, 8)
    .join(' ')
}

type Template = (topic: string) => string

const questionTemplates: Record<ToVerifyKind, { withTopic: Template; general: string }> = {
  'unknown-qualifier': {
    withTopic: (topic) => `What can you tell me about ${topic} at your company?`,
    general: 'What should I understand about how your company works today?',
  },
  assumption: {
    withTopic: (topic) => `How accurate is our understanding that ${topic}?`,
    general: 'How does this part of your business work today?',
  },
  'need-hypothesis': {
    withTopic: (topic) => `How much of a challenge is this for your team today: ${topic}?`,
    general: 'What is the hardest part of this for your team today?',
  },
  'stale-fact': {
    withTopic: (topic) => `What has changed since we last heard that ${topic}?`,
    general: 'What has changed on your side over the last few months?',
  },
  'presumed-decision-maker': {
    withTopic: (name) => `Who besides ${name} has a say when your company decides on something like this?`,
    general: 'Who else has a say when your company decides on something like this?',
  },
}

/** Open (so the prospect describes) and single (so they answer all of it). */
function isGoodQuestion(text: string): boolean {
  const coaching = coachQuestion(text)
  return coaching.open && !coaching.stacked
}

/**
 * The question built from the rep's own words when the coach judges it open and single; failing that,
 * from the topic's key words only (no clause-starting words left to misread); failing that, a general one.
 */
export function suggestQuestion(kind: ToVerifyKind, topic: string): string {
  const { withTopic, general } = questionTemplates[kind]
  const cleaned = topicOf(topic, { keepCase: kind === 'presumed-decision-maker' })
  if (cleaned !== '') {
    const full = withTopic(cleaned)
    if (isGoodQuestion(full)) return full
  }
  const keyWords = keyWordsOf(cleaned)
  if (keyWords !== '') {
    const plain = withTopic(keyWords)
    if (isGoodQuestion(plain)) return plain
  }
  return general
}

function firstLine(text: string | null): string {
  return text?.split(/\r?\n|\r/).find((line) => line.trim() !== '')?.trim() ?? ''
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/**
 * Everything to check on the next call, grouped in the order of `toVerifyKinds` and, within a group, in
 * the order given. A note that repeats another of its kind word for word is listed once. News, trigger
 * events and fresh facts are not listed; neither are people who asked not to be contacted or whose role
 * is confirmed. Entries with nothing written are skipped.
 */
export function gatherToVerify(input: ToVerifyInput): ToVerifyItem[] {
  const items: ToVerifyItem[] = []
  const keys = new Set<string>()
  const noteTexts = new Set<string>()
  /** `topic` is the part of the source the question is about. */
  const add = (item: Omit<ToVerifyItem, 'suggestedQuestion'>, topic: string) => {
    if (topic.trim() === '' || keys.has(item.key)) return
    keys.add(item.key)
    items.push({ ...item, suggestedQuestion: suggestQuestion(item.kind, topic) })
  }
  const isRepeat = (kind: ToVerifyKind, text: string) => {
    const sameness = `${kind}|${text.replace(/\s+/g, ' ').trim().toLowerCase()}`
    if (noteTexts.has(sameness)) return true
    noteTexts.add(sameness)
    return false
  }

  for (const qualifier of input.unknownQualifiers) {
    const name = qualifier.name.trim()
    const described = firstLine(qualifier.description)
    const text = described === '' ? name : `${name}: ${described}`
    add({ key: `qualifier:${qualifier.qualifierId}`, kind: 'unknown-qualifier', text, sourceId: qualifier.qualifierId }, name)
  }

  for (const kind of ['assumption', 'need-hypothesis'] as const) {
    for (const note of input.notes) {
      if (note.kind !== kind || note.text.trim() === '' || isRepeat(kind, note.text)) continue
      add({ key: `note:${note.id}`, kind, text: note.text.trim(), sourceId: note.id }, note.text)
    }
  }

  for (const note of input.notes) {
    if (note.kind !== 'fact' || note.text.trim() === '' || !isStale(note.observedOn, input.today, input.staleAfterDays)) continue
    if (isRepeat('stale-fact', note.text)) continue
    const age = ageInDays(note.observedOn, input.today)
    const when = age === undefined ? 'observed on a date that cannot be read' : `observed ${plural(age, 'day', 'days')} ago`
    add({ key: `note:${note.id}`, kind: 'stale-fact', text: `${note.text.trim()} (${when})`, sourceId: note.id }, note.text)
  }

  for (const contact of input.contacts) {
    if (contact.decisionRole !== 'decision-maker' || contact.roleConfirmed || contact.doNotContact) continue
    const name = contact.name.trim()
    const title = contact.title?.trim() ?? ''
    const who = title === '' ? name : `${name} (${title})`
    const text = `${who} is presumed to make the decision; nobody has confirmed it yet`
    add({ key: `contact:${contact.id}`, kind: 'presumed-decision-maker', text, sourceId: contact.id }, name)
  }
  return items
}
