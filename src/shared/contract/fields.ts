import { z } from 'zod'

/** Size limits every text field obeys at the boundary. */
export const limits = {
  name: 200,
  shortText: 120,
  url: 500,
  longText: 10_000,
  listItems: 5_000,
} as const

export const idSchema = z.uuid({ message: 'Not a valid id' })

export const timestampSchema = z.string()

/** A required line of text: trimmed, not empty, bounded. */
export function requiredText(label: string, max: number = limits.shortText) {
  return z
    .string({ message: `${label} is required` })
    .trim()
    .min(1, { message: `${label} is required` })
    .max(max, { message: `${label} can be at most ${max} characters` })
}

/** An optional line of text: blank becomes null so the store never holds empty strings. */
export function optionalText(label: string, max: number = limits.shortText) {
  return z
    .string()
    .trim()
    .max(max, { message: `${label} can be at most ${max} characters` })
    .nullable()
    .optional()
    .transform((value) => (value === undefined || value === null || value === '' ? null : value))
}

/** An optional whole number in a range: blank becomes null. */
export function optionalWholeNumber(label: string, max: number) {
  return z
    .number({ message: `${label} must be a number` })
    .int({ message: `${label} must be a whole number` })
    .min(0, { message: `${label} cannot be negative` })
    .max(max, { message: `${label} looks too large` })
    .nullable()
    .optional()
    .transform((value) => value ?? null)
}

export function optionalAmount(label: string, max: number) {
  return z
    .number({ message: `${label} must be a number` })
    .min(0, { message: `${label} cannot be negative` })
    .max(max, { message: `${label} looks too large` })
    .nullable()
    .optional()
    .transform((value) => value ?? null)
}

export const emptyInput = z.strictObject({})
export const idInput = z.strictObject({ id: idSchema })
export const accountIdInput = z.strictObject({ accountId: idSchema })
