import type { HandlerContext } from '../../electron/handlers/context'
import { insertObjection, softDeleteObjection } from '../../electron/store/repositories/objections'
import { addToPlan, insertBankQuestion, removeFromPlan, softDeleteBankQuestion } from '../../electron/store/repositories/questions'
import type { ChannelName } from '../../src/shared/contract'
import { insertTestAccount } from '../support/accounts'
import type { ChannelSample } from './channelSamples'

type QuestionChannel = Extract<ChannelName, `questions.${string}` | `objections.${string}`>

function accountId(ctx: HandlerContext): string {
  return insertTestAccount(ctx.db, { name: 'Kestrel Freight', industry: 'Logistics', city: 'Leeds' }).id
}

function ownBankQuestionId(ctx: HandlerContext): string {
  return insertBankQuestion(ctx.db, { purpose: 'problem', text: 'What slows your dispatchers down?' }).id
}

function plannedId(ctx: HandlerContext, account = accountId(ctx), text = 'How do you plan routes today?'): string {
  return addToPlan(ctx.db, { accountId: account, text, origin: 'own' }).question.id
}

function objectionId(ctx: HandlerContext): string {
  return insertObjection(ctx.db, accountId(ctx), { reaction: 'It sounds expensive.', answer: 'Compared with what?' }).id
}

/** Valid inputs for the question bank, call plan and objection channels (see channelSamples.ts). */
export const questionChannelSamples: { [C in QuestionChannel]: ChannelSample<C> } = {
  'questions.bank': () => ({}),
  'questions.createBankQuestion': () => ({ purpose: 'timing', text: 'When does your busy season start?' }),
  'questions.updateBankQuestion': (ctx) => ({ id: ownBankQuestionId(ctx), fields: { purpose: 'implication', text: 'What does a slow dispatch cost you?' } }),
  'questions.deleteBankQuestion': (ctx) => ({ id: ownBankQuestionId(ctx) }),
  'questions.restoreBankQuestion': (ctx) => {
    const id = ownBankQuestionId(ctx)
    softDeleteBankQuestion(ctx.db, id)
    return { id }
  },
  'questions.plan': (ctx) => {
    const account = accountId(ctx)
    plannedId(ctx, account)
    addToPlan(ctx.db, { accountId: account, text: 'Is it hard?', purpose: null, origin: 'to-verify', sourceKey: 'note:sample' })
    return { accountId: account }
  },
  'questions.addToPlan': (ctx) => ({ accountId: accountId(ctx), text: 'How many depots do you run?', origin: 'to-verify', sourceKey: 'qualifier:depots' }),
  'questions.updatePlanItem': (ctx) => ({ id: plannedId(ctx), text: 'Walk me through how routes get planned.', purpose: 'situation' }),
  'questions.removeFromPlan': (ctx) => ({ id: plannedId(ctx) }),
  'questions.restoreToPlan': (ctx) => {
    const id = plannedId(ctx)
    removeFromPlan(ctx.db, id)
    return { id }
  },
  'questions.reorderPlan': (ctx) => {
    const account = accountId(ctx)
    const first = plannedId(ctx, account)
    const second = plannedId(ctx, account, 'Who else weighs in?')
    return { accountId: account, orderedIds: [second, first] }
  },
  'objections.list': (ctx) => {
    const account = accountId(ctx)
    insertObjection(ctx.db, account, { reaction: 'Call me next quarter.', answer: null })
    insertObjection(ctx.db, null, { reaction: 'Send me something to read.', answer: 'Happy to. What would help most?' })
    return { accountId: account }
  },
  'objections.create': (ctx) => ({ accountId: accountId(ctx), fields: { reaction: 'We have a supplier.', answer: 'What would make a second look worth it?' } }),
  'objections.update': (ctx) => ({ id: objectionId(ctx), fields: { reaction: 'It sounds expensive.', answer: null } }),
  'objections.delete': (ctx) => ({ id: objectionId(ctx) }),
  'objections.restore': (ctx) => {
    const id = objectionId(ctx)
    softDeleteObjection(ctx.db, id)
    return { id }
  },
  'objections.reorder': (ctx) => {
    const first = insertObjection(ctx.db, null, { reaction: 'Too busy.', answer: null }).id
    const second = insertObjection(ctx.db, null, { reaction: 'No budget.', answer: null }).id
    return { accountId: null, orderedIds: [second, first] }
  },
}
