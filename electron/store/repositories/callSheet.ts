import type { Database } from 'better-sqlite3'
import type { CallSheet } from '../../../src/shared/contract/checklist'
import type { Contact } from '../../../src/shared/contract/contacts'
import { computeChecklist } from '../../../src/shared/domain/checklist'
import { isStale } from '../../../src/shared/domain/toVerify'
import { prepared } from '../statements'
import { getAccount } from './accounts'
import { checklistInputs } from './checklist'
import { getAccountStanding, listContacts } from './contacts'
import { explainFit } from './fit'
import { listMessages } from './messages'
import { listObjections } from './objections'
import { getCallPlan } from './questions'
import { listResearchNotes } from './research'

/** Decision makers first, confirmed before presumed; the rest keep their order (by name). */
function byDecisionRole(contacts: readonly Contact[]): Contact[] {
  const rank = (contact: Contact) => (contact.decisionRole === 'decision-maker' ? (contact.roleConfirmed ? 0 : 1) : 2)
  return contacts.map((contact, order) => ({ contact, order })).sort((a, b) => rank(a.contact) - rank(b.contact) || a.order - b.order).map(({ contact }) => contact)
}

/** Everything the one-page brief of a target shows, read at one moment. `today` is YYYY-MM-DD on the rep's clock. */
export function getCallSheet(db: Database, accountId: string, today: string): CallSheet {
  return db.transaction((): CallSheet => {
    const account = getAccount(db, accountId)
    const standing = getAccountStanding(db, accountId)
    const { input, toVerify } = checklistInputs(db, accountId, today)
    const { ready, missing } = computeChecklist(input)
    const messages = listMessages(db, accountId)
    const objections = listObjections(db, accountId)
    const target = prepared(db, 'SELECT next_step, next_step_due FROM target WHERE account_id = ? AND removed_at IS NULL').get(accountId) as
      | { next_step: string | null; next_step_due: string | null }
      | undefined
    const research = listResearchNotes(db, accountId).filter(
      (note) => note.kind !== 'assumption' && !(note.kind === 'fact' && isStale(note.observedOn, today, input.staleAfterDays)),
    )
    const [opener, voicemail] = (['opener', 'voicemail'] as const).map((kind) => messages.find((message) => message.kind === kind))
    if (!opener || !voicemail) throw new Error('listMessages always returns the opener and the voicemail')
    return {
      accountId,
      account,
      relationship: standing.relationship,
      offLimits: standing.doNotContact,
      offLimitsReason: standing.doNotContactReason,
      fit: explainFit(db, accountId),
      contacts: byDecisionRole(listContacts(db, accountId)),
      research,
      toVerify,
      questions: getCallPlan(db, accountId).questions,
      opener,
      voicemail,
      objections: [...objections.account, ...objections.general],
      nextStep: target?.next_step ?? null,
      nextStepDue: target?.next_step_due ?? null,
      ready,
      missing,
      today,
    }
  })()
}
