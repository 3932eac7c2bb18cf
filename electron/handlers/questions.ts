import type { objectionsChannels, questionsChannels } from '../../src/shared/contract/questions'
import {
  insertObjection,
  listObjections,
  reorderObjections,
  restoreObjection,
  softDeleteObjection,
  updateObjection,
} from '../store/repositories/objections'
import {
  addToPlan,
  getCallPlan,
  insertBankQuestion,
  listBank,
  removeFromPlan,
  reorderPlan,
  restoreBankQuestion,
  restoreToPlan,
  softDeleteBankQuestion,
  updateBankQuestion,
  updatePlanItem,
} from '../store/repositories/questions'
import type { HandlerMap } from './handler'

export const questionsHandlers: HandlerMap<keyof typeof questionsChannels> = {
  'questions.bank': (ctx) => listBank(ctx.db),
  'questions.createBankQuestion': (ctx, fields) => insertBankQuestion(ctx.db, fields),
  'questions.updateBankQuestion': (ctx, { id, fields }) => updateBankQuestion(ctx.db, id, fields),
  'questions.deleteBankQuestion': (ctx, { id }) => softDeleteBankQuestion(ctx.db, id),
  'questions.restoreBankQuestion': (ctx, { id }) => restoreBankQuestion(ctx.db, id),
  'questions.plan': (ctx, { accountId }) => getCallPlan(ctx.db, accountId),
  'questions.addToPlan': (ctx, input) => addToPlan(ctx.db, input),
  'questions.updatePlanItem': (ctx, { id, text, purpose }) => updatePlanItem(ctx.db, id, { text, purpose }),
  'questions.removeFromPlan': (ctx, { id }) => removeFromPlan(ctx.db, id),
  'questions.restoreToPlan': (ctx, { id }) => restoreToPlan(ctx.db, id),
  'questions.reorderPlan': (ctx, { accountId, orderedIds }) => reorderPlan(ctx.db, accountId, orderedIds),
}

export const objectionsHandlers: HandlerMap<keyof typeof objectionsChannels> = {
  'objections.list': (ctx, { accountId }) => listObjections(ctx.db, accountId),
  'objections.create': (ctx, { accountId, fields }) => insertObjection(ctx.db, accountId, fields),
  'objections.update': (ctx, { id, fields }) => updateObjection(ctx.db, id, fields),
  'objections.delete': (ctx, { id }) => softDeleteObjection(ctx.db, id),
  'objections.restore': (ctx, { id }) => restoreObjection(ctx.db, id),
  'objections.reorder': (ctx, { accountId, orderedIds }) => reorderObjections(ctx.db, accountId, orderedIds),
}
