import type { HandlerContext } from '../../electron/handlers/context'
import { newId } from '../../electron/store/ids'
import { saveAnalysis, startNewCallVersion } from '../../electron/store/repositories/analysis'
import { insertContact } from '../../electron/store/repositories/contacts'
import { saveMessage, saveRepProfile } from '../../electron/store/repositories/messages'
import { saveOffering } from '../../electron/store/repositories/offering'
import type { ChannelName } from '../../src/shared/contract'
import { analysisFieldsSchema } from '../../src/shared/contract/messages'
import { insertTestAccount } from '../support/accounts'
import type { ChannelSample } from './channelSamples'

type MessagesChannel = Extract<ChannelName, `messages.${string}` | `analysis.${string}`>

function accountId(ctx: HandlerContext): string {
  return insertTestAccount(ctx.db, { name: 'Kestrel Freight', industry: 'Logistics', city: 'Leeds' }).id
}

/** An account with a voicemail written, a presumed decision maker, and a rep who has described the offering. */
function preparedAccountId(ctx: HandlerContext): string {
  const id = accountId(ctx)
  saveRepProfile(ctx.db, { name: 'Sam Reyes', company: 'Brightline', phone: '555 0100' })
  saveOffering(ctx.db, {
    whatItIs: 'Route planning',
    summary: null,
    valueStatements: [{ id: newId(), benefit: 'Cut re-planning time in half', forWhom: 'Dispatch teams', proof: null }],
    differentiators: [],
  })
  insertContact(ctx.db, id, {
    name: 'Dana Whitfield',
    title: null,
    department: null,
    email: null,
    phone: null,
    decisionRole: 'decision-maker',
    roleConfirmed: false,
    relationship: 'prospect',
    notes: null,
  })
  saveMessage(ctx.db, id, 'voicemail', null, "Hi Dana, this is Sam. You could cut re-planning time in half. I'll call again Thursday. If it isn't a priority, tell me and I won't follow up.")
  return id
}

/** An account on its second call, so there is an earlier, read-only form. */
function secondCall(ctx: HandlerContext): { accountId: string; firstId: string; currentId: string } {
  const id = accountId(ctx)
  const first = saveAnalysis(ctx.db, id, null, analysisFieldsSchema.parse({ needs: 'Fewer re-plans', verdict: 'possible-fit' }))
  const current = startNewCallVersion(ctx.db, id)
  return { accountId: id, firstId: first.id, currentId: current.id }
}

export const messagesChannelSamples: { [C in MessagesChannel]: ChannelSample<C> } = {
  'messages.get': (ctx) => ({ accountId: preparedAccountId(ctx) }),
  'messages.save': (ctx) => ({ accountId: accountId(ctx), kind: 'email', subject: 'Route planning', text: 'Hi Dana,' }),
  'messages.draft': (ctx) => ({ accountId: preparedAccountId(ctx), kind: 'email' }),
  'messages.getProfile': (ctx) => {
    saveRepProfile(ctx.db, { name: 'Sam Reyes', company: null, phone: null })
    return {}
  },
  'messages.saveProfile': () => ({ name: 'Sam Reyes', company: 'Brightline', phone: '+44 113 496 0000' }),
  'analysis.get': (ctx) => ({ accountId: secondCall(ctx).accountId }),
  'analysis.save': (ctx) => {
    const { accountId: id, currentId } = secondCall(ctx)
    return { accountId: id, versionId: currentId, fields: { budget: 'Set in October', verdict: 'fit' } }
  },
  'analysis.newCallVersion': (ctx) => ({ accountId: secondCall(ctx).accountId }),
  'analysis.version': (ctx) => ({ versionId: secondCall(ctx).firstId }),
}
