import type { HandlerContext } from '../../electron/handlers/context'
import { addOwnItem, softDeleteOwnItem } from '../../electron/store/repositories/checklist'
import type { ChannelName } from '../../src/shared/contract'
import { preparedTarget } from '../support/preparedTarget'
import type { ChannelSample } from './channelSamples'

type ChecklistChannel = Extract<ChannelName, `checklist.${string}` | `callQueue.${string}` | `callSheet.${string}` | 'app.printToPdf'>

function ownItemId(ctx: HandlerContext): string {
  return addOwnItem(ctx.db, preparedTarget(ctx.db, 'Kestrel Freight'), 'Read the annual report').id
}

export const checklistChannelSamples: { [C in ChecklistChannel]: ChannelSample<C> } = {
  'checklist.get': (ctx) => ({ accountId: preparedTarget(ctx.db, 'Kestrel Freight', { skip: ['opener'] }) }),
  'checklist.addItem': (ctx) => ({ accountId: preparedTarget(ctx.db, 'Kestrel Freight'), text: 'Read the annual report' }),
  'checklist.updateItem': (ctx) => ({ id: ownItemId(ctx), text: 'Read the 2025 annual report' }),
  'checklist.toggleItem': (ctx) => ({ id: ownItemId(ctx), done: true }),
  'checklist.deleteItem': (ctx) => ({ id: ownItemId(ctx) }),
  'checklist.restoreItem': (ctx) => {
    const id = ownItemId(ctx)
    softDeleteOwnItem(ctx.db, id)
    return { id }
  },
  'checklist.readiness': (ctx) => {
    preparedTarget(ctx.db, 'Kestrel Freight')
    preparedTarget(ctx.db, 'Heron Logistics', { skip: ['questions'] })
    return {}
  },
  'callQueue.list': (ctx) => {
    preparedTarget(ctx.db, 'Kestrel Freight')
    return {}
  },
  'callSheet.get': (ctx) => ({ accountId: preparedTarget(ctx.db, 'Kestrel Freight') }),
  // The desktop main gives this capability; the sample stands in for it (the context is fresh per run).
  'app.printToPdf': (ctx) => {
    Object.assign(ctx, { printToPdf: async () => ({ path: '/tmp/call-sheet.pdf' }) })
    return {}
  },
}
