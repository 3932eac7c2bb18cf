/**
 * Word lists and small text helpers shared by the question coach and its rewriter.
 * Plain TypeScript: no DOM, Node or framework imports.
 */

export const AUXILIARIES: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had',
  'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must',
])

export const NEGATED_AUXILIARIES: ReadonlySet<string> = new Set([
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't",
  "hadn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "mustn't", "shan't", 'cannot',
])

/** Interrogative words, including their contracted forms ("what's", "who's"). */
const WH_BASE = ['how', 'what', 'why', 'who', 'whom', 'whose', 'where', 'when', 'which']
export const WH_WORDS: ReadonlySet<string> = new Set([
  ...WH_BASE,
  ...WH_BASE.flatMap((w) => [`${w}'s`, `${w}'re`, `${w}'d`, `${w}'ll`, `${w}'ve`]),
])

/** Verbs that, as a command or after "could you…", invite the prospect to talk. */
export const TALK_VERBS: ReadonlySet<string> = new Set([
  'tell', 'walk', 'talk', 'take', 'describe', 'explain', 'share', 'give', 'help', 'paint', 'run',
  'outline', 'show', 'elaborate', 'expand', 'clarify', 'say', 'guide', 'fill',
  'telling', 'walking', 'talking', 'taking', 'describing', 'explaining', 'sharing', 'giving',
  'outlining', 'showing', 'elaborating', 'expanding',
])

/** Pronouns and determiners that can open the subject of a question clause. */
export const SUBJECT_STARTERS: ReadonlySet<string> = new Set([
  'you', 'we', 'i', 'it', 'they', 'he', 'she', 'that', 'this', 'there', 'these', 'those',
  'your', 'the', 'our', 'their', 'my', 'his', 'her', 'its', 'anyone', 'anything', 'someone',
  'everyone', 'a', 'an', 'any', 'each', 'every', 'all', 'most',
])

/** Openers that ask a yes/no question without an auxiliary ("Any plans to…?"). */
export const ELLIPTICAL_STARTERS: ReadonlySet<string> = new Set([
  'any', 'anyone', 'anything', 'anybody', 'anywhere', 'anytime',
])

/** Discourse markers a rep may put in front of the real question. */
const LEAD_IN_WORDS: ReadonlySet<string> = new Set([
  'so', 'and', 'but', 'okay', 'ok', 'well', 'now', 'right', 'also', 'then', 'just', 'alright',
  'great', 'thanks', 'sure', 'oh', 'hmm', 'um', 'uh', 'plus', 'besides',
])

export type Token = { readonly raw: string; readonly word: string }

/** Straightens typographic quotes and collapses whitespace. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Lower-cased word with surrounding punctuation removed ("Wednesday?" → "wednesday"). */
export function bareWord(raw: string): string {
  return raw.toLowerCase().replace(/^[^a-z0-9#%$']+|[^a-z0-9%']+$/g, '').replace(/^'+|'+$/g, '')
}

export function tokenise(text: string): Token[] {
  return normaliseText(text)
    .split(' ')
    .filter((raw) => raw.length > 0)
    .map((raw) => ({ raw, word: bareWord(raw) }))
    .filter((t) => t.word.length > 0 || /[?]/.test(t.raw))
}

export function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => t.raw).join(' ')
}

/** Drops leading discourse markers ("So,", "And", "Okay so") from a token list. */
export function stripLeadIns(tokens: readonly Token[]): Token[] {
  let start = 0
  while (start < tokens.length - 1) {
    const token = tokens[start]
    if (token === undefined || !LEAD_IN_WORDS.has(token.word)) break
    start += 1
  }
  return tokens.slice(start)
}

export function endsWithQuestionMark(text: string): boolean {
  return /\?["')\]]*\s*$/.test(text)
}

/** Common function words, ignored when checking that a rewrite keeps the topic. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...AUXILIARIES, ...NEGATED_AUXILIARIES, ...WH_BASE, ...SUBJECT_STARTERS,
  'to', 'of', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'about', 'into', 'over', 'and', 'or',
  'but', 'if', 'so', 'not', 'me', 'us', 'them', 'him', 'yours', 'ours', 'be', 'been', 'being',
  'get', 'got', 'some', 'more', 'less', 'very', 'too', 'still', 'already', 'ever', 'yet', 'now',
  'today', 'currently', 'really', 'just', "you're", "you've", "you'd", "you'll", "it's", "that's",
  "we're", "i'm", 'like', 'think', 'right', 'correct', 'other', 'same', 'one', 'than', 'then',
])

export function contentWords(text: string): string[] {
  return tokenise(text)
    .map((t) => t.word)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
}
