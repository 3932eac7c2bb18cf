import type { accountsChannels } from '../../src/shared/contract/accounts'
import { getAccount, insertAccount, listAccounts, restoreAccount, softDeleteAccount, updateAccount } from '../store/repositories/accounts'
import type { HandlerMap } from './handler'
import { loadSampleTerritory } from './sampleTerritory'

export const accountsHandlers: HandlerMap<keyof typeof accountsChannels> = {
  'accounts.list': (ctx) => listAccounts(ctx.db),
  'accounts.get': (ctx, { id }) => getAccount(ctx.db, id),
  'accounts.create': (ctx, fields) => insertAccount(ctx.db, fields),
  'accounts.update': (ctx, { id, fields }) => updateAccount(ctx.db, id, fields),
  'accounts.delete': (ctx, { id }) => softDeleteAccount(ctx.db, id),
  'accounts.restore': (ctx, { id }) => restoreAccount(ctx.db, id),
  'accounts.loadSample': (ctx) => loadSampleTerritory(ctx),
}
