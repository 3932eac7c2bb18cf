import type { researchChannels } from '../../src/shared/contract/research'
import {
  getResearchSettings,
  insertResearchNote,
  listResearchNotes,
  listToVerify,
  restoreResearchNote,
  setStaleAfterDays,
  softDeleteResearchNote,
  updateResearchNote,
} from '../store/repositories/research'
import { searchEverything } from '../store/repositories/search'
import type { HandlerMap } from './handler'
import { today } from './today'

export const researchHandlers: HandlerMap<keyof typeof researchChannels> = {
  'research.list': (ctx, { accountId }) => listResearchNotes(ctx.db, accountId),
  'research.create': (ctx, { accountId, fields }) => insertResearchNote(ctx.db, accountId, fields),
  'research.update': (ctx, { id, fields }) => updateResearchNote(ctx.db, id, fields),
  'research.delete': (ctx, { id }) => softDeleteResearchNote(ctx.db, id),
  'research.restore': (ctx, { id }) => restoreResearchNote(ctx.db, id),
  'research.getSettings': (ctx) => getResearchSettings(ctx.db),
  'research.setStaleAfterDays': (ctx, { staleAfterDays }) => setStaleAfterDays(ctx.db, staleAfterDays),
  'search.query': (ctx, { text, limit }) => searchEverything(ctx.db, text, limit),
  // The rep's own calendar day: the main process runs on the rep's machine and clock.
  'verify.list': (ctx, { accountId }) => listToVerify(ctx.db, accountId, today()),
}
