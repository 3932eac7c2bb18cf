import { z } from 'zod'
import { channel } from './channel'
import { emptyInput, idInput, idSchema, limits, optionalAmount, optionalText, optionalWholeNumber, requiredText, timestampSchema } from './fields'

const websiteSchema = optionalText('Website', limits.url).refine((value) => value === null || looksLikeWebsite(value), {
  message: 'Enter a web address such as example.com',
})

function looksLikeWebsite(value: string): boolean {
  if (/\s/.test(value)) return false
  const host = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0] ?? ''
  return /^[^.]+(\.[^.]+)+$/.test(host.replace(/:\d+$/, ''))
}

/** What the rep types about an account. Shared by the form (instant errors) and the handler (the boundary). */
export const accountFieldsSchema = z.strictObject({
  name: requiredText('Name', limits.name),
  website: websiteSchema,
  industry: optionalText('Industry'),
  city: optionalText('City'),
  region: optionalText('Region'),
  country: optionalText('Country'),
  employees: optionalWholeNumber('Employees', 10_000_000),
  annualRevenue: optionalAmount('Annual revenue', 10_000_000_000_000),
  description: optionalText('Description', limits.longText),
})
export type AccountFieldsInput = z.input<typeof accountFieldsSchema>
export type AccountFields = z.output<typeof accountFieldsSchema>

export const accountSchema = z.object({
  id: idSchema,
  name: z.string(),
  website: z.string().nullable(),
  industry: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  employees: z.number().int().nullable(),
  annualRevenue: z.number().nullable(),
  description: z.string().nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Account = z.infer<typeof accountSchema>

export const accountsChannels = {
  'accounts.list': channel(emptyInput, z.array(accountSchema)),
  'accounts.get': channel(idInput, accountSchema),
  'accounts.create': channel(accountFieldsSchema, accountSchema),
  'accounts.update': channel(z.strictObject({ id: idSchema, fields: accountFieldsSchema }), accountSchema),
  'accounts.delete': channel(idInput, z.object({ id: idSchema, deletedAt: timestampSchema })),
  'accounts.restore': channel(idInput, accountSchema),
  'accounts.loadSample': channel(emptyInput, z.object({ added: z.number().int() })),
}
