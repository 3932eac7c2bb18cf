import type { Database } from '../../electron/store/database'
import { saveAnalysis } from '../../electron/store/repositories/analysis'
import { insertContact } from '../../electron/store/repositories/contacts'
import { saveMessage } from '../../electron/store/repositories/messages'
import { addToPlan } from '../../electron/store/repositories/questions'
import { insertResearchNote } from '../../electron/store/repositories/research'
import { addTargets } from '../../electron/store/repositories/targets'
import { analysisFieldsSchema } from '../../src/shared/contract/messages'
import { localIsoDate } from '../../src/shared/domain/research'
import { insertTestAccount } from './accounts'

/** What the message coach passes: about the prospect, a benefit, a timed next step and an easy no. */
export const passingOpener =
  'Hi Dana, this is Sam at Brightline. Dispatch teams like yours often lose hours re-planning when drivers call in sick. How do you handle that today?'
export const passingVoicemail = [
  'Hi Dana, this is Sam Reyes at Brightline.',
  'Dispatch teams like yours often lose hours each week re-planning routes when drivers call in sick.',
  'We help cut that re-planning time roughly in half.',
  "I'll call you again on Thursday at 10.",
  "If it isn't a priority right now, just tell me and I won't follow up.",
].join(' ')
/** The method's failure case. */
export const productVoicemail = "Hi Dana, this is Sam Reyes at Brightline. Our superior routing system is the best on the market. I'll call you again on Thursday at 10."

export const openQuestions = [
  'How do you plan routes today?',
  'What happens when a driver calls in sick?',
  'Walk me through how a new customer is onboarded.',
]

export function today(): string {
  return localIsoDate(new Date())
}

export function newAccount(db: Database, name: string, industry: string | null = 'Logistics'): string {
  return insertTestAccount(db, { name, industry, city: 'Leeds', country: 'United Kingdom', employees: 80 }).id
}

export type PrepStep = 'research' | 'questions' | 'decision-maker' | 'opener' | 'voicemail' | 'form'
export const prepSteps: readonly PrepStep[] = ['research', 'questions', 'decision-maker', 'opener', 'voicemail', 'form']

/** Does one step of the preparation the way the rep's screens would. */
export function doPrepStep(db: Database, accountId: string, step: PrepStep): void {
  switch (step) {
    case 'research':
      insertResearchNote(db, accountId, { kind: 'fact', text: 'Runs 40 delivery vans out of two depots.', source: 'https://example.com/about', observedOn: today(), contactId: null })
      return
    case 'questions':
      for (const text of openQuestions) addToPlan(db, { accountId, text, origin: 'own' })
      return
    case 'decision-maker':
      insertContact(db, accountId, {
        name: 'Dana Whitfield',
        title: 'Head of Operations',
        department: null,
        email: null,
        phone: '0113 496 0101',
        decisionRole: 'decision-maker',
        roleConfirmed: false,
        relationship: 'prospect',
        notes: null,
      })
      return
    case 'opener':
      saveMessage(db, accountId, 'opener', null, passingOpener)
      return
    case 'voicemail':
      saveMessage(db, accountId, 'voicemail', null, passingVoicemail)
      return
    case 'form':
      saveAnalysis(db, accountId, null, analysisFieldsSchema.parse({ currentSituation: 'Plans routes in spreadsheets every evening.' }))
      return
  }
}

/** An account on the target list with every step of the preparation done: ready to call. */
export function preparedTarget(db: Database, name: string, options: { onList?: boolean; skip?: readonly PrepStep[] } = {}): string {
  const accountId = newAccount(db, name)
  if (options.onList ?? true) addTargets(db, { accountIds: [accountId], reason: null })
  for (const step of prepSteps) if (!options.skip?.includes(step)) doPrepStep(db, accountId, step)
  return accountId
}
