/**
 * Coaching for the opener, voicemail and follow-up email a rep prepares (METHOD §3): short,
 * about the prospect, with a concrete benefit, a next step with a time, an easy way to say no,
 * and no product superlatives. Pure function over plain text.
 */
import {
  ACTION_PATTERN, BENEFIT_PATTERNS, CLAIM_SOURCE, GREETING, INTRODUCTION, OPT_OUT_PATTERNS, PROSPECT_WORDS,
  SELLER_WORDS, SUPERLATIVE_EXCEPTIONS, SUPERLATIVE_PATTERN, TIME_PATTERNS, WORDS_PER_MINUTE, anyMatch,
} from './messageLexicon'

export type MessageKind = 'opener' | 'voicemail' | 'email'

export type MessageFindingId =
  | 'too-long' | 'seller-focused' | 'no-benefit' | 'no-call-to-action' | 'no-opt-out' | 'superlative' | 'empty'

export type MessageFinding = { id: MessageFindingId; severity: 'fail' | 'warn'; message: string }

export type MessageCoaching = {
  pass: boolean
  findings: MessageFinding[]
  /** Estimated time to say the message aloud at about 150 words a minute, in seconds (one decimal). */
  speakingSeconds: number
  /**
   * Prospect-directed words (you, your…) against seller-directed words (we, our, I, me…), counted
   * in the pitch only: the introduction, the call to action and the opt-out are first-person by
   * nature ("this is Sam", "I'll call you Thursday", "tell me and I won't") and are left out.
   */
  focus: { you: number; we: number }
  /**
   * Words in the message as the coach counts them against EMAIL_WORD_LIMIT: every word once, a phone
   * number included (speaking time reads a number digit by digit instead). Screens quote this number,
   * so what they show and what the coach judged never disagree.
   */
  wordCount: number
}

/** Seconds beyond which each kind is too long: [warn, fail]. Email is judged by words instead. */
export const SPEAKING_LIMITS: Record<Exclude<MessageKind, 'email'>, readonly [number, number]> = {
  opener: [20, 30],
  voicemail: [30, 30],
}
/** Words beyond which an email is long for a busy prospect. */
export const EMAIL_WORD_LIMIT = 150

function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim()
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => normalise(s))
    .filter((s) => /[a-z0-9]/.test(s))
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s/]+/)
    .map((w) => w.replace(/^[^a-z0-9#$€£']+|[^a-z0-9%']+$/g, '').replace(/^'+|'+$/g, ''))
    .filter((w) => /[a-z0-9]/.test(w))
}

/** Words as spoken: a phone number is read digit by digit, so it counts as half its digits. */
export function spokenWordCount(text: string): number {
  return wordsOf(text).reduce((sum, w) => {
    const digits = w.replace(/\D/g, '').length
    return sum + (digits >= 7 && !/[a-z]/.test(w) ? Math.ceil(digits / 2) : 1)
  }, 0)
}

export function estimateSpeakingSeconds(text: string): number {
  return Math.round((spokenWordCount(normalise(text)) / WORDS_PER_MINUTE) * 600) / 10
}

function hasTimedAction(sentence: string): boolean {
  return ACTION_PATTERN.test(sentence) && anyMatch(TIME_PATTERNS, sentence)
}

function isOptOut(sentence: string): boolean {
  return anyMatch(OPT_OUT_PATTERNS, sentence)
}

/** Pitch sentences, lower-cased: not the greeting/introduction, call to action or opt-out. */
function pitchSentences(sentences: readonly string[]): string[] {
  return sentences
    .filter((s) => !INTRODUCTION.test(s) && !GREETING.test(s))
    .map((s) => s.toLowerCase())
    .filter((s) => !isOptOut(s) && !hasTimedAction(s) && !/^(?:call|email|reach|ring) me\b/.test(s))
}

function focusOf(pitch: readonly string[]): { you: number; we: number } {
  let you = 0
  let we = 0
  for (const sentence of pitch) {
    const words = wordsOf(sentence.replace(/\bthank you\b/g, ''))
    you += words.filter((w) => PROSPECT_WORDS.has(w)).length
    we += words.filter((w) => SELLER_WORDS.has(w)).length
  }
  return { you, we }
}

function superlativesIn(sentence: string): string[] {
  const cleaned = sentence.replace(SUPERLATIVE_EXCEPTIONS, ' ')
  return [...cleaned.matchAll(SUPERLATIVE_PATTERN)].map((m) => m[0])
}

function lengthFinding(kind: MessageKind, seconds: number, wordCount: number): MessageFinding | undefined {
  if (kind === 'email') {
    if (wordCount <= EMAIL_WORD_LIMIT) return undefined
    return {
      id: 'too-long',
      severity: 'warn',
      message: `This email is ${wordCount} words long. Busy prospects skim, so keep it under about ${EMAIL_WORD_LIMIT} words: their likely challenge, one benefit, one next step.`,
    }
  }
  const [warnAt, failAt] = SPEAKING_LIMITS[kind]
  if (seconds <= warnAt) return undefined
  if (kind === 'voicemail') {
    return {
      id: 'too-long',
      severity: 'fail',
      message: `This voicemail takes about ${Math.round(seconds)} seconds to say. Few prospects listen past half a minute, so cut it to who you are, the value for companies like theirs, when you will call again and an easy way to say no.`,
    }
  }
  return {
    id: 'too-long',
    severity: seconds > failAt ? 'fail' : 'warn',
    message: `This opener takes about ${Math.round(seconds)} seconds to say. The prospect decides within moments whether to keep listening, so keep it under about ${warnAt} seconds and get to your question quickly.`,
  }
}

export function coachMessage(text: string, kind: MessageKind): MessageCoaching {
  const clean = normalise(text)
  if (!/[a-z0-9]/i.test(clean)) {
    return {
      pass: false,
      findings: [{ id: 'empty', severity: 'fail', message: 'There is nothing to check yet. Write the message first, then come back for feedback.' }],
      speakingSeconds: 0,
      focus: { you: 0, we: 0 },
      wordCount: 0,
    }
  }
  const original = sentencesOf(text)
  const pitch = pitchSentences(original)
  const sentences = original.map((s) => s.toLowerCase())
  const speakingSeconds = estimateSpeakingSeconds(clean)
  const focus = focusOf(pitch)
  const wordCount = wordsOf(clean).length
  const findings: MessageFinding[] = []

  const tooLong = lengthFinding(kind, speakingSeconds, wordCount)
  if (tooLong) findings.push(tooLong)

  if (focus.we > focus.you) {
    findings.push({
      id: 'seller-focused',
      severity: 'fail',
      message: `The message talks about you and your company (${focus.we} times) more than about the prospect (${focus.you} times). Prospects listen for their own situation: rewrite it around them, their team and what changes for them.`,
    })
  } else if (focus.you === 0) {
    findings.push({
      id: 'seller-focused',
      severity: 'warn',
      message: 'Nothing in the pitch is addressed to the prospect. Name their likely challenge ("teams like yours often…") so they hear why you are calling them in particular.',
    })
  }

  if (!pitch.some((s) => anyMatch(BENEFIT_PATTERNS, s))) {
    findings.push({
      id: 'no-benefit',
      severity: 'fail',
      message: 'There is no concrete benefit for the prospect. Add one specific result that companies like theirs get, such as hours saved, costs or errors reduced, or faster turnaround, so they have a reason to talk to you.',
    })
  }

  if (kind === 'opener') {
    if (!/\?/.test(clean)) {
      findings.push({
        id: 'no-call-to-action',
        severity: 'warn',
        message: 'The opener does not end with a question. Close with a question that invites them to talk, for example how they handle the problem today, so the call becomes a conversation rather than a pitch.',
      })
    }
  } else {
    if (!sentences.some(hasTimedAction)) {
      findings.push({
        id: 'no-call-to-action',
        severity: 'fail',
        message: `There is no next step with a time. Say when you will follow up or propose a slot (for example "I'll call again on Thursday at 10"), so the prospect knows what happens next${kind === 'voicemail' ? ' and your next call is expected' : ''}.`,
      })
    }
    if (!sentences.some(isOptOut)) {
      findings.push({
        id: 'no-opt-out',
        severity: 'fail',
        message: 'There is no easy way for the prospect to say no. Add a line such as "if this isn\'t a priority, just tell me and I won\'t follow up". It is respectful, and prospects answer more readily when declining is easy.',
      })
    }
  }

  const unsupported = new Set<string>()
  const supported = new Set<string>()
  for (const sentence of sentences) {
    for (const word of superlativesIn(sentence)) (CLAIM_SOURCE.test(sentence) ? supported : unsupported).add(word)
  }
  if (unsupported.size > 0) {
    findings.push({
      id: 'superlative',
      severity: 'fail',
      message: `${quoteList(unsupported)} ${unsupported.size === 1 ? 'is a claim' : 'are claims'} about your product that the prospect has no reason to believe. Replace ${unsupported.size === 1 ? 'it' : 'them'} with a concrete result customers like them have had.`,
    })
  } else if (supported.size > 0) {
    findings.push({
      id: 'superlative',
      severity: 'warn',
      message: `${quoteList(supported)} is backed by a source here, but it is still about you rather than the prospect. A concrete result for customers like them usually lands better.`,
    })
  }

  return { pass: findings.every((f) => f.severity !== 'fail'), findings, speakingSeconds, focus, wordCount }
}

function quoteList(words: ReadonlySet<string>): string {
  const quoted = [...words].map((w) => `"${w}"`)
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`
}
