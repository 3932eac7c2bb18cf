export type AccountField =
  | 'name'
  | 'website'
  | 'industry'
  | 'city'
  | 'region'
  | 'country'
  | 'employees'
  | 'annualRevenue'
  | 'description'
  | 'externalId'

export type HeaderSource = 'hubspot' | 'salesforce' | 'groundwork' | 'unknown'

export interface HeaderRecognition {
  /** Column index → field, or null for a column nobody claims. Every column index is present. */
  mapping: Record<number, AccountField | null>
  source: HeaderSource
}

/** The headers Groundwork writes on export, in column order; import recognises them exactly. */
export const groundworkColumns: readonly { field: AccountField; header: string }[] = [
  { field: 'externalId', header: 'id' },
  { field: 'name', header: 'name' },
  { field: 'website', header: 'website' },
  { field: 'industry', header: 'industry' },
  { field: 'city', header: 'city' },
  { field: 'region', header: 'region' },
  { field: 'country', header: 'country' },
  { field: 'employees', header: 'employees' },
  { field: 'annualRevenue', header: 'annual_revenue' },
  { field: 'description', header: 'description' },
]

/**
 * Known spellings per field, already normalised, best first: when two columns claim the same field the
 * one with the earlier spelling wins (HubSpot's "Website URL" over "Company Domain Name", Salesforce's
 * billing address over the shipping one), and on equal spelling the leftmost column wins.
 */
const aliases: Record<AccountField, readonly string[]> = {
  // A bare "Company" outranks a bare "Name": in a file with both, "Name" is usually a person.
  name: [
    'company name', 'account name', 'organisation name', 'organization name', 'business name',
    'company', 'organisation', 'organization', 'account', 'business', 'name',
  ],
  website: [
    'website url', 'website', 'web site', 'url', 'homepage', 'home page', 'web address', 'company website',
    'company domain name', 'company domain', 'domain name', 'domain', 'site',
  ],
  industry: ['industry', 'sector', 'vertical', 'industry sector', 'business sector'],
  city: ['city', 'billing city', 'town', 'locality', 'shipping city', 'mailing city'],
  region: [
    'region', 'state region', 'state province', 'billing state province', 'billing state', 'billing region',
    'state', 'province', 'county state', 'shipping state province', 'shipping state', 'mailing state',
  ],
  country: ['country', 'country region', 'billing country', 'nation', 'shipping country', 'mailing country', 'country code'],
  employees: [
    'employees', 'number of employees', 'no of employees', 'num of employees', 'num employees', 'nr of employees',
    'of employees', 'employee count', 'employees count', 'total employees', 'headcount', 'head count', 'staff',
    'number of staff', 'staff count',
  ],
  annualRevenue: ['annual revenue', 'revenue', 'yearly revenue', 'total revenue', 'annual turnover', 'turnover'],
  description: ['description', 'about us', 'about', 'company description', 'account description', 'summary', 'overview'],
  externalId: ['record id', 'account id', 'id', 'company id', 'hubspot id', 'salesforce id', 'external id', 'crm id'],
}

/** "Billing State/Province" → "billing state province"; "No. of employees" → "no of employees". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A header with a unit or hint in brackets, "Annual Revenue (USD)", is read without it. */
function withoutBrackets(header: string): string {
  return header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
}

const aliasRank = new Map<string, { field: AccountField; rank: number }>()
for (const [field, spellings] of Object.entries(aliases) as [AccountField, readonly string[]][]) {
  spellings.forEach((spelling, rank) => {
    if (!aliasRank.has(spelling)) aliasRank.set(spelling, { field, rank })
  })
}

/** "annualRevenue" → "annual Revenue"; tried only after the header as written, so "HubSpot ID" stays whole. */
function splitCamelCase(header: string): string {
  return header.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
}

function lookup(header: string): { field: AccountField; rank: number } | undefined {
  for (const spelling of [header, splitCamelCase(header), withoutBrackets(header)]) {
    const hit = aliasRank.get(normaliseHeader(spelling))
    if (hit !== undefined) return hit
  }
  return undefined
}

const signatures: Record<Exclude<HeaderSource, 'unknown' | 'groundwork'>, ReadonlySet<string>> = {
  hubspot: new Set([
    'record id', 'company name', 'company domain name', 'website url', 'state region', 'country region', 'number of employees',
    'about us', 'company owner', 'create date', 'lifecycle stage', 'last activity date',
  ]),
  salesforce: new Set([
    'account id', 'account name', 'billing city', 'billing state province', 'billing country', 'billing street',
    'billing zip postal code', 'shipping city', 'shipping state province', 'shipping country', 'account owner',
    'parent account', 'account type', 'account number',
  ]),
}

function detectSource(headers: readonly string[]): HeaderSource {
  const exact = new Set(headers.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase()))
  const ownHits = groundworkColumns.filter((c) => exact.has(c.header)).length
  if (exact.has('annual_revenue') && exact.has('name') && ownHits >= 4) return 'groundwork'
  const normalised = headers.map(normaliseHeader)
  const hits = (source: keyof typeof signatures) => normalised.filter((h) => signatures[source].has(h)).length
  const hubspot = hits('hubspot')
  const salesforce = hits('salesforce')
  if (Math.max(hubspot, salesforce) < 2 || hubspot === salesforce) return 'unknown'
  return hubspot > salesforce ? 'hubspot' : 'salesforce'
}

/** Maps each column to the account field it holds. Each field goes to at most one column. */
export function recogniseHeaders(headers: readonly string[]): HeaderRecognition {
  const mapping: Record<number, AccountField | null> = {}
  const claims: { column: number; field: AccountField; rank: number }[] = []
  headers.forEach((header, column) => {
    mapping[column] = null
    const hit = lookup(header)
    if (hit !== undefined) claims.push({ column, ...hit })
  })
  claims.sort((a, b) => a.rank - b.rank || a.column - b.column)
  const taken = new Set<AccountField>()
  for (const claim of claims) {
    if (taken.has(claim.field)) continue
    taken.add(claim.field)
    mapping[claim.column] = claim.field
  }
  return { mapping, source: detectSource(headers) }
}

/** Word or letter after a number → power of ten. */
const multipliers = new Map<string, number>([
  ['k', 3], ['thousand', 3], ['m', 6], ['mm', 6], ['mn', 6], ['mio', 6], ['million', 6], ['millions', 6],
  ['b', 9], ['bn', 9], ['billion', 9], ['billions', 9], ['t', 12], ['tn', 12], ['trillion', 12],
])

const CURRENCY = /^(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud|jpy|inr|sek|nok|dkk|us\$|a\$|c\$)\s*|\s*(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud|jpy|inr|sek|nok|dkk)$/

/** Digits with an optional decimal part, as a plain decimal string ("1,200.5" → "1200.5"), or null. */
function plainDecimal(text: string): string | null {
  if (/^\d+(\.\d+)?$/.test(text)) return text
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return text.replace(/,/g, '')
  // European grouping: "3.000.000" and "1.200,50". A single "1.200" stays 1.2, the common reading.
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(text) || /^\d{1,3}(\.\d{3})+,\d+$/.test(text)) return text.replace(/\./g, '').replace(',', '.')
  // Decimal comma: "4,5" or "12,75"; a comma before exactly three digits was read as grouping above.
  if (/^\d+,\d{1,2}$/.test(text)) return text.replace(',', '.')
  return null
}

const finiteOrInvalid = (value: number): number | 'invalid' => (Number.isFinite(value) ? value : 'invalid')

/**
 * Reads a number as people type it in spreadsheets: "1,200", "$4.5M", "4.5 million", "12k",
 * "€3,000,000", "1 200", "500+". Blank is null; anything else that is not a number is 'invalid'.
 */
export function parseNumberCell(text: string): number | null | 'invalid' {
  let s = text.replace(/[\u00A0\u202F\u2009]/g, ' ').trim().toLowerCase()
  if (s === '') return null
  let sign = ''
  if (s.startsWith('-')) {
    sign = '-'
    s = s.slice(1).trim()
  }
  s = s.replace(CURRENCY, '').trim()
  // Spreadsheets write large numbers as "1.23E+09".
  if (/^\d+(\.\d+)?e[+-]?\d+$/.test(s)) return finiteOrInvalid(Number(`${sign}${s}`))
  if (s.endsWith('+')) s = s.slice(0, -1).trim()
  const suffix = /^(.*?)\s*([a-z]+)\.?$/.exec(s)
  let power = 0
  if (suffix !== null) {
    const exponent = multipliers.get(suffix[2] ?? '')
    if (exponent === undefined) return 'invalid'
    power = exponent
    s = suffix[1] ?? ''
  }
  s = s.replace(CURRENCY, '').trim()
  // Spaces as thousands separators: "1 200 000".
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, '')
  const decimal = plainDecimal(s)
  if (decimal === null) return 'invalid'
  return finiteOrInvalid(Number(`${sign}${decimal}e${power}`))
}

