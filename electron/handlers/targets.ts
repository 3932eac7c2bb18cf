import type { targetsChannels } from '../../src/shared/contract/targets'
import {
  addTargets,
  listTargets,
  removeTarget,
  restoreTarget,
  setAccountStatus,
  setNextStep,
} from '../store/repositories/targets'
import { queryUniverse, suggestTargets, universeFacets } from '../store/repositories/universe'
import type { HandlerMap } from './handler'

export const targetsHandlers: HandlerMap<keyof typeof targetsChannels> = {
  'universe.query': (ctx, { offset, limit, ...filters }) => queryUniverse(ctx.db, filters, offset, limit),
  'universe.facets': (ctx) => universeFacets(ctx.db),
  'targets.list': (ctx) => listTargets(ctx.db),
  'targets.add': (ctx, { accountIds, reason, swapOutAccountId }) => addTargets(ctx.db, { accountIds, reason, swapOutAccountId }),
  'targets.remove': (ctx, { accountId, reason }) => removeTarget(ctx.db, accountId, reason),
  'targets.restore': (ctx, { accountId }) => restoreTarget(ctx.db, accountId),
  'targets.suggest': (ctx, { limit }) => suggestTargets(ctx.db, limit),
  'targets.setNextStep': (ctx, { accountId, text, due }) => setNextStep(ctx.db, accountId, text, due),
  'targets.setStatus': (ctx, { accountId, status }) => setAccountStatus(ctx.db, accountId, status),
}
