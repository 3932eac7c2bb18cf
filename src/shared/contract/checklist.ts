import { z } from 'zod'
import { checklistRuleIds } from '../domain/checklist'
import { accountSchema } from './accounts'
import { channel } from './channel'
import { contactSchema, relationshipSchema } from './contacts'
import { accountIdInput, emptyInput, idInput, idSchema, requiredText, timestampSchema } from './fields'
import { savedMessageSchema } from './messages'
import { objectionSchema, planQuestionSchema } from './questions'
import { researchNoteSchema, toVerifyItemSchema } from './research'
import { fitBandSchema, fitResultSchema } from './targeting'

// ---------------------------------------------------------------------------------------------------
// The pre-call checklist: computed from the preparation, plus the rep's own items.

export const checklistLimits = {
  text: 300,
  /** Own items per account: a checklist longer than this is a to-do list, not a pre-call check. */
  itemsPerAccount: 50,
} as const

export const checklistItemIdSchema = z.union([z.enum(checklistRuleIds), z.templateLiteral(['own:', z.string()])])

export const checklistItemSchema = z.object({
  id: checklistItemIdSchema,
  label: z.string(),
  done: z.boolean(),
  /** What to do, in the rep's words, while the item is not done. */
  missing: z.string().optional(),
})
export type ChecklistItemOutput = z.infer<typeof checklistItemSchema>

export const accountChecklistSchema = z.object({
  accountId: idSchema,
  items: z.array(checklistItemSchema),
  ready: z.boolean(),
  missing: z.array(z.string()),
})
export type AccountChecklist = z.infer<typeof accountChecklistSchema>

export const ownChecklistItemSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  text: z.string(),
  done: z.boolean(),
  position: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type OwnChecklistItem = z.infer<typeof ownChecklistItemSchema>

/** The text of one of the rep's own items, as the form checks it before sending. */
export const checklistItemTextSchema = requiredText('Item', checklistLimits.text)

export const readinessSchema = z.object({
  accountId: idSchema,
  ready: z.boolean(),
  missing: z.array(z.string()),
})
export type Readiness = z.infer<typeof readinessSchema>

// ---------------------------------------------------------------------------------------------------
// The call queue: the ready targets, the next one to call first.

export const queueDecisionMakerSchema = z.object({
  id: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  roleConfirmed: z.boolean(),
})

export const callQueueEntrySchema = z.object({
  accountId: idSchema,
  name: z.string(),
  industry: z.string().nullable(),
  score: z.number(),
  band: fitBandSchema,
  nextStep: z.string().nullable(),
  /** YYYY-MM-DD. */
  nextStepDue: z.string().nullable(),
  /** The next step is due today or overdue. */
  due: z.boolean(),
  opener: z.string(),
  decisionMakers: z.array(queueDecisionMakerSchema),
})
export type CallQueueEntry = z.infer<typeof callQueueEntrySchema>

// ---------------------------------------------------------------------------------------------------
// The call sheet: a one-page brief of one target.

export const callSheetSchema = z.object({
  accountId: idSchema,
  account: accountSchema,
  relationship: relationshipSchema,
  /** The company asked never to be contacted. */
  offLimits: z.boolean(),
  offLimitsReason: z.string().nullable(),
  fit: fitResultSchema,
  /** Decision makers first (confirmed before presumed), then everyone else, by name. */
  contacts: z.array(contactSchema),
  /** Fresh facts, suspected needs, news and trigger events, newest first. Assumptions and stale facts are under toVerify. */
  research: z.array(researchNoteSchema),
  toVerify: z.array(toVerifyItemSchema),
  questions: z.array(planQuestionSchema),
  opener: savedMessageSchema,
  voicemail: savedMessageSchema,
  /** This account's reactions in the rep's order, then the reusable ones. */
  objections: z.array(objectionSchema),
  nextStep: z.string().nullable(),
  nextStepDue: z.string().nullable(),
  ready: z.boolean(),
  missing: z.array(z.string()),
  /** YYYY-MM-DD on the rep's clock when the sheet was made. */
  today: z.string(),
})
export type CallSheet = z.infer<typeof callSheetSchema>

export const checklistChannels = {
  'checklist.get': channel(accountIdInput, accountChecklistSchema),
  'checklist.addItem': channel(z.strictObject({ accountId: idSchema, text: checklistItemTextSchema }), ownChecklistItemSchema),
  'checklist.updateItem': channel(z.strictObject({ id: idSchema, text: checklistItemTextSchema }), ownChecklistItemSchema),
  'checklist.toggleItem': channel(
    z.strictObject({ id: idSchema, done: z.boolean({ message: 'Say whether the item is done' }) }),
    ownChecklistItemSchema,
  ),
  /** Soft: Undo is checklist.restoreItem. */
  'checklist.deleteItem': channel(idInput, z.object({ id: idSchema, deletedAt: timestampSchema })),
  'checklist.restoreItem': channel(idInput, ownChecklistItemSchema),
  /** Ready or not, and what is missing, for every target on the list, in the list's order. */
  'checklist.readiness': channel(emptyInput, z.array(readinessSchema)),
  /** The ready targets that may be contacted: due next steps first, then the best fit. */
  'callQueue.list': channel(emptyInput, z.array(callQueueEntrySchema)),
  'callSheet.get': channel(accountIdInput, callSheetSchema),
}

/** Desktop only: saves the window as a PDF. In browser mode it answers an error and the page prints itself. */
export const printChannels = {
  /** path null: the rep closed the save dialog. */
  'app.printToPdf': channel(emptyInput, z.object({ path: z.string().nullable() })),
}
