import type { ChannelName } from '../../src/shared/contract'
import { accountsHandlers } from './accounts'
import { appHandlers } from './app'
import { checklistHandlers, printHandlers } from './checklist'
import { contactsHandlers } from './contacts'
import { exportHandlers } from './export'
import type { HandlerMap } from './handler'
import { importHandlers } from './import'
import { analysisHandlers, messagesHandlers } from './messages'
import { objectionsHandlers, questionsHandlers } from './questions'
import { researchHandlers } from './research'
import { targetingHandlers } from './targeting'
import { targetsHandlers } from './targets'

/** Every channel's handler. A channel in the contract without one here fails to compile. */
export const handlers: HandlerMap<ChannelName> = {
  ...appHandlers,
  ...accountsHandlers,
  ...contactsHandlers,
  ...targetingHandlers,
  ...questionsHandlers,
  ...objectionsHandlers,
  ...targetsHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...researchHandlers,
  ...messagesHandlers,
  ...analysisHandlers,
  ...checklistHandlers,
  ...printHandlers,
}
