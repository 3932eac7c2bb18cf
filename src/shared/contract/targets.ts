import { z } from 'zod'
import { channel } from './channel'
import { accountIdInput, emptyInput, idSchema, limits, optionalText, timestampSchema } from './fields'
import type { FitBand } from '../domain/qualifiers'
import { isCalendarDate } from '../domain/research'
import { fitBandSchema } from './targeting'

/** Where an account stands in the rep's sales cycle. */
export const accountStatuses = ['new', 'researching', 'contacted', 'meeting', 'nurturing', 'no-fit', 'closed'] as const
export const accountStatusSchema = z.enum(accountStatuses, { message: 'Choose a status from the list' })
export type AccountStatus = z.infer<typeof accountStatusSchema>

/** The fit bands scoring gives (fitBands in domain/qualifiers.ts), under the names the universe screens use. */
export const universeBandSchema = fitBandSchema
export type UniverseBand = FitBand

export const universeSortColumns = [
  'name',
  'industry',
  'region',
  'country',
  'employees',
  'annualRevenue',
  'website',
  'status',
  'onList',
  'score',
] as const
export type UniverseSortColumn = (typeof universeSortColumns)[number]

/** The most rows one call may return: the whole of a large territory. */
export const universeMaxLimit = 100_000

const facetValue = z.string().max(limits.shortText).nullable()
const filterList = <T extends z.ZodType>(item: T) => z.array(item).max(limits.listItems, { message: 'Too many filter values' }).optional()

export const universeQuerySchema = z.strictObject({
  search: z.string().max(limits.shortText, { message: `Search can be at most ${limits.shortText} characters` }).optional(),
  /** null matches accounts with the field not recorded. */
  industries: filterList(facetValue),
  regions: filterList(facetValue),
  bands: filterList(universeBandSchema),
  statuses: filterList(accountStatusSchema),
  onList: z.enum(['on', 'off', 'any']).optional(),
  sort: z.strictObject({ column: z.enum(universeSortColumns), direction: z.enum(['asc', 'desc']) }).optional(),
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(universeMaxLimit, { message: `At most ${universeMaxLimit} rows at a time` }),
})
export type UniverseQuery = z.input<typeof universeQuerySchema>
export type UniverseFilters = Omit<UniverseQuery, 'offset' | 'limit'>

/** One account in the universe table: only what the table shows, so a large window stays small. */
export const universeRowSchema = z.object({
  id: idSchema,
  name: z.string(),
  industry: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  employees: z.number().nullable(),
  annualRevenue: z.number().nullable(),
  website: z.string().nullable(),
  status: accountStatusSchema,
  onList: z.boolean(),
  /** 0..100; meaningless while the band is 'unscored'. */
  score: z.number(),
  band: universeBandSchema,
  /** Someone at the account asked not to be contacted: it can never join the target list. */
  offLimits: z.boolean(),
})
export type UniverseRow = z.infer<typeof universeRowSchema>

export const universePageSchema = z.object({
  /** How many accounts match the filters (the rows are one window of them). */
  total: z.number().int(),
  offset: z.number().int(),
  rows: z.array(universeRowSchema),
})
export type UniversePage = z.infer<typeof universePageSchema>

const facetCount = z.object({ value: z.string().nullable(), count: z.number().int() })
export const universeFacetsSchema = z.object({
  total: z.number().int(),
  industries: z.array(facetCount),
  regions: z.array(facetCount),
})
export type UniverseFacets = z.infer<typeof universeFacetsSchema>

export const targetEntrySchema = z.object({
  accountId: idSchema,
  name: z.string(),
  industry: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  website: z.string().nullable(),
  position: z.number().int(),
  addedAt: timestampSchema,
  /** Why the rep kept this one past 20, when they did. */
  reasonOverLimit: z.string().nullable(),
  nextStep: z.string().nullable(),
  /** YYYY-MM-DD. */
  nextStepDue: z.string().nullable(),
  status: accountStatusSchema,
  score: z.number(),
  band: universeBandSchema,
  disqualified: z.boolean(),
  unknownCount: z.number().int(),
  contactCount: z.number().int(),
  /** Decision makers on file who may be contacted. */
  decisionMakerCount: z.number().int(),
  offLimits: z.boolean(),
})
export type TargetEntry = z.infer<typeof targetEntrySchema>

const reasonSchema = optionalText('Reason', 1000)

export const targetAddSchema = z
  .strictObject({
    accountIds: z
      .array(idSchema)
      .min(1, { message: 'Choose at least one account' })
      .max(1000, { message: 'Add at most 1,000 accounts at a time' }),
    /** Required when the list would grow past 20 without a swap. */
    reason: reasonSchema,
    /** A current target to take off the list in the same step. */
    swapOutAccountId: idSchema.optional(),
  })
  .refine((input) => input.swapOutAccountId === undefined || input.accountIds.length === 1, {
    message: 'A swap takes one account in for one account out',
    path: ['swapOutAccountId'],
  })
export type TargetAddInput = z.input<typeof targetAddSchema>

export const targetAddResultSchema = z.object({
  added: z.array(idSchema),
  alreadyListed: z.array(idSchema),
  swappedOut: idSchema.nullable(),
  count: z.number().int(),
})
export type TargetAddResult = z.infer<typeof targetAddResultSchema>

/** A due date as YYYY-MM-DD; blank clears it. */
const dueDateSchema = z
  .string()
  .trim()
  .max(10, { message: 'Enter the date as YYYY-MM-DD' })
  .nullable()
  .optional()
  .transform((value) => (value === undefined || value === null || value === '' ? null : value))
  .refine((value) => value === null || isCalendarDate(value), { message: 'Enter a real date as YYYY-MM-DD' })

export const nextStepInputSchema = z.strictObject({
  accountId: idSchema,
  text: optionalText('Next step', 500),
  due: dueDateSchema,
})
export type NextStepInput = z.input<typeof nextStepInputSchema>

export const targetsChannels = {
  'universe.query': channel(universeQuerySchema, universePageSchema),
  'universe.facets': channel(emptyInput, universeFacetsSchema),
  'targets.list': channel(emptyInput, z.array(targetEntrySchema)),
  'targets.add': channel(targetAddSchema, targetAddResultSchema),
  'targets.remove': channel(
    z.strictObject({ accountId: idSchema, reason: reasonSchema }),
    z.object({ accountId: idSchema, removedAt: timestampSchema, count: z.number().int() }),
  ),
  /** Undo for a removal: the target comes back with its next step. */
  'targets.restore': channel(accountIdInput, z.object({ accountId: idSchema, count: z.number().int() })),
  'targets.suggest': channel(
    z.strictObject({ limit: z.number().int().min(1).max(50, { message: 'At most 50 suggestions' }) }),
    z.array(universeRowSchema),
  ),
  'targets.setNextStep': channel(
    nextStepInputSchema,
    z.object({ accountId: idSchema, nextStep: z.string().nullable(), nextStepDue: z.string().nullable() }),
  ),
  'targets.setStatus': channel(
    z.strictObject({ accountId: idSchema, status: accountStatusSchema }),
    z.object({ accountId: idSchema, status: accountStatusSchema }),
  ),
}
