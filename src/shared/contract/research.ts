import { z } from 'zod'
import { dayNumber, isCalendarDate, kindsNeedingSource, researchNoteKinds, staleAfterDaysRange } from '../domain/research'
import { toVerifyKinds } from '../domain/toVerify'
import { channel } from './channel'
import { accountIdInput, emptyInput, idInput, idSchema, limits, optionalText, requiredText, timestampSchema } from './fields'

export const researchLimits = {
  text: 4_000,
  source: limits.url,
  searchText: 200,
  searchResults: 50,
} as const

export const researchNoteKindSchema = z.enum(researchNoteKinds, { message: 'Choose what kind of note this is' })

/** A real calendar date, not later than tomorrow (the rep's today may already be tomorrow in UTC). */
export const observedOnSchema = z
  .string({ message: 'Enter the date you found this' })
  .trim()
  .min(1, { message: 'Enter the date you found this' })
  .refine(isCalendarDate, { message: 'Enter a date such as 2025-03-31' })
  .refine((value) => (dayNumber(value) ?? 0) <= Math.floor(Date.now() / 86_400_000) + 1, { message: 'The date cannot be in the future' })
  .refine((value) => value >= '1900-01-01', { message: 'Enter a date after 1900' })

/** What the rep types about one note. Shared by the dialog (instant errors) and the handler (the boundary). */
export const researchNoteFieldsSchema = z
  .strictObject({
    kind: researchNoteKindSchema,
    text: requiredText('Note', researchLimits.text),
    source: optionalText('Source', researchLimits.source),
    observedOn: observedOnSchema,
    contactId: idSchema.nullable().optional().transform((value) => value ?? null),
  })
  .refine((fields) => fields.source !== null || !kindsNeedingSource.has(fields.kind), {
    message: 'Say where this came from: paste a link or describe it, e.g. "their 2024 annual report"',
    path: ['source'],
  })
export type ResearchNoteFieldsInput = z.input<typeof researchNoteFieldsSchema>
export type ResearchNoteFields = z.output<typeof researchNoteFieldsSchema>

export const researchNoteSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  contactId: idSchema.nullable(),
  kind: researchNoteKindSchema,
  text: z.string(),
  source: z.string().nullable(),
  observedOn: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type ResearchNote = z.infer<typeof researchNoteSchema>

export const researchSettingsSchema = z.object({ staleAfterDays: z.number().int() })
export type ResearchSettings = z.infer<typeof researchSettingsSchema>

export const staleAfterDaysSchema = z
  .number({ message: 'Enter a number of days' })
  .int({ message: 'Enter a whole number of days' })
  .min(staleAfterDaysRange.min, { message: `Use at least ${staleAfterDaysRange.min} day` })
  .max(staleAfterDaysRange.max, { message: `Use at most ${staleAfterDaysRange.max} days (about ten years)` })

export const searchHitKinds = ['account', 'contact', 'note'] as const
export type SearchHitKind = (typeof searchHitKinds)[number]

/** Where a matched word sits in a piece of text: [start, end) in UTF-16 code units, for <mark>. */
export const highlightRangeSchema = z.object({ start: z.number().int(), end: z.number().int() })
export type HighlightRange = z.infer<typeof highlightRangeSchema>

export const searchHitSchema = z.object({
  kind: z.enum(searchHitKinds),
  id: idSchema,
  accountId: idSchema,
  accountName: z.string(),
  /** The account's or the person's name; for a note, its account's name. */
  title: z.string(),
  titleRanges: z.array(highlightRangeSchema),
  /** A short piece of the matching text, plain text with the matched words given as ranges. */
  snippet: z.string(),
  snippetRanges: z.array(highlightRangeSchema),
  noteKind: researchNoteKindSchema.nullable(),
  /** Higher is better; only meaningful within one result list. */
  score: z.number(),
})
export type SearchHit = z.infer<typeof searchHitSchema>

export const searchQuerySchema = z.strictObject({
  text: z.string({ message: 'Type something to search for' }).max(researchLimits.searchText, {
    message: `Search for at most ${researchLimits.searchText} characters`,
  }),
  limit: z
    .number({ message: 'The number of results must be a number' })
    .int({ message: 'The number of results must be a whole number' })
    .min(1, { message: 'Ask for at least one result' })
    .max(researchLimits.searchResults, { message: `Ask for at most ${researchLimits.searchResults} results` })
    .optional()
    .transform((value) => value ?? 20),
})

export const toVerifyItemSchema = z.object({
  key: z.string(),
  kind: z.enum(toVerifyKinds),
  text: z.string(),
  suggestedQuestion: z.string(),
  sourceId: z.string(),
})

export const researchChannels = {
  /** The account's live notes, most recently observed first. */
  'research.list': channel(accountIdInput, z.array(researchNoteSchema)),
  'research.create': channel(z.strictObject({ accountId: idSchema, fields: researchNoteFieldsSchema }), researchNoteSchema),
  'research.update': channel(z.strictObject({ id: idSchema, fields: researchNoteFieldsSchema }), researchNoteSchema),
  /** Soft: Undo is research.restore. */
  'research.delete': channel(idInput, z.object({ id: idSchema, deletedAt: timestampSchema })),
  'research.restore': channel(idInput, researchNoteSchema),
  'research.getSettings': channel(emptyInput, researchSettingsSchema),
  'research.setStaleAfterDays': channel(z.strictObject({ staleAfterDays: staleAfterDaysSchema }), researchSettingsSchema),
  /** Accounts, people and notes matching the words typed, best first. */
  'search.query': channel(searchQuerySchema, z.array(searchHitSchema)),
  /** What to check on the next call with this account. */
  'verify.list': channel(accountIdInput, z.array(toVerifyItemSchema)),
}
