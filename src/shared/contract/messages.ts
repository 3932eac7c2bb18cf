import { z } from 'zod'
import type { MessageFindingId } from '../domain/messageCoach'
import { channel } from './channel'
import { contactFieldsSchema, decisionRoleSchema } from './contacts'
import { accountIdInput, emptyInput, idSchema, limits, optionalText, timestampSchema } from './fields'

// ---------------------------------------------------------------------------------------------------
// Opener, voicemail and follow-up email

export const messageKinds = ['opener', 'voicemail', 'email'] as const
export const messageKindSchema = z.enum(messageKinds, { message: 'Choose the opener, the voicemail or the email' })
export type MessageKindName = z.infer<typeof messageKindSchema>

export const messageLimits = {
  subject: 200,
  text: 4_000,
  gaps: 10,
} as const

const messageFindingIds = [
  'too-long', 'seller-focused', 'no-benefit', 'no-call-to-action', 'no-opt-out', 'superlative', 'empty',
] as const satisfies readonly MessageFindingId[]
// Fails to compile if the coach gains a finding this list does not name.
const _everyFindingListed: [Exclude<MessageFindingId, (typeof messageFindingIds)[number]>] extends [never] ? true : false = true

export const messageCoachingSchema = z.object({
  pass: z.boolean(),
  findings: z.array(z.object({ id: z.enum(messageFindingIds), severity: z.enum(['fail', 'warn']), message: z.string() })),
  speakingSeconds: z.number(),
  focus: z.object({ you: z.number().int(), we: z.number().int() }),
})

export const savedMessageSchema = z.object({
  kind: messageKindSchema,
  subject: z.string().nullable(),
  /** Empty when the rep has not written this message yet. */
  text: z.string(),
  /** null until the rep first writes it. */
  updatedAt: timestampSchema.nullable(),
  coaching: messageCoachingSchema,
})
export type SavedMessage = z.infer<typeof savedMessageSchema>

/** Whom the drafts greet: the decision maker on file if any, never someone who asked not to be contacted. */
export const messageRecipientSchema = z.object({
  contactId: idSchema,
  name: z.string(),
  firstName: z.string().nullable(),
  decisionRole: decisionRoleSchema,
  roleConfirmed: z.boolean(),
})
export type MessageRecipient = z.infer<typeof messageRecipientSchema>

export const accountMessagesSchema = z.object({
  accountId: idSchema,
  /** The company asked never to be contacted. */
  offLimits: z.boolean(),
  offLimitsReason: z.string().nullable(),
  /** People at the account who asked not to be contacted. */
  contactsOffLimits: z.array(z.object({ id: idSchema, name: z.string(), reason: z.string().nullable() })),
  recipient: messageRecipientSchema.nullable(),
  /** Always the three kinds, in the order opener, voicemail, email. */
  messages: z.array(savedMessageSchema),
})
export type AccountMessages = z.infer<typeof accountMessagesSchema>

/**
 * What the editor autosaves. The text is kept as typed (a trailing space is part of typing); a message
 * left blank is removed. Only the email has a subject line.
 */
export const messageSaveSchema = z
  .strictObject({
    accountId: idSchema,
    kind: messageKindSchema,
    subject: optionalText('Subject', messageLimits.subject),
    text: z
      .string({ message: 'Write the message as text' })
      .max(messageLimits.text, { message: `Keep the message under ${messageLimits.text.toLocaleString('en')} characters` }),
  })
  .refine((input) => input.kind === 'email' || input.subject === null, {
    message: 'Only the email has a subject line',
    path: ['subject'],
  })
export type MessageSaveInput = z.input<typeof messageSaveSchema>

export const messageDraftSchema = z.object({
  kind: messageKindSchema,
  subject: z.string().nullable(),
  text: z.string(),
  coaching: messageCoachingSchema,
  /** What would make the draft stronger (missing value statements, research, a contact…). */
  gaps: z.array(z.string()).max(messageLimits.gaps),
  recipient: messageRecipientSchema.nullable(),
})
export type MessageDraftResult = z.infer<typeof messageDraftSchema>

/** Who is calling: signs the messages. */
export const repProfileFieldsSchema = z.strictObject({
  name: optionalText('Your name', limits.name),
  company: optionalText('Company', limits.name),
  phone: contactFieldsSchema.shape.phone,
})
export type RepProfileFieldsInput = z.input<typeof repProfileFieldsSchema>
export type RepProfileFields = z.output<typeof repProfileFieldsSchema>

export const repProfileSchema = z.object({
  name: z.string().nullable(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  updatedAt: timestampSchema.nullable(),
})
export type RepProfile = z.infer<typeof repProfileSchema>

export const messagesChannels = {
  /** The three messages of one account, each with the coach's verdict, and who may be contacted there. */
  'messages.get': channel(accountIdInput, accountMessagesSchema),
  /** Autosave: the same input twice leaves the same record. */
  'messages.save': channel(messageSaveSchema, savedMessageSchema),
  /** A fresh draft from the offering, the research and the contacts. Nothing is saved. */
  'messages.draft': channel(z.strictObject({ accountId: idSchema, kind: messageKindSchema }), messageDraftSchema),
  'messages.getProfile': channel(emptyInput, repProfileSchema),
  'messages.saveProfile': channel(repProfileFieldsSchema, repProfileSchema),
}

// ---------------------------------------------------------------------------------------------------
// Prospect Analysis Form: one version per call

export const fitVerdicts = ['unknown', 'fit', 'possible-fit', 'no-fit'] as const
export const fitVerdictSchema = z.enum(fitVerdicts, { message: 'Choose fit, possible fit, no fit or not known yet' })
export type FitVerdict = z.infer<typeof fitVerdictSchema>

/** The form's text fields, in the order the form shows them. */
export const analysisTextFields = [
  'currentSituation',
  'currentSolution',
  'needs',
  'decisionMakers',
  'decisionProcess',
  'timeline',
  'budget',
  'competitors',
  'objections',
  'verdictReason',
  'assumptionsHeld',
  'assumptionsWrong',
] as const
export type AnalysisTextField = (typeof analysisTextFields)[number]

export const analysisLimits = { field: limits.longText } as const

const analysisText = z
  .string({ message: 'Write this as text' })
  .max(analysisLimits.field, { message: `Keep this under ${analysisLimits.field.toLocaleString('en')} characters` })
  .default('')

const analysisShape = {
  ...(Object.fromEntries(analysisTextFields.map((key) => [key, analysisText])) as Record<AnalysisTextField, typeof analysisText>),
  verdict: fitVerdictSchema.default('unknown'),
}

/** What the form autosaves: every field at once, blanks allowed, each at most 10,000 characters. */
export const analysisFieldsSchema = z.strictObject(analysisShape)
export type AnalysisFieldsInput = z.input<typeof analysisFieldsSchema>
export type AnalysisFields = z.output<typeof analysisFieldsSchema>

/** The same fields as read back from the store: a key the app no longer knows is dropped, a new one starts blank. */
export const storedAnalysisFieldsSchema = z.object(analysisShape)

export const analysisVersionSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  callNumber: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** An earlier call's form: kept as it was, read-only. */
  readOnly: z.boolean(),
  fields: storedAnalysisFieldsSchema,
})
export type AnalysisVersion = z.infer<typeof analysisVersionSchema>

export const analysisVersionSummarySchema = z.object({
  id: idSchema,
  callNumber: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  verdict: fitVerdictSchema,
})
export type AnalysisVersionSummary = z.infer<typeof analysisVersionSummarySchema>

export const accountAnalysisSchema = z.object({
  accountId: idSchema,
  /** null until the rep first writes in the form. */
  current: analysisVersionSchema.nullable(),
  /** Earlier calls, newest first. */
  earlier: z.array(analysisVersionSummarySchema),
})
export type AccountAnalysis = z.infer<typeof accountAnalysisSchema>

export const analysisSaveSchema = z.strictObject({
  accountId: idSchema,
  /** The version being edited; null before the first call's form exists (the save creates it). */
  versionId: idSchema.nullable(),
  fields: analysisFieldsSchema,
})
export type AnalysisSaveInput = z.input<typeof analysisSaveSchema>

export const analysisChannels = {
  'analysis.get': channel(accountIdInput, accountAnalysisSchema),
  /** Autosave of the current call's form. An earlier call's form cannot be changed. */
  'analysis.save': channel(analysisSaveSchema, analysisVersionSchema),
  /** Starts the next call's form from a copy of the current one; the current one becomes read-only. */
  'analysis.newCallVersion': channel(accountIdInput, analysisVersionSchema),
  'analysis.version': channel(z.strictObject({ versionId: idSchema }), analysisVersionSchema),
}
