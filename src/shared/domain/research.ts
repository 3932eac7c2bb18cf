/**
 * Research notes: what the rep learned about an account before calling, with where it came from and
 * when (METHOD §3). Pure rules shared by the store, the handlers and the screens.
 */

/** A confirmed fact, a guess to check, a suspected need, a piece of news or an event that opens a door. */
export const researchNoteKinds = ['fact', 'assumption', 'need-hypothesis', 'news', 'trigger-event'] as const
export type ResearchNoteKind = (typeof researchNoteKinds)[number]

export const researchNoteKindLabels: Record<ResearchNoteKind, string> = {
  fact: 'Fact',
  assumption: 'Assumption',
  'need-hypothesis': 'Need hypothesis',
  news: 'News',
  'trigger-event': 'Trigger event',
}

/** Kinds that claim something is true, so they need to say where it came from. */
export const kindsNeedingSource: ReadonlySet<ResearchNoteKind> = new Set(['fact', 'news', 'trigger-event'])

export const defaultStaleAfterDays = 90
export const staleAfterDaysRange = { min: 1, max: 3650 } as const

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const dayMs = 86_400_000

/** Days since 1970-01-01 for a real calendar date written YYYY-MM-DD, or undefined for anything else. */
export function dayNumber(isoDate: string): number | undefined {
  const match = isoDatePattern.exec(isoDate)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const time = Date.UTC(year, month - 1, day)
  const check = new Date(time)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined
  return time / dayMs
}

export function isCalendarDate(text: string): boolean {
  return dayNumber(text) !== undefined
}

/** Whole days from one date to a later one (negative when `to` is earlier), or undefined if either is not a date. */
export function daysBetween(from: string, to: string): number | undefined {
  const start = dayNumber(from)
  const end = dayNumber(to)
  return start === undefined || end === undefined ? undefined : end - start
}

/** The calendar date the rep sees on their own clock, as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The address to open when a source is a secure web link, else null (the source is then shown as the
 * words the rep typed). Only https: anything else, including http and script or file addresses, is text.
 */
export function sourceLink(source: string | null): string | null {
  if (source === null) return null
  const text = source.trim()
  if (!/^https:\/\/\S+$/i.test(text)) return null
  try {
    const url = new URL(text)
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '' ? url.href : null
  } catch {
    return null
  }
}
