import { z } from 'zod'
import type { QuestionPurpose } from '../domain/questionCoach'
import { channel } from './channel'
import { accountIdInput, emptyInput, idInput, idSchema, limits, optionalText, requiredText, timestampSchema } from './fields'

/** What a question is for: the four SPIN kinds, then how they decide and when. */
export const questionPurposes = ['situation', 'problem', 'implication', 'need-payoff', 'decision-process', 'timing'] as const
export const questionPurposeSchema = z.enum(questionPurposes, { message: 'Choose a purpose from the list' })

// The coach and the contract must name the same purposes, or a plan's balance would miss a kind.
type ContractPurpose = (typeof questionPurposes)[number]
type SamePurposes = [ContractPurpose] extends [QuestionPurpose] ? ([QuestionPurpose] extends [ContractPurpose] ? true : never) : never
const _purposesMatchCoach: SamePurposes = true

export const questionTextMax = 1000
/** A call plan longer than this is not a plan any more. */
export const planMaxQuestions = 100
/** Per account, and again for the reusable ones. */
export const objectionsMax = 200

/** The text of one question, as the form checks it before sending. */
export const questionTextSchema = requiredText('Question', questionTextMax)
const questionText = questionTextSchema

/** Starter questions carry readable ids from the shipped file; the rep's own get generated ones. */
export const bankQuestionIdSchema = z
  .string({ message: 'Not a valid question id' })
  .min(1, { message: 'Not a valid question id' })
  .max(limits.shortText, { message: 'Not a valid question id' })
  .regex(/^[a-z0-9][a-z0-9-]*$/i, { message: 'Not a valid question id' })

export const bankQuestionOrigins = ['starter', 'own'] as const

export const bankQuestionSchema = z.object({
  id: bankQuestionIdSchema,
  purpose: questionPurposeSchema,
  text: z.string(),
  origin: z.enum(bankQuestionOrigins),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type BankQuestion = z.infer<typeof bankQuestionSchema>

export const bankGroupSchema = z.object({ purpose: questionPurposeSchema, questions: z.array(bankQuestionSchema) })
export type BankGroup = z.infer<typeof bankGroupSchema>

/** One question as the rep writes it for the bank. */
export const bankQuestionFieldsSchema = z.strictObject({
  purpose: questionPurposeSchema,
  text: questionText,
})
export type BankQuestionFieldsInput = z.input<typeof bankQuestionFieldsSchema>

/** The shipped starter set in resources/question-bank.json. */
export const starterQuestionsSchema = z
  .array(z.strictObject({ id: bankQuestionIdSchema, purpose: questionPurposeSchema, text: questionText }))
  .max(limits.listItems)
export type StarterQuestion = z.infer<typeof starterQuestionsSchema>[number]

export const planOrigins = ['bank', 'to-verify', 'own'] as const
export const planOriginSchema = z.enum(planOrigins, { message: 'Choose where the question comes from' })
export type PlanOrigin = z.infer<typeof planOriginSchema>

export const planQuestionSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  text: z.string(),
  /** null: the rep has not said; the coach guesses it for the balance. */
  purpose: questionPurposeSchema.nullable(),
  questionId: bankQuestionIdSchema.nullable(),
  origin: planOriginSchema,
  sourceKey: z.string().nullable(),
  position: z.number().int(),
  addedAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type PlanQuestion = z.infer<typeof planQuestionSchema>

const purposeCounts = z.object(
  Object.fromEntries(questionPurposes.map((purpose) => [purpose, z.number().int()])) as Record<ContractPurpose, z.ZodNumber>,
)

/** The coach's view of a whole plan (coachCallPlan), computed where the plan is read. */
export const planCoachingSchema = z.object({
  counts: purposeCounts,
  openCount: z.number().int(),
  closedCount: z.number().int(),
  hints: z.array(z.string()),
})

export const callPlanSchema = z.object({
  accountId: idSchema,
  questions: z.array(planQuestionSchema),
  coaching: planCoachingSchema,
})
export type CallPlan = z.infer<typeof callPlanSchema>

const sourceKeySchema = z.string().trim().min(1, { message: 'Source is required' }).max(limits.shortText * 2, { message: 'Source is too long' })

export const addToPlanSchema = z
  .strictObject({
    accountId: idSchema,
    text: questionText,
    purpose: questionPurposeSchema.nullable().optional(),
    questionId: bankQuestionIdSchema.optional(),
    origin: planOriginSchema,
    /** Where a 'to-verify' question came from; the same key is only ever planned once. */
    sourceKey: sourceKeySchema.optional(),
  })
  .refine((input) => input.origin !== 'bank' || input.questionId !== undefined, {
    message: 'Choose a question from the bank',
    path: ['questionId'],
  })
  .refine((input) => input.origin !== 'to-verify' || input.sourceKey !== undefined, {
    message: 'Say which item to verify the question comes from',
    path: ['sourceKey'],
  })
export type AddToPlanInput = z.input<typeof addToPlanSchema>

export const updatePlanItemSchema = z
  .strictObject({
    id: idSchema,
    text: questionText.optional(),
    /** null clears it and lets the coach guess. */
    purpose: questionPurposeSchema.nullable().optional(),
  })
  .refine((input) => input.text !== undefined || input.purpose !== undefined, { message: 'Nothing to change', path: ['text'] })
export type UpdatePlanItemInput = z.input<typeof updatePlanItemSchema>

const orderedIdsSchema = z
  .array(idSchema)
  .max(limits.listItems, { message: 'Too many items' })
  .refine((ids) => new Set(ids).size === ids.length, { message: 'An item is listed twice' })

export const questionsChannels = {
  'questions.bank': channel(emptyInput, z.array(bankGroupSchema)),
  'questions.createBankQuestion': channel(bankQuestionFieldsSchema, bankQuestionSchema),
  'questions.updateBankQuestion': channel(
    z.strictObject({ id: bankQuestionIdSchema, fields: bankQuestionFieldsSchema }),
    bankQuestionSchema,
  ),
  'questions.deleteBankQuestion': channel(
    z.strictObject({ id: bankQuestionIdSchema }),
    z.object({ id: bankQuestionIdSchema, deletedAt: timestampSchema }),
  ),
  'questions.restoreBankQuestion': channel(z.strictObject({ id: bankQuestionIdSchema }), bankQuestionSchema),
  'questions.plan': channel(accountIdInput, callPlanSchema),
  /** Also called by the "To verify" panel with origin 'to-verify' and a sourceKey. */
  'questions.addToPlan': channel(addToPlanSchema, z.object({ question: planQuestionSchema, added: z.boolean() })),
  'questions.updatePlanItem': channel(updatePlanItemSchema, planQuestionSchema),
  'questions.removeFromPlan': channel(idInput, z.object({ id: idSchema, removedAt: timestampSchema })),
  'questions.restoreToPlan': channel(idInput, planQuestionSchema),
  'questions.reorderPlan': channel(z.strictObject({ accountId: idSchema, orderedIds: orderedIdsSchema }), callPlanSchema),
}

export const objectionReactionMax = 1000
export const objectionAnswerMax = 4000

export const objectionSchema = z.object({
  id: idSchema,
  /** null: a reusable reaction, not tied to one account. */
  accountId: idSchema.nullable(),
  reaction: z.string(),
  answer: z.string().nullable(),
  position: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Objection = z.infer<typeof objectionSchema>

/** What the rep writes for one anticipated reaction. */
export const objectionFieldsSchema = z.strictObject({
  reaction: requiredText('Reaction', objectionReactionMax),
  answer: optionalText('Planned answer', objectionAnswerMax),
})
export type ObjectionFieldsInput = z.input<typeof objectionFieldsSchema>

export const objectionListSchema = z.object({
  accountId: idSchema,
  /** This account's reactions, in the rep's order. */
  account: z.array(objectionSchema),
  /** Reusable ones, for every account. */
  general: z.array(objectionSchema),
})
export type ObjectionList = z.infer<typeof objectionListSchema>

const objectionScope = idSchema.nullable()

export const objectionsChannels = {
  'objections.list': channel(accountIdInput, objectionListSchema),
  'objections.create': channel(z.strictObject({ accountId: objectionScope, fields: objectionFieldsSchema }), objectionSchema),
  'objections.update': channel(z.strictObject({ id: idSchema, fields: objectionFieldsSchema }), objectionSchema),
  'objections.delete': channel(idInput, z.object({ id: idSchema, deletedAt: timestampSchema })),
  'objections.restore': channel(idInput, objectionSchema),
  'objections.reorder': channel(z.strictObject({ accountId: objectionScope, orderedIds: orderedIdsSchema }), z.array(objectionSchema)),
}
