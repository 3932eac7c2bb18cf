import type { MessageKindName } from '@shared/contract/messages'
import type { MessageFindingId } from '@shared/domain/messageCoach'

export const messageKindLabels: Record<MessageKindName, string> = {
  opener: 'Opener',
  voicemail: 'Voicemail',
  email: 'Follow-up email',
}

/** What each message is for, shown under its name. */
export const messageKindHints: Record<MessageKindName, string> = {
  opener: 'The first few sentences when they pick up: who you are, why them, and a question that gets them talking.',
  voicemail: 'About 30 seconds: who you are, the value for teams like theirs, the day you will call again, and an easy way to say no.',
  email: 'Short and about them: their likely challenge, one benefit, a next step with a day, and a way to decline.',
}

export const findingTitles: Record<MessageFindingId, string> = {
  'too-long': 'Too long',
  'seller-focused': 'About you more than them',
  'no-benefit': 'No concrete benefit',
  'no-call-to-action': 'No next step with a time',
  'no-opt-out': 'No easy way to say no',
  superlative: 'Claims they have no reason to believe',
  empty: 'Nothing written yet',
}

/** The label of each editor's text box. */
export const messageTextLabels: Record<MessageKindName, string> = {
  opener: 'Opener script',
  voicemail: 'Voicemail script',
  email: 'Email text',
}
