import type { contactsChannels } from '../../src/shared/contract/contacts'
import {
  getAccountStanding,
  insertContact,
  listContacts,
  listDoNotContactHistory,
  restoreContact,
  setAccountDoNotContact,
  setAccountRelationship,
  setContactDoNotContact,
  softDeleteContact,
  updateContact,
} from '../store/repositories/contacts'
import type { HandlerMap } from './handler'

export const contactsHandlers: HandlerMap<keyof typeof contactsChannels> = {
  'contacts.list': (ctx, { accountId }) => listContacts(ctx.db, accountId),
  'contacts.create': (ctx, { accountId, fields }) => insertContact(ctx.db, accountId, fields),
  'contacts.update': (ctx, { id, fields }) => updateContact(ctx.db, id, fields),
  'contacts.delete': (ctx, { id }) => softDeleteContact(ctx.db, id),
  'contacts.restore': (ctx, { id }) => restoreContact(ctx.db, id),
  'contacts.setDoNotContact': (ctx, { id, doNotContact, reason }) => setContactDoNotContact(ctx.db, id, doNotContact, reason),
  'contacts.accountStanding': (ctx, { accountId }) => getAccountStanding(ctx.db, accountId),
  'contacts.setAccountRelationship': (ctx, { accountId, relationship }) => setAccountRelationship(ctx.db, accountId, relationship),
  'contacts.setAccountDoNotContact': (ctx, { accountId, doNotContact, reason }) => setAccountDoNotContact(ctx.db, accountId, doNotContact, reason),
  'contacts.doNotContactHistory': (ctx, { accountId }) => listDoNotContactHistory(ctx.db, accountId),
}
