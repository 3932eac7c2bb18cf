import { z } from 'zod'

export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'CONFLICT',
  'LIMIT_REACHED',
  'IMPORT_FAILED',
  'CANCELLED',
  'DATABASE_TOO_NEW',
  'DATABASE_UNREADABLE',
  'INTERNAL',
] as const
export type ErrorCode = (typeof errorCodes)[number]

export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
})
export type FieldIssue = z.infer<typeof fieldIssueSchema>

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
})
export type AppErrorShape = z.infer<typeof appErrorSchema>

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape }

/**
 * Reads a reply body that should hold an envelope (the browser-mode bridge answers every API call with
 * one, errors included). Undefined for anything else: not JSON, or JSON of another shape.
 */
export function parseEnvelope(text: string): Envelope<unknown> | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || !('ok' in value)) return undefined
  if (value.ok === true) return value as Envelope<unknown>
  if (value.ok !== false || !('error' in value)) return undefined
  const error = appErrorSchema.safeParse(value.error)
  return error.success ? { ok: false, error: error.data } : undefined
}

/** An error a handler throws on purpose: its code and message reach the rep as they are. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly issues: FieldIssue[] | undefined

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.issues = issues
  }

  toShape(): AppErrorShape {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message }
  }
}

/** Turns zod issues into field paths the form can place next to the right input. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String)
    // zod reports extra keys on the object that holds them; name each key so the caller sees which one.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'Not a field Groundwork knows' }))
    }
    return [{ path: path.join('.'), message: issue.message }]
  })
}
