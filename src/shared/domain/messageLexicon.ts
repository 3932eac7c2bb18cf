/**
 * Patterns for the message coach: what counts as a benefit, a call to action with a time, an
 * easy way to say no, an unsupported superlative, and the sentences that introduce the caller.
 * All patterns run on lower-cased text with straight apostrophes.
 */

export const WORDS_PER_MINUTE = 150

/** Second-person words: the message is about the prospect. */
export const PROSPECT_WORDS: ReadonlySet<string> = new Set([
  'you', 'your', 'yours', "you're", "you'll", "you've", "you'd", 'yourself', 'yourselves',
])

/** First-person words: the message is about the seller. */
export const SELLER_WORDS: ReadonlySet<string> = new Set([
  'we', 'our', 'ours', 'us', 'i', 'my', 'me', 'mine', "we're", "we've", "we'll", "we'd", "i'm", "i've",
  "i'll", "i'd", 'myself', 'ourselves',
])

/** A concrete result for the customer: a verb of improvement, a measurable noun, or a number with a unit. */
export const BENEFIT_PATTERNS: readonly RegExp[] = [
  /\b(?:save[sd]?|saving|savings|reduce[sd]?|reducing|reduction|cut(?:s|ting)?|lower(?:s|ed|ing)?|faster|quicker|fewer|less|avoid(?:s|ed|ing)?|grow(?:s|th|ing)?|increase[sd]?|increasing|improve[sd]?|improving|boost(?:s|ed)?|free(?:s|d)? up|eliminat\w*|prevent\w*|shorten\w*|speed(?:s)? up|halve[sd]?|double[sd]?|recover\w*)\b/,
  /\b(?:hours?|minutes?|days?|weeks?|cost(?:s)?|time|risk(?:s)?|revenue|margins?|errors?|mistakes?|downtime|overtime|churn|waste|roi|cash flow|headcount)\b/,
  /\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|times\b|hours?\b|hrs?\b|days?\b|weeks?\b|minutes?\b|mins?\b|k\b|m\b)/,
  /[$€£]\s?\d/,
  /\b(?:in half|by half|twice as)\b/,
]

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs)?|fri)'
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)'

/** A stated time: a day, "tomorrow", "next week", a date or a clock time. */
export const TIME_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b${DAY}\\b`),
  /\b(?:tomorrow|tonight|next week|this week|later this week|early next week|end of (?:the|this|next) (?:week|month)|next month)\b/,
  /(?<!good )\b(?:morning|afternoon|evening)\b/,
  new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b`),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\\b`),
  /\b(?:on|by) the \d{1,2}(?:st|nd|rd|th)\b/,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/,
  /\b(?:at|around|by) \d{1,2}(?::\d{2})?(?![\d%:.,]\d|[\d%])/,
  /\b\d{1,2}(?::\d{2})\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b/,
]

/** A next step the prospect can act on or expect: a call, a meeting, a reply. */
export const ACTION_PATTERN =
  /\b(?:call|ring|phone|try (?:you|again)|reach (?:you|out)|follow(?:ing)? up|e-?mail|write|send|talk|speak|meet|catch up|book|chat|check in|get back|reply|respond|hear|grab|connect|schedule|free|available|work for you|suit)\b/

/** Ways to let the prospect decline easily. */
export const OPT_OUT_PATTERNS: readonly RegExp[] = [
  /\bif (?:it|this|that|now)(?:'s| is| was)? (?:not|isn't|isnt|wasn't|doesn't)\b/,
  /\bif (?:you're|you are) not (?:interested|the right person)\b/,
  /\bif you(?:'d| would) rather (?:i|we) (?:didn't|did not|not)\b/,
  /\bnot (?:a|the) (?:priority|right time|good time|fit)\b/,
  /\b(?:no problem|no worries|that's fine|totally fine|all good) if not\b/,
  /\b(?:let me know|tell me|say so|reply)\b[^.!?]*\b(?:i|we) (?:won't|will not|will stop|'ll stop)\b/,
  /\b(?:i|we)(?:'ll| will) (?:stop|leave it there|close the loop|not (?:call|follow up|reach out))\b/,
  /\bi won't (?:follow up|call again|bother you|reach out|keep calling)\b/,
  /\bnot interested\b/,
  /\bno thanks?\b/,
  /\bfeel free to (?:tell me|say no|ignore|let me know|decline)\b/,
  /\bunsubscribe\b/,
]

/** Claims about the seller that the prospect has no reason to believe. */
export const SUPERLATIVE_PATTERN =
  /\b(?:best[- ]in[- ]class|best|superior|world[- ]class|number one|no\. ?1|leading|industry[- ]leading|market[- ]leading|unmatched|cutting[- ]edge|revolutionary|greatest|unbeatable|unrivall?ed|unparalleled|second to none|state[- ]of[- ]the[- ]art|game[- ]chang(?:ing|er))\b|#1\b/g

/** Phrases with a superlative word that make no claim about the seller ("Best regards", "your best people"). */
export const SUPERLATIVE_EXCEPTIONS =
  /\b(?:(?:your|their|his|her) (?:very )?(?:best|leading|greatest)|best (?:regards|wishes)|all the best|(?:works?|suits?|fits?) (?:you )?best|best (?:time|way|person|day|number)|at best|do (?:my|our|your) best|leading (?:to|up to|into))\b/g

/** A source that backs up a claim ("rated #1 by G2"): the claim is supported, though still about the seller. */
export const CLAIM_SOURCE = /\b(?:according to|rated|ranked|named|awarded|voted|survey|study|report|review(?:s|ed)? on)\b/

/** A sentence in which the caller says who they are (run on original case: names are capitalised). */
export const INTRODUCTION = /\b(?:[Tt]his is|[Mm]y name is|[Ii]t's|I'm|I am) (?:[A-Z][\w'-]*|calling)\b/

/** A greeting on its own ("Hi Dana,"). */
export const GREETING = /^(?:hi|hello|hey|good (?:morning|afternoon|evening)|dear)\b(?:\s+\S+){0,2}\s*[,.!]?$/i

export function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((p) => p.test(text))
}
