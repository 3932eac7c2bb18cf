import { formatDate } from '../../lib/format'

/**
 * A calendar day (YYYY-MM-DD) in the rep's own date format, as the research cards show it. Read at
 * midday, so no time zone moves it to the day before or after; an unreadable value shows as it is.
 */
export function DayDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(`${iso}T12:00:00`) || iso}</time>
}
