import type { Contact } from '../../src/shared/contract/contacts'
import { AppError } from '../../src/shared/contract/envelope'
import type {
  AccountMessages,
  analysisChannels,
  MessageDraftResult,
  MessageKindName,
  MessageRecipient,
  messagesChannels,
} from '../../src/shared/contract/messages'
import { coachMessage } from '../../src/shared/domain/messageCoach'
import { callbackDay, chooseRecipient, draftGaps, draftMessage, firstNameOf, type DraftInput } from '../../src/shared/domain/messageDraft'
import type { Database } from '../store/database'
import { getAccount } from '../store/repositories/accounts'
import { getAnalysis, getAnalysisVersion, saveAnalysis, startNewCallVersion } from '../store/repositories/analysis'
import { getAccountStanding, isAccountOffLimits, listContacts } from '../store/repositories/contacts'
import { getRepProfile, listMessages, saveMessage, saveRepProfile } from '../store/repositories/messages'
import { getOffering } from '../store/repositories/offering'
import { listResearchNotes } from '../store/repositories/research'
import type { HandlerMap } from './handler'

function toRecipient(contact: Contact | undefined): MessageRecipient | null {
  if (!contact) return null
  return {
    contactId: contact.id,
    name: contact.name,
    firstName: firstNameOf(contact.name),
    decisionRole: contact.decisionRole,
    roleConfirmed: contact.roleConfirmed,
  }
}

function messagesFor(db: Database, accountId: string): AccountMessages {
  const messages = listMessages(db, accountId)
  const contacts = listContacts(db, accountId)
  const offLimits = isAccountOffLimits(db, accountId)
  return {
    accountId,
    offLimits,
    offLimitsReason: offLimits ? getAccountStanding(db, accountId).doNotContactReason : null,
    contactsOffLimits: contacts.filter((c) => c.doNotContact).map((c) => ({ id: c.id, name: c.name, reason: c.doNotContactReason })),
    recipient: offLimits ? null : toRecipient(chooseRecipient(contacts)),
    messages,
  }
}

/** A fresh draft from what the rep wrote about their offering and this account. Nothing is written. */
export function draftFor(db: Database, accountId: string, kind: MessageKindName, today: Date = new Date()): MessageDraftResult {
  const account = getAccount(db, accountId)
  if (isAccountOffLimits(db, accountId)) {
    throw new AppError('CONFLICT', `${account.name} asked not to be contacted, so Groundwork will not draft messages for them.`)
  }
  const recipient = toRecipient(chooseRecipient(listContacts(db, accountId)))
  const profile = getRepProfile(db)
  const offering = getOffering(db)
  const input: DraftInput = {
    repName: profile.name,
    repCompany: profile.company,
    repPhone: profile.phone,
    prospectName: recipient?.firstName ?? null,
    accountName: account.name,
    industry: account.industry,
    valueStatements: offering.valueStatements.map(({ benefit, forWhom, proof }) => ({ benefit, forWhom, proof })),
    research: listResearchNotes(db, accountId).map(({ kind: noteKind, text }) => ({ kind: noteKind, text })),
    callbackDay: callbackDay(today),
  }
  const draft = draftMessage(kind, input)
  return {
    kind,
    subject: kind === 'email' ? (draft.subject ?? null) : null,
    text: draft.text,
    coaching: coachMessage(draft.text, kind),
    gaps: draftGaps(input),
    recipient,
  }
}

export const messagesHandlers: HandlerMap<keyof typeof messagesChannels> = {
  'messages.get': (ctx, { accountId }) => messagesFor(ctx.db, accountId),
  'messages.save': (ctx, { accountId, kind, subject, text }) => saveMessage(ctx.db, accountId, kind, subject, text),
  'messages.draft': (ctx, { accountId, kind }) => draftFor(ctx.db, accountId, kind),
  'messages.getProfile': (ctx) => getRepProfile(ctx.db),
  'messages.saveProfile': (ctx, fields) => saveRepProfile(ctx.db, fields),
}

export const analysisHandlers: HandlerMap<keyof typeof analysisChannels> = {
  'analysis.get': (ctx, { accountId }) => getAnalysis(ctx.db, accountId),
  'analysis.save': (ctx, { accountId, versionId, fields }) => saveAnalysis(ctx.db, accountId, versionId, fields),
  'analysis.newCallVersion': (ctx, { accountId }) => startNewCallVersion(ctx.db, accountId),
  'analysis.version': (ctx, { versionId }) => getAnalysisVersion(ctx.db, versionId),
}
