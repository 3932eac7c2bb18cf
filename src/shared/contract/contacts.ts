import { z } from 'zod'
import { channel } from './channel'
import { accountIdInput, idInput, idSchema, limits, optionalText, requiredText, timestampSchema } from './fields'

/** What a person is in the buying decision. The rep often only presumes it until a call confirms it. */
export const decisionRoles = ['decision-maker', 'influencer', 'champion', 'gatekeeper', 'user', 'unknown'] as const
export const decisionRoleSchema = z.enum(decisionRoles, { message: 'Choose a role from the list' })
export type DecisionRole = z.infer<typeof decisionRoleSchema>

/** What an organisation or person is to the rep (METHOD 7: every record is tagged for what it is). */
export const relationships = ['prospect', 'client', 'partner'] as const
export const relationshipSchema = z.enum(relationships, { message: 'Choose prospect, client or partner' })
export type Relationship = z.infer<typeof relationshipSchema>

export const contactLimits = {
  email: 254,
  phone: 40,
  reason: 1000,
} as const

/** Enough to reject typos such as a missing @ or domain; the rep knows the address better than a regex does. */
const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
/** Digits and the usual separators, an optional leading +, and an optional extension ("x 12", "ext. 12"). */
const phonePattern = /^\+?[\d\s().\-/]+(\s*(x|ext\.?)\s*\d{1,6})?$/i

const emailSchema = optionalText('Email', contactLimits.email).refine((value) => value === null || emailPattern.test(value), {
  message: 'Enter an email address such as name@example.com',
})

const phoneSchema = optionalText('Phone', contactLimits.phone)
  .refine((value) => value === null || phonePattern.test(value), {
    message: 'Use digits, spaces and + ( ) - . / only, with "x" or "ext" before an extension',
  })
  .refine((value) => value === null || (value.match(/\d/g)?.length ?? 0) >= 5, {
    message: 'A phone number needs at least 5 digits',
  })

/** What the rep types about a person. Shared by the form (instant errors) and the handler (the boundary). */
export const contactFieldsSchema = z
  .strictObject({
    name: requiredText('Name', limits.name),
    title: optionalText('Title'),
    department: optionalText('Department'),
    email: emailSchema,
    phone: phoneSchema,
    decisionRole: decisionRoleSchema.optional().transform((value) => value ?? 'unknown'),
    roleConfirmed: z.boolean({ message: 'Say whether the role is confirmed' }).optional().transform((value) => value ?? false),
    relationship: relationshipSchema.optional().transform((value) => value ?? 'prospect'),
    notes: optionalText('Notes', limits.longText),
  })
  .refine((fields) => !(fields.roleConfirmed && fields.decisionRole === 'unknown'), {
    message: 'Choose the role before marking it confirmed',
    path: ['roleConfirmed'],
  })
export type ContactFieldsInput = z.input<typeof contactFieldsSchema>
export type ContactFields = z.output<typeof contactFieldsSchema>

export const contactSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  decisionRole: decisionRoleSchema,
  roleConfirmed: z.boolean(),
  relationship: relationshipSchema,
  /** This person asked not to be contacted. */
  doNotContact: z.boolean(),
  doNotContactAt: timestampSchema.nullable(),
  doNotContactReason: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Contact = z.infer<typeof contactSchema>

/** The account-level tags this feature owns: what the company is to the rep and whether it is off-limits. */
export const accountStandingSchema = z.object({
  accountId: idSchema,
  relationship: relationshipSchema,
  /** The company asked never to be contacted: no one there may be called or written to. */
  doNotContact: z.boolean(),
  doNotContactAt: timestampSchema.nullable(),
  doNotContactReason: z.string().nullable(),
})
export type AccountStanding = z.infer<typeof accountStandingSchema>

/** One change to a do-not-contact flag. The record is append-only: lifting a flag adds an entry. */
export const doNotContactEventSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  /** null when the flag is the company's own. */
  contactId: idSchema.nullable(),
  contactName: z.string().nullable(),
  action: z.enum(['marked', 'lifted']),
  reason: z.string().nullable(),
  at: timestampSchema,
})
export type DoNotContactEvent = z.infer<typeof doNotContactEventSchema>

const reasonSchema = optionalText('Reason', contactLimits.reason)

/**
 * Do-not-contact is permanent and visible (METHOD 6). Marking never asks for more than a click (a
 * reason is welcome but optional, so nothing slows down honouring the request); lifting the flag needs
 * a written reason, and both are kept in the do-not-contact record.
 */
const doNotContactFlag = z.boolean({ message: 'Say whether to mark or lift do-not-contact' })

export const liftReasonMessage = 'Say why it is all right to contact them again. This is kept on record.'

function liftHasReason(input: { doNotContact: boolean; reason: string | null }): boolean {
  return input.doNotContact || input.reason !== null
}

export const contactDoNotContactSchema = z
  .strictObject({ id: idSchema, doNotContact: doNotContactFlag, reason: reasonSchema })
  .refine(liftHasReason, { message: liftReasonMessage, path: ['reason'] })
export type ContactDoNotContactInput = z.input<typeof contactDoNotContactSchema>

export const accountDoNotContactSchema = z
  .strictObject({ accountId: idSchema, doNotContact: doNotContactFlag, reason: reasonSchema })
  .refine(liftHasReason, { message: liftReasonMessage, path: ['reason'] })
export type AccountDoNotContactInput = z.input<typeof accountDoNotContactSchema>

export const contactsChannels = {
  'contacts.list': channel(accountIdInput, z.array(contactSchema)),
  'contacts.create': channel(z.strictObject({ accountId: idSchema, fields: contactFieldsSchema }), contactSchema),
  'contacts.update': channel(z.strictObject({ id: idSchema, fields: contactFieldsSchema }), contactSchema),
  /** Soft: Undo is contacts.restore. A person marked do-not-contact cannot be deleted (the request must outlive the row). */
  'contacts.delete': channel(idInput, z.object({ id: idSchema, deletedAt: timestampSchema })),
  'contacts.restore': channel(idInput, contactSchema),
  'contacts.setDoNotContact': channel(contactDoNotContactSchema, contactSchema),
  'contacts.accountStanding': channel(accountIdInput, accountStandingSchema),
  'contacts.setAccountRelationship': channel(z.strictObject({ accountId: idSchema, relationship: relationshipSchema }), accountStandingSchema),
  'contacts.setAccountDoNotContact': channel(accountDoNotContactSchema, accountStandingSchema),
  /** Every do-not-contact change at the account, its people included, newest first. */
  'contacts.doNotContactHistory': channel(accountIdInput, z.array(doNotContactEventSchema)),
}
