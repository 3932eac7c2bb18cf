import type { checklistChannels, printChannels } from '../../src/shared/contract/checklist'
import { AppError } from '../../src/shared/contract/envelope'
import { getCallSheet } from '../store/repositories/callSheet'
import {
  addOwnItem,
  getChecklist,
  listCallQueue,
  listReadiness,
  restoreOwnItem,
  setOwnItemDone,
  softDeleteOwnItem,
  updateOwnItem,
} from '../store/repositories/checklist'
import type { HandlerMap } from './handler'
import { today } from './today'

export const checklistHandlers: HandlerMap<keyof typeof checklistChannels> = {
  'checklist.get': (ctx, { accountId }) => getChecklist(ctx.db, accountId, today()),
  'checklist.addItem': (ctx, { accountId, text }) => addOwnItem(ctx.db, accountId, text),
  'checklist.updateItem': (ctx, { id, text }) => updateOwnItem(ctx.db, id, text),
  'checklist.toggleItem': (ctx, { id, done }) => setOwnItemDone(ctx.db, id, done),
  'checklist.deleteItem': (ctx, { id }) => softDeleteOwnItem(ctx.db, id),
  'checklist.restoreItem': (ctx, { id }) => restoreOwnItem(ctx.db, id),
  'checklist.readiness': (ctx) => listReadiness(ctx.db, today()),
  'callQueue.list': (ctx) => listCallQueue(ctx.db, today()),
  'callSheet.get': (ctx, { accountId }) => getCallSheet(ctx.db, accountId, today()),
}

export const printHandlers: HandlerMap<keyof typeof printChannels> = {
  'app.printToPdf': async (ctx) => {
    if (!ctx.printToPdf) {
      throw new AppError('CONFLICT', 'Saving as PDF works in the desktop app. Here, use your browser’s print dialog and choose “Save as PDF”.')
    }
    const saved = await ctx.printToPdf()
    return { path: saved?.path ?? null }
  },
}
