import { z } from 'zod'
import { channel } from './channel'
import { emptyInput } from './fields'

/**
 * A CSV file for the renderer to save: UTF-8 with a BOM, CRLF line breaks, every text cell that a
 * spreadsheet could run as a formula neutralised. Groundwork's own import reads it back unchanged.
 */
export const exportFileSchema = z.object({
  fileName: z.string(),
  text: z.string(),
  rowCount: z.number().int().min(0),
})
export type ExportFile = z.infer<typeof exportFileSchema>

export const exportChannels = {
  'export.accounts': channel(emptyInput, exportFileSchema),
  /** Every live contact of every live account, each naming its account by id and by name. */
  'export.contacts': channel(emptyInput, exportFileSchema),
}
