import { localIsoDate } from '../../src/shared/domain/research'

/**
 * The rep's own calendar day as YYYY-MM-DD: the main process runs on the rep's machine and clock, so a
 * file exported late in the evening is not dated tomorrow and a due date turns overdue on the rep's day.
 */
export function today(): string {
  return localIsoDate(new Date())
}
