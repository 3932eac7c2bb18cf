import { z } from 'zod'
import { channel } from './channel'
import { emptyInput } from './fields'

export const appInfoSchema = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  databasePath: z.string(),
  mode: z.enum(['desktop', 'browser']),
})
export type AppInfo = z.infer<typeof appInfoSchema>

export const appChannels = {
  'app.info': channel(emptyInput, appInfoSchema),
}
