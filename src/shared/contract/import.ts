import { z } from 'zod'
import type { AccountField } from '../domain/columnMapping'
import { channel } from './channel'
import { emptyInput, idSchema, timestampSchema } from './fields'

const megabyte = 1024 * 1024

export const importLimits = {
  /** The largest file imported, in bytes of UTF-8 text. */
  maxFileBytes: 50 * megabyte,
  /**
   * What the boundary lets through at all. It sits above maxFileBytes so that a file a little over the
   * limit reaches the handler, which can then say exactly how large it is.
   */
  maxTextChars: 60 * megabyte,
  maxColumns: 500,
  previewRows: 20,
  /** The analysis lists this many problems and duplicates; the counts cover them all. */
  listedProblems: 1_000,
  listedDuplicates: 2_000,
  fileName: 260,
} as const

/** The account fields a column can be mapped to: exactly the fields header recognition knows. */
export const importFields = [
  'name',
  'website',
  'industry',
  'city',
  'region',
  'country',
  'employees',
  'annualRevenue',
  'description',
  'externalId',
] as const satisfies readonly AccountField[]
export type ImportField = (typeof importFields)[number]
// Fails to compile if header recognition learns a field this list does not offer.
const everyFieldOffered: Exclude<AccountField, ImportField> extends never ? true : false = true
void everyFieldOffered

export const importFieldSchema = z.enum(importFields, { message: 'Choose a field from the list' })

/** How the rep sees each field, in the mapping step and in row problems. */
export const importFieldLabels: Record<ImportField, string> = {
  name: 'Name',
  website: 'Website',
  industry: 'Industry',
  city: 'City',
  region: 'Region',
  country: 'Country',
  employees: 'Employees',
  annualRevenue: 'Annual revenue',
  description: 'Description',
  externalId: 'Record id',
}

/** Column index → the field it fills, or null to leave the column out. */
export const columnMappingSchema = z
  .array(importFieldSchema.nullable())
  .max(importLimits.maxColumns, { message: `A file can have at most ${importLimits.maxColumns} columns` })
  .refine((mapping) => new Set(mapping.filter((field) => field !== null)).size === mapping.filter((field) => field !== null).length, {
    message: 'Each field can come from one column only',
  })
export type ColumnMapping = z.infer<typeof columnMappingSchema>

export const importSources = ['hubspot', 'salesforce', 'groundwork', 'unknown'] as const
export const importSourceSchema = z.enum(importSources)
export type ImportSource = z.infer<typeof importSourceSchema>

export const duplicateChoices = ['skip', 'update', 'keep-both'] as const
export const duplicateChoiceSchema = z.enum(duplicateChoices, { message: 'Choose skip, update or keep both' })
export type DuplicateChoice = z.infer<typeof duplicateChoiceSchema>

const rowNumber = z.number().int().min(1)
const count = z.number().int().min(0)

/** A row that cannot be imported as it is (error) or that imports with a caveat (warning). Row 1 is the header. */
export const importProblemSchema = z.object({
  row: rowNumber,
  message: z.string(),
  severity: z.enum(['error', 'warning']),
})
export type ImportProblem = z.infer<typeof importProblemSchema>

/**
 * A row that looks like a record already known: an account (or, in a contacts file, a contact) in
 * Groundwork (existingId), or an earlier row of the same file (earlierRow). `by` says what matched: the
 * record id, the website's domain, or the normalised name.
 */
export const importDuplicateSchema = z.object({
  row: rowNumber,
  name: z.string(),
  by: z.enum(['id', 'domain', 'name']),
  existingId: idSchema.nullable(),
  existingName: z.string(),
  earlierRow: rowNumber.nullable(),
})
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>

const previewValue = z.union([z.string(), z.number()]).nullable()

/**
 * accounts: any companies file, mapped column by column. contacts: the contacts file Groundwork exports,
 * read by its own column names (each row names its account by id, or by name).
 */
export const importKinds = ['accounts', 'contacts'] as const
export type ImportKind = (typeof importKinds)[number]

export const importAnalysisSchema = z.object({
  importId: idSchema,
  kind: z.enum(importKinds),
  fileName: z.string().nullable(),
  headers: z.array(z.string()),
  /** An example value per column (the first filled cell near the top), to help the rep map it. */
  columnSamples: z.array(z.string()),
  mapping: z.array(importFieldSchema.nullable()),
  /** Columns of Groundwork's own exports that it reads itself (do-not-contact, relationship, contact fields). */
  restoredColumns: z.array(z.number().int().min(0)),
  source: importSourceSchema,
  /** Data rows in the file (blank lines not counted). */
  rowCount: count,
  /** The first rows as they would be imported, field by field, in the order of previewColumns. */
  previewColumns: z.array(z.object({ key: z.string(), label: z.string() })),
  preview: z.array(z.object({ row: rowNumber, values: z.record(z.string(), previewValue) })),
  problems: z.array(importProblemSchema),
  problemCount: count,
  /** Rows that cannot be imported as they are. */
  rowsWithErrors: count,
  duplicates: z.array(importDuplicateSchema),
  duplicateCount: count,
  /** Rows that would become new records whatever is chosen for duplicates. */
  newCount: count,
})
export type ImportAnalysis = z.infer<typeof importAnalysisSchema>

export const importResultSchema = z.object({
  batchId: idSchema,
  added: count,
  updated: count,
  skippedDuplicates: count,
  skippedWithProblems: count,
})
export type ImportResult = z.infer<typeof importResultSchema>

export const importPhases = ['analysed', 'writing', 'done', 'cancelled', 'failed'] as const
export const importProgressSchema = z.object({
  importId: idSchema,
  phase: z.enum(importPhases),
  done: count,
  total: count,
})
export type ImportProgress = z.infer<typeof importProgressSchema>

export const importBatchSchema = z.object({
  id: idSchema,
  fileName: z.string().nullable(),
  source: z.enum(['hubspot', 'salesforce', 'groundwork', 'csv']),
  rows: count,
  added: count,
  updated: count,
  skipped: count,
  createdAt: timestampSchema,
})
export type ImportBatch = z.infer<typeof importBatchSchema>

const importIdInput = z.strictObject({ importId: idSchema })

/**
 * Import is two-phase: analyse (and remap) show what would happen; run writes it. Both the desktop
 * window and browser mode send the file's text, read in the renderer through the File API (strictly
 * as UTF-8), rather than a path: the main side then never opens a file the renderer names, and one
 * flow serves both transports.
 */
export const importChannels = {
  /**
   * Reads a CSV file's text (chosen, dropped or pasted) and keeps the parsed rows on the main side under
   * a new importId. Nothing is written. A file that cannot be imported at all is refused with the reason.
   */
  'import.analyse': channel(
    z.strictObject({
      text: z.string({ message: 'Send the file as text' }).max(importLimits.maxTextChars, {
        message: `This file is larger than ${importLimits.maxTextChars / megabyte} MB. Groundwork imports files up to ${importLimits.maxFileBytes / megabyte} MB.`,
      }),
      fileName: z.string().trim().max(importLimits.fileName).nullable().optional(),
    }),
    importAnalysisSchema,
  ),
  /** The same analysis with columns mapped differently. */
  'import.remap': channel(z.strictObject({ importId: idSchema, mapping: columnMappingSchema }), importAnalysisSchema),
  /**
   * Writes the analysed rows in one transaction and resolves when it is committed. Rows with errors fail
   * the whole import unless skipRowsWithProblems; a failure or a cancel leaves the store untouched.
   */
  'import.run': channel(
    z.strictObject({
      importId: idSchema,
      mapping: columnMappingSchema.refine((mapping) => mapping.includes('name'), { message: 'Choose the column that holds the company name' }),
      duplicates: z.strictObject({
        default: duplicateChoiceSchema,
        rows: z
          .array(z.strictObject({ row: rowNumber, choice: duplicateChoiceSchema }))
          .max(importLimits.listedDuplicates, { message: `At most ${importLimits.listedDuplicates} row choices` }),
      }),
      skipRowsWithProblems: z.boolean(),
    }),
    importResultSchema,
  ),
  /** Polled while import.run is under way: answers even while the write is in progress. */
  'import.progress': channel(importIdInput, importProgressSchema),
  /**
   * Stops a running import and resolves once it is rolled back, or forgets an analysed file that was not
   * imported.
   */
  'import.cancel': channel(importIdInput, z.object({ outcome: z.enum(['rolled-back', 'discarded', 'already-finished']) })),
  /** Past imports, newest first. */
  'import.history': channel(emptyInput, z.array(importBatchSchema)),
}
