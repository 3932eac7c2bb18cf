import type { appChannels } from '../../src/shared/contract/app'
import { schemaVersion } from '../store/database'
import type { HandlerMap } from './handler'

export const appHandlers: HandlerMap<keyof typeof appChannels> = {
  'app.info': (ctx) => ({
    version: ctx.version,
    schemaVersion: schemaVersion(ctx.db),
    databasePath: ctx.databasePath,
    mode: ctx.mode,
  }),
}
