/**
 * First drafts of the opener, voicemail and follow-up email (METHOD §3), written from the rep's value
 * statements and what the research says about this account. A draft names the prospect's likely
 * challenge, one concrete benefit, a next step with a day and an easy way to say no, and never adds a
 * superlative of its own. Several versions are composed, richest first, and the first one the message
 * coach passes without findings is returned: the rep edits from there.
 */
import { coachMessage, type MessageKind } from './messageCoach'
import { BENEFIT_PATTERNS, SUPERLATIVE_EXCEPTIONS, SUPERLATIVE_PATTERN, anyMatch } from './messageLexicon'
import type { ResearchNoteKind } from './research'

export type DraftValueStatement = { benefit: string; forWhom: string | null; proof: string | null }
export type DraftResearch = { kind: ResearchNoteKind; text: string }

export type DraftInput = {
  repName: string | null
  repCompany: string | null
  /** Read out in the voicemail and signed under the email when given. */
  repPhone?: string | null
  /** The contact's first name. */
  prospectName: string | null
  accountName: string
  industry: string | null
  /** In the rep's order: the first is the one they lead with. */
  valueStatements: readonly DraftValueStatement[]
  /** Newest first, as the research list shows them. */
  research: readonly DraftResearch[]
  /** The weekday the rep will follow up, e.g. "Thursday" (see callbackDay). */
  callbackDay: string
}

export type MessageDraft = { subject?: string; text: string }

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/** Two working days after `today` (its local weekday): Tuesday gives Thursday, Thursday gives Monday. */
export function callbackDay(today: Date): string {
  let day = today.getDay()
  let workingDays = 0
  while (workingDays < 2) {
    day = (day + 1) % 7
    if (day !== 0 && day !== 6) workingDays += 1
  }
  return weekdays[day] ?? 'Monday'
}

const honorifics = /^(?:dr|mr|mrs|ms|mx|prof|sir|dame)\.?$/i

/** How to greet someone: their first name, or title and surname when the name starts with one. */
export function firstNameOf(fullName: string): string | null {
  const parts = fullName.trim().split(/\s+/).filter(Boolean)
  const first = parts[0]
  if (!first) return null
  if (honorifics.test(first)) return parts.length > 1 ? `${first} ${parts[parts.length - 1] ?? ''}` : null
  return first
}

export type RecipientCandidate = {
  name: string
  decisionRole: string
  roleConfirmed: boolean
  doNotContact: boolean
}

/**
 * Whom the messages are for: a confirmed decision maker, else a presumed one, else anyone on file. A
 * person who asked not to be contacted is never chosen.
 */
export function chooseRecipient<T extends RecipientCandidate>(contacts: readonly T[]): T | undefined {
  const reachable = contacts.filter((c) => !c.doNotContact)
  const rank = (c: T) => (c.decisionRole === 'decision-maker' ? (c.roleConfirmed ? 0 : 1) : c.decisionRole === 'champion' ? 2 : 3)
  return [...reachable].sort((a, b) => rank(a) - rank(b))[0]
}

// ---------------------------------------------------------------------------------------------------
// Text helpers

function tidy(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?;:,]+$/, '')
}

function firstSentence(text: string): string {
  return tidy(tidy(text).split(/(?<=[.!?])\s+(?=[A-Z0-9"'])/)[0] ?? '')
}

/** At most `maxWords` words, cut at a comma or dash when one falls late enough, else marked with an ellipsis. */
function clip(text: string, maxWords: number): string {
  const words = text.split(' ')
  if (words.length <= maxWords) return text
  const kept = words.slice(0, maxWords).join(' ')
  const boundary = Math.max(kept.lastIndexOf(','), kept.lastIndexOf(';'), kept.lastIndexOf(' -'), kept.lastIndexOf(' \u2013'), kept.lastIndexOf(' ('))
  return boundary > kept.length / 2 ? tidy(kept.slice(0, boundary)) : `${tidy(kept)}\u2026`
}

/** Words that start a note without being a name, so they read lower-case after a colon. */
const commonOpeners =
  /^(?:the|a|an|new|their|they|its|it|this|these|those|two|three|four|five|several|many|most|some|recent|recently|just|now|still|probably|likely|possibly|maybe|hiring|plans?|announced|opened|closed|moved|raised|acquired|bought|launched|expanded|appointed|hired|lost|won|signed|switched|started|added|cut|merged|posted|reported|dispatchers|staff|managers|planners|drivers|customers|sales|their)$/i

function lowerCommonFirst(text: string): string {
  const first = text.split(' ')[0] ?? ''
  return commonOpeners.test(first) ? lowerFirst(text) : text
}

/** "Cut costs" → "cut costs"; leaves acronyms and names written in capitals ("HR teams", "SAP users") alone. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z']/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

/** Closes a sentence with a full stop unless it already ends with one or with the ellipsis of a clipped quote. */
function endSentence(text: string): string {
  return /[.!?\u2026]$/.test(text) ? text : `${text}.`
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function hasSuperlative(text: string): boolean {
  const cleaned = tidy(text).toLowerCase().replace(SUPERLATIVE_EXCEPTIONS, ' ')
  return [...cleaned.matchAll(SUPERLATIVE_PATTERN)].length > 0
}

function isConcreteBenefit(text: string): boolean {
  return anyMatch(BENEFIT_PATTERNS, text.toLowerCase())
}

/** Verbs a benefit commonly starts with ("Cut…", "Reduces…"): such a benefit reads as "you could cut…". */
const benefitVerbs = new Set([
  'save', 'cut', 'reduce', 'lower', 'avoid', 'grow', 'increase', 'improve', 'boost', 'free', 'eliminate', 'prevent', 'shorten',
  'speed', 'halve', 'double', 'recover', 'get', 'spend', 'win', 'keep', 'close', 'ship', 'hire', 'stop', 'catch', 'know', 'see',
  'spot', 'plan', 'turn', 'make', 'finish', 'deliver', 'respond', 'answer', 'collect', 'reach', 'replace', 'automate', 'track',
  'find', 'bring', 'move', 'handle', 'serve', 'sell', 'onboard', 'train', 'pass', 'meet', 'hit', 'raise', 'simplify', 'remove',
  'shrink', 'trim', 'protect', 'retain', 'recruit', 'process', 'schedule', 'route', 'forecast', 'predict', 'detect', 'fix',
  'resolve', 'settle', 'pay', 'bill', 'invoice', 'launch', 'release', 'test', 'audit', 'comply', 'prepare', 'give', 'take',
  'end', 'run', 'scale', 'manage', 'reuse', 'recycle', 'earn', 'gain', 'capture', 'convert', 'book', 'fill',
])

/** The benefit as a bare verb phrase ("cut re-planning time"), or undefined when it is a noun phrase ("30% fewer errors"). */
function asVerbPhrase(benefit: string): string | undefined {
  const [first = '', ...rest] = benefit.split(' ')
  const word = first.toLowerCase()
  const stems = [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')]
  const stem = stems.find((candidate) => benefitVerbs.has(candidate))
  return stem === undefined ? undefined : [stem, ...rest].join(' ')
}

const stopWords = new Set([
  'that', 'this', 'with', 'from', 'their', 'they', 'them', 'have', 'your', 'about', 'into', 'than', 'when', 'what', 'which',
  'more', 'less', 'most', 'over', 'each', 'every', 'will', 'would', 'could', 'should', 'been', 'were', 'also', 'just', 'like',
  'teams', 'team', 'companies', 'company', 'time',
])

/** Content words cut to their first five letters: a rough stem, so "routes" meets "route" and "re-planning" meets "re-plan". */
function topicWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []
  return new Set(words.filter((w) => !stopWords.has(w)).map((w) => w.slice(0, 5)))
}

/**
 * The value statement to lead with: a concrete one without superlatives, and among those the one that
 * shares most words with the research and the industry; ties go to the rep's own order.
 */
export function chooseValueStatement(input: Pick<DraftInput, 'valueStatements' | 'research' | 'industry'>): DraftValueStatement | undefined {
  const context = topicWords([input.industry ?? '', ...input.research.map((r) => r.text)].join(' '))
  let best: { statement: DraftValueStatement; score: number } | undefined
  for (const statement of input.valueStatements) {
    if (!tidy(statement.benefit)) continue
    const words = topicWords(`${statement.benefit} ${statement.forWhom ?? ''}`)
    const overlap = [...words].filter((w) => context.has(w)).length
    const score = (isConcreteBenefit(statement.benefit) ? 100 : 0) - (hasSuperlative(statement.benefit) ? 200 : 0) + overlap
    if (!best || score > best.score) best = { statement, score }
  }
  return best?.statement
}

// ---------------------------------------------------------------------------------------------------
// Composition

type Angle = { kind: 'trigger-event' | 'news' | 'need-hypothesis'; text: string }

type Parts = {
  input: DraftInput
  statement: DraftValueStatement | undefined
  /** A trigger event or news, newest first. */
  event: Angle | undefined
  need: Angle | undefined
}

type Variant = {
  /** How many words of a research note to quote: 0 leaves the research out. */
  researchWords: number
  proof: boolean
  phone: boolean
  /** After an event: the need hypothesis if there is one, else a line saying such events put pressure on a team. */
  bridge: boolean
  /** Opener only: let them say it's a bad moment. */
  openerOptOut: boolean
}

function firstOf(research: readonly DraftResearch[], kind: ResearchNoteKind): Angle | undefined {
  const note = research.find((r) => r.kind === kind && firstSentence(r.text).length > 0)
  return note && (kind === 'trigger-event' || kind === 'news' || kind === 'need-hypothesis') ? { kind, text: firstSentence(note.text) } : undefined
}

function peers(industry: string | null): string {
  const field = industry ? tidy(industry) : ''
  return field ? `${lowerFirst(field)} companies like yours` : 'companies like yours'
}

function intro(input: DraftInput): string {
  const hello = input.prospectName ? `Hi ${tidy(input.prospectName)}` : 'Hi'
  const name = input.repName ? tidy(input.repName) : ''
  const company = input.repCompany ? tidy(input.repCompany) : ''
  if (name && company) return `${hello}, this is ${name} at ${company}.`
  if (name) return `${hello}, this is ${name}.`
  if (company) return `${hello}, I'm calling from ${company}.`
  return `${hello}, I'm calling with a quick idea.`
}

/** The prospect's likely challenge: an event at the account, a suspected need, or whom the offering serves. */
function challenge(parts: Parts, variant: Variant): string[] {
  const account = tidy(parts.input.accountName)
  const quote = (angle: Angle) => lowerCommonFirst(clip(angle.text, variant.researchWords))
  const sentences: string[] = []
  if (variant.researchWords > 0 && parts.event) {
    sentences.push(
      parts.event.kind === 'news'
        ? endSentence(`I read the recent news about ${account}: ${quote(parts.event)}`)
        : endSentence(`I noticed a recent change at ${account}: ${quote(parts.event)}`),
    )
    if (variant.bridge && parts.need) sentences.push(endSentence(`For teams like yours, that often brings a challenge: ${quote(parts.need)}`))
    else if (variant.bridge) sentences.push('That often puts new pressure on your team.')
    return sentences
  }
  if (variant.researchWords > 0 && parts.need) {
    return [endSentence(`${upperFirst(peers(parts.input.industry))} often run into this challenge: ${quote(parts.need)}`)]
  }
  const forWhom = parts.statement?.forWhom ? tidy(parts.statement.forWhom) : ''
  return [`I work with ${forWhom ? lowerFirst(forWhom) : peers(parts.input.industry)}, so your team at ${account} came to mind.`]
}

function benefit(parts: Parts, variant: Variant): string[] {
  const statement = parts.statement
  if (!statement) return []
  const text = clip(firstSentence(statement.benefit), 25)
  const company = parts.input.repCompany ? tidy(parts.input.repCompany) : ''
  const verbPhrase = asVerbPhrase(text)
  const sentences = [
    verbPhrase !== undefined
      ? endSentence(`${company ? `With ${company}, you` : 'You'} could ${verbPhrase}`)
      : endSentence(`${company ? `Teams like yours that work with ${company}` : 'Teams like yours'} typically see ${lowerFirst(text)}`),
  ]
  const proof = statement.proof ? clip(firstSentence(statement.proof), 30) : ''
  if (variant.proof && proof && !hasSuperlative(proof)) sentences.push(endSentence(upperFirst(proof)))
  return sentences
}

function subjectFor(parts: Parts): string {
  const account = tidy(parts.input.accountName)
  const statement = parts.statement
  if (!statement) return `A question for ${account}`.slice(0, 120)
  const short = clip(firstSentence(statement.benefit), 9)
  return `${upperFirst(short)} at ${account}`.slice(0, 120)
}

function compose(kind: MessageKind, parts: Parts, variant: Variant): MessageDraft {
  const input = parts.input
  const phone = variant.phone && input.repPhone ? tidy(input.repPhone) : ''
  const day = tidy(input.callbackDay)
  if (kind === 'opener') {
    const sentences = [intro(input)]
    if (variant.openerOptOut) sentences.push("If now isn't a good time, just say so.")
    sentences.push(...challenge(parts, variant), ...benefit(parts, variant))
    sentences.push(parts.event && variant.researchWords > 0 ? 'How is that change playing out for your team?' : 'How does your team handle that today?')
    return { text: sentences.join(' ') }
  }
  if (kind === 'voicemail') {
    return {
      text: [
        intro(input),
        ...challenge(parts, variant),
        ...benefit(parts, variant),
        `I'll call you again on ${day}${phone ? `, or you can reach me on ${phone}` : ''}.`,
        "If it isn't a priority right now, just tell me and I won't follow up.",
      ].join(' '),
    }
  }
  const signature = [input.repName, input.repCompany, phone ? input.repPhone : null].filter((line): line is string => Boolean(line?.trim())).map(tidy)
  const paragraphs = [
    input.prospectName ? `Hi ${tidy(input.prospectName)},` : 'Hello,',
    challenge(parts, variant).join(' '),
    benefit(parts, variant).join(' '),
    `Would a short call on ${day} work for you, to see whether this applies to ${tidy(input.accountName)}?`,
    `If it isn't a priority right now, just reply "no thanks" and I won't follow up.`,
    ['Best regards,', ...signature].join('\n'),
  ].filter((paragraph) => paragraph.length > 0)
  return { subject: subjectFor(parts), text: paragraphs.join('\n\n') }
}

/** Every version worth trying, in order of preference: more of the research first, then the extras. */
function variantsFor(kind: MessageKind): Variant[] {
  const variants: Variant[] = []
  for (const researchWords of [30, 20, 12, 0]) {
    for (const bridge of kind === 'opener' ? [false] : [true, false]) {
      for (const phone of kind === 'opener' ? [false] : [true, false]) {
        for (const extra of [true, false]) {
          variants.push({ researchWords, bridge, phone, proof: kind !== 'opener' && extra, openerOptOut: kind === 'opener' && extra })
        }
      }
    }
  }
  return variants
}

/** A first draft of one message, ready for the rep to edit. */
export function draftMessage(kind: MessageKind, input: DraftInput): MessageDraft {
  const parts: Parts = {
    input,
    statement: chooseValueStatement(input),
    event: firstOf(input.research, 'trigger-event') ?? firstOf(input.research, 'news'),
    need: firstOf(input.research, 'need-hypothesis'),
  }
  const drafts = variantsFor(kind).map((variant) => {
    const draft = compose(kind, parts, variant)
    return { draft, coaching: coachMessage(draft.text, kind) }
  })
  const clean = drafts.find((d) => d.coaching.findings.length === 0)
  const passing = drafts.find((d) => d.coaching.pass)
  const chosen = clean ?? passing ?? drafts[0]
  return chosen?.draft ?? { text: '' }
}

/** Why a draft will be weak, in the rep's words, so they can fix the cause rather than the text. */
export function draftGaps(input: DraftInput): string[] {
  const gaps: string[] = []
  if (!input.repName || !input.repCompany) gaps.push('Add your name and company so the message says who is calling.')
  if (input.valueStatements.length === 0) gaps.push('Write at least one value statement in your offering: the draft leads with it.')
  else if (!input.valueStatements.some((s) => isConcreteBenefit(s.benefit) && !hasSuperlative(s.benefit))) {
    gaps.push('None of your value statements names a concrete result (time, cost, errors…): sharpen one in your offering.')
  }
  if (!input.research.some((r) => r.kind === 'trigger-event' || r.kind === 'news' || r.kind === 'need-hypothesis')) {
    gaps.push('Add a need hypothesis or a trigger event in Research to make the draft about this account.')
  }
  if (!input.prospectName) gaps.push('Add the person you will call under Contacts so the message greets them by name.')
  return gaps
}
