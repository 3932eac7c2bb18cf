import type { importChannels } from '../../src/shared/contract/import'
import { listImportBatches } from '../store/repositories/imports'
import type { HandlerMap } from './handler'
import { analyseImport, cancelImport, importProgress, remapImport, runImport } from './importSessions'

export const importHandlers: HandlerMap<keyof typeof importChannels> = {
  'import.analyse': (ctx, { text, fileName }) => analyseImport(ctx.db, text, fileName ?? null),
  'import.remap': (ctx, { importId, mapping }) => remapImport(ctx.db, importId, mapping),
  'import.run': (ctx, request) => runImport(ctx.db, request),
  'import.progress': (ctx, { importId }) => importProgress(ctx.db, importId),
  'import.cancel': (ctx, { importId }) => cancelImport(ctx.db, importId),
  'import.history': (ctx) => listImportBatches(ctx.db),
}
