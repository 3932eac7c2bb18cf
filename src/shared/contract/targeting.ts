import { z } from 'zod'
import { fitBands, qualifierLimits, qualifierRuleSchema, qualifierSchema, qualifierStatusSchema, valueFields } from '../domain/qualifiers'
import { channel } from './channel'
import { emptyInput, idInput, idSchema, optionalText, requiredText, timestampSchema } from './fields'

// ---------------------------------------------------------------------------------------------------
// Offering: what the rep sells, the value it brings and how it differs from named competitors.

export const offeringLimits = {
  whatItIs: 200,
  summary: 4_000,
  benefit: 500,
  forWhom: 300,
  proof: 1_000,
  competitor: 120,
  howWeDiffer: 1_000,
  valueStatements: 30,
  differentiators: 30,
} as const

export const valueStatementFieldsSchema = z.strictObject({
  id: idSchema,
  benefit: requiredText('Benefit', offeringLimits.benefit),
  forWhom: optionalText('For whom', offeringLimits.forWhom),
  proof: optionalText('Proof', offeringLimits.proof),
})

export const differentiatorFieldsSchema = z.strictObject({
  id: idSchema,
  competitor: requiredText('Competitor', offeringLimits.competitor),
  howWeDiffer: optionalText('How you differ', offeringLimits.howWeDiffer),
})

function noRepeatedIds(items: readonly { id: string }[], context: z.core.$RefinementCtx<unknown>, list: string): void {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [list, index, 'id'], message: 'This entry appears twice' })
    seen.add(item.id)
  })
}

/** The whole profile, saved at once: the screen autosaves what the rep typed as one unit. */
export const offeringFieldsSchema = z
  .strictObject({
    whatItIs: optionalText('What you sell', offeringLimits.whatItIs),
    summary: optionalText('Summary', offeringLimits.summary),
    valueStatements: z
      .array(valueStatementFieldsSchema)
      .max(offeringLimits.valueStatements, { message: `Keep it to ${offeringLimits.valueStatements} value statements at most` }),
    differentiators: z
      .array(differentiatorFieldsSchema)
      .max(offeringLimits.differentiators, { message: `Keep it to ${offeringLimits.differentiators} differentiators at most` }),
  })
  .superRefine((offering, context) => {
    noRepeatedIds(offering.valueStatements, context, 'valueStatements')
    noRepeatedIds(offering.differentiators, context, 'differentiators')
  })
export type OfferingFieldsInput = z.input<typeof offeringFieldsSchema>
export type OfferingFields = z.output<typeof offeringFieldsSchema>

export const valueStatementSchema = z.object({
  id: idSchema,
  benefit: z.string(),
  forWhom: z.string().nullable(),
  proof: z.string().nullable(),
})
export type ValueStatement = z.infer<typeof valueStatementSchema>

export const differentiatorSchema = z.object({
  id: idSchema,
  competitor: z.string(),
  howWeDiffer: z.string().nullable(),
})
export type Differentiator = z.infer<typeof differentiatorSchema>

export const offeringSchema = z.object({
  whatItIs: z.string().nullable(),
  summary: z.string().nullable(),
  valueStatements: z.array(valueStatementSchema),
  differentiators: z.array(differentiatorSchema),
  /** null until the rep first saves. */
  updatedAt: timestampSchema.nullable(),
})
export type Offering = z.infer<typeof offeringSchema>

// ---------------------------------------------------------------------------------------------------
// Qualifiers: the ideal-prospect profile.

/** Live qualifiers one rep may keep: a profile longer than this is no longer a focus. */
export const qualifierCountLimit = 50

/** What the rep edits; the rule is checked by the domain's own schema. */
export const qualifierFieldsSchema = qualifierSchema.omit({ id: true })
export type QualifierFieldsInput = z.input<typeof qualifierFieldsSchema>
export type QualifierFields = z.output<typeof qualifierFieldsSchema>

export const savedQualifierSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string().nullable(),
  rule: qualifierRuleSchema,
  mustHave: z.boolean(),
  weight: z.number().int(),
  position: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type SavedQualifier = z.infer<typeof savedQualifierSchema>

export const valueFieldSchema = z.enum(valueFields, { message: 'Choose a field from the list' })

export const fieldValueSchema = z.object({ value: z.string(), count: z.number().int() })
export type FieldValue = z.infer<typeof fieldValueSchema>

/** How one qualifier splits the territory. */
export const coverageSchema = z.object({ met: z.number().int(), notMet: z.number().int(), unknown: z.number().int() })
export type Coverage = z.infer<typeof coverageSchema>

// ---------------------------------------------------------------------------------------------------
// Fit: the score of one account and why.

export { fitBands }
export const fitBandSchema = z.enum(fitBands)

const qualifierOutcomeSchema = z.object({
  qualifierId: z.string(),
  name: z.string(),
  mustHave: z.boolean(),
  weight: z.number(),
  reason: z.string(),
})

export const fitResultSchema = z.object({
  score: z.number(),
  disqualified: z.boolean(),
  band: fitBandSchema,
  met: z.array(qualifierOutcomeSchema),
  missed: z.array(qualifierOutcomeSchema),
  unknown: z.array(qualifierOutcomeSchema),
  toFindOut: z.array(z.string()),
})

const evaluationSchema = z.object({ status: qualifierStatusSchema, reason: z.string() })

/** One qualifier as it stands for one account, with what the record says and what the rep set. */
export const fitQualifierSchema = z.object({
  qualifierId: idSchema,
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(['values', 'range', 'evidence']),
  mustHave: z.boolean(),
  weight: z.number().int(),
  status: qualifierStatusSchema,
  reason: z.string(),
  /** What the account's own fields say; null for evidence, which only the rep can record. */
  fromRecord: evaluationSchema.nullable(),
  assessment: z.object({ status: qualifierStatusSchema, note: z.string().nullable(), updatedAt: timestampSchema }).nullable(),
})
export type FitQualifier = z.infer<typeof fitQualifierSchema>

export const fitExplanationSchema = z.object({
  accountId: idSchema,
  fit: fitResultSchema,
  qualifiers: z.array(fitQualifierSchema),
})
export type FitExplanation = z.infer<typeof fitExplanationSchema>

export const fitSummarySchema = z.object({
  accounts: z.number().int(),
  qualifiers: z.number().int(),
  bands: z.object({
    strong: z.number().int(),
    good: z.number().int(),
    weak: z.number().int(),
    'no-fit': z.number().int(),
    unscored: z.number().int(),
  }),
})
export type FitSummary = z.infer<typeof fitSummarySchema>

const accountQualifierInput = { accountId: idSchema, qualifierId: idSchema }

export const assessmentStatusSchema = z.enum(qualifierStatusSchema.options, { message: 'Choose met, not met or unknown' })

// ---------------------------------------------------------------------------------------------------
// Lessons: why accounts turned out to be no fit, kept beside the qualifiers they should sharpen.

export const lessonLimits = { text: 1_000, count: 500 } as const

export const lessonFieldsSchema = z.strictObject({
  text: requiredText('Lesson', lessonLimits.text),
  accountId: idSchema.nullable().optional().transform((value) => value ?? null),
})
export type LessonFieldsInput = z.input<typeof lessonFieldsSchema>
export type LessonFields = z.output<typeof lessonFieldsSchema>

export const lessonSchema = z.object({
  id: idSchema,
  text: z.string(),
  accountId: idSchema.nullable(),
  /** The account's name when it is still there. */
  accountName: z.string().nullable(),
  createdAt: timestampSchema,
})
export type Lesson = z.infer<typeof lessonSchema>

export const targetingChannels = {
  'offering.get': channel(emptyInput, offeringSchema),
  'offering.save': channel(offeringFieldsSchema, offeringSchema),

  'qualifiers.list': channel(emptyInput, z.array(savedQualifierSchema)),
  'qualifiers.create': channel(qualifierFieldsSchema, savedQualifierSchema),
  'qualifiers.update': channel(z.strictObject({ id: idSchema, fields: qualifierFieldsSchema }), savedQualifierSchema),
  'qualifiers.delete': channel(idInput, z.object({ id: idSchema, deletedAt: timestampSchema })),
  'qualifiers.restore': channel(idInput, savedQualifierSchema),
  'qualifiers.reorder': channel(
    z.strictObject({ ids: z.array(idSchema).max(qualifierCountLimit, { message: `At most ${qualifierCountLimit} qualifiers` }) }),
    z.array(savedQualifierSchema),
  ),
  /** The distinct values accounts hold in one field, most common first, to pick from. */
  'qualifiers.fieldValues': channel(z.strictObject({ field: valueFieldSchema }), z.array(fieldValueSchema)),
  /** How each live qualifier splits the territory: met, not met, unknown. */
  'qualifiers.coverage': channel(
    emptyInput,
    z.object({ accounts: z.number().int(), byQualifier: z.array(coverageSchema.extend({ qualifierId: idSchema })) }),
  ),
  /** The same split for a rule still being edited (the rep's assessments count when the qualifier exists). */
  'qualifiers.preview': channel(
    z.strictObject({ rule: qualifierRuleSchema, qualifierId: idSchema.nullable().optional().transform((value) => value ?? null) }),
    coverageSchema.extend({ accounts: z.number().int() }),
  ),

  'assessments.set': channel(
    z.strictObject({ ...accountQualifierInput, status: assessmentStatusSchema, note: optionalText('Note', qualifierLimits.note) }),
    fitExplanationSchema,
  ),
  /** Forget the rep's assessment: the qualifier goes back to what the record says. */
  'assessments.clear': channel(z.strictObject(accountQualifierInput), fitExplanationSchema),

  'fit.explain': channel(z.strictObject({ accountId: idSchema }), fitExplanationSchema),
  'fit.summary': channel(emptyInput, fitSummarySchema),

  'lessons.list': channel(emptyInput, z.array(lessonSchema)),
  'lessons.add': channel(lessonFieldsSchema, lessonSchema),
  'lessons.delete': channel(idInput, z.object({ id: idSchema, deletedAt: timestampSchema })),
  'lessons.restore': channel(idInput, lessonSchema),
}
