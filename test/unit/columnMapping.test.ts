import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groundworkColumns, normaliseHeader, parseNumberCell, recogniseHeaders, type AccountField } from '@shared/domain/columnMapping'

/** The mapping as header → field, easier to read in assertions. */
function byHeader(headers: string[]): Record<string, AccountField | null> {
  const { mapping } = recogniseHeaders(headers)
  return Object.fromEntries(headers.map((h, i) => [h, mapping[i] ?? null]))
}

describe('recogniseHeaders: known exports', () => {
  it('recognises a HubSpot company export', () => {
    const headers = [
      'Record ID', 'Company name', 'Company owner', 'Create Date', 'Company Domain Name', 'Website URL', 'Industry', 'City',
      'State/Region', 'Country/Region', 'Number of Employees', 'Annual Revenue', 'About Us', 'Description', 'Lifecycle Stage',
    ]
    const result = recogniseHeaders(headers)
    expect(result.source).toBe('hubspot')
    expect(byHeader(headers)).toEqual({
      'Record ID': 'externalId',
      'Company name': 'name',
      'Company owner': null,
      'Create Date': null,
      'Company Domain Name': null,
      'Website URL': 'website',
      Industry: 'industry',
      City: 'city',
      'State/Region': 'region',
      'Country/Region': 'country',
      'Number of Employees': 'employees',
      'Annual Revenue': 'annualRevenue',
      'About Us': null,
      Description: 'description',
      'Lifecycle Stage': null,
    })
  })

  it('falls back to HubSpot’s domain and About Us columns when the preferred ones are absent', () => {
    expect(byHeader(['Record ID', 'Company name', 'Company Domain Name', 'About Us'])).toEqual({
      'Record ID': 'externalId', 'Company name': 'name', 'Company Domain Name': 'website', 'About Us': 'description',
    })
  })

  it('recognises a Salesforce account export, preferring billing over shipping address', () => {
    const headers = [
      'Account ID', 'Account Name', 'Account Owner', 'Parent Account', 'Type', 'Website', 'Industry', 'Shipping City', 'Shipping State/Province',
      'Shipping Country', 'Billing Street', 'Billing City', 'Billing State/Province', 'Billing Zip/Postal Code', 'Billing Country', 'Employees',
      'Annual Revenue', 'Description',
    ]
    expect(recogniseHeaders(headers).source).toBe('salesforce')
    expect(byHeader(headers)).toEqual({
      'Account ID': 'externalId',
      'Account Name': 'name',
      'Account Owner': null,
      'Parent Account': null,
      Type: null,
      Website: 'website',
      Industry: 'industry',
      'Shipping City': null,
      'Shipping State/Province': null,
      'Shipping Country': null,
      'Billing Street': null,
      'Billing City': 'city',
      'Billing State/Province': 'region',
      'Billing Zip/Postal Code': null,
      'Billing Country': 'country',
      Employees: 'employees',
      'Annual Revenue': 'annualRevenue',
      Description: 'description',
    })
  })

  it('uses Salesforce shipping address columns when there is no billing address', () => {
    expect(byHeader(['Account Name', 'Shipping City', 'Shipping State/Province', 'Shipping Country'])).toEqual({
      'Account Name': 'name', 'Shipping City': 'city', 'Shipping State/Province': 'region', 'Shipping Country': 'country',
    })
  })

  it('recognises Groundwork’s own export exactly', () => {
    const headers = groundworkColumns.map((c) => c.header)
    expect(headers).toEqual(['id', 'name', 'website', 'industry', 'city', 'region', 'country', 'employees', 'annual_revenue', 'description'])
    const result = recogniseHeaders(headers)
    expect(result.source).toBe('groundwork')
    expect(Object.values(result.mapping)).toEqual(groundworkColumns.map((c) => c.field))
  })

  it('calls a file of generic headers unknown', () => {
    expect(recogniseHeaders(['Company', 'Domain', 'Sector']).source).toBe('unknown')
    expect(recogniseHeaders([]).source).toBe('unknown')
    expect(recogniseHeaders([])).toEqual({ mapping: {}, source: 'unknown' })
  })
})

describe('recogniseHeaders: variants', () => {
  it.each([
    ['COMPANY NAME', 'name'], ['company_name', 'name'], ['companyName', 'name'], ['  Company   Name ', 'name'], ['Company', 'name'],
    ['Organisation', 'name'], ['Organization Name', 'name'], ['Account', 'name'], ['Name', 'name'],
    ['Domain', 'website'], ['URL', 'website'], ['Web site', 'website'], ['Homepage', 'website'],
    ['Sector', 'industry'], ['Vertical', 'industry'],
    ['Town', 'city'],
    ['State', 'region'], ['Province', 'region'], ['State / Province', 'region'],
    ['Nation', 'country'], ['Country', 'country'],
    ['Headcount', 'employees'], ['No. of employees', 'employees'], ['# of Employees', 'employees'], ['Employee count', 'employees'], ['Staff', 'employees'],
    ['Revenue', 'annualRevenue'], ['Annual Revenue (USD)', 'annualRevenue'], ['Turnover', 'annualRevenue'], ['annualRevenue', 'annualRevenue'],
    ['About', 'description'], ['Summary', 'description'],
    ['External ID', 'externalId'], ['HubSpot ID', 'externalId'], ['\uFEFFid', 'externalId'],
    ['Société', null], ['Email', null], ['Phone', null], ['Company owner', null], ['Contact name', null], ['', null],
  ] as const)('%j → %s', (header, field) => {
    expect(recogniseHeaders([header]).mapping[0]).toBe(field)
  })

  it('gives a field to the best-named column, then the leftmost', () => {
    expect(byHeader(['Name', 'Company'])).toEqual({ Name: null, Company: 'name' })
    expect(byHeader(['Revenue', 'Annual Revenue'])).toEqual({ Revenue: null, 'Annual Revenue': 'annualRevenue' })
    expect(byHeader(['URL', 'Website'])).toEqual({ URL: null, Website: 'website' })
    expect(recogniseHeaders(['City', 'city', 'CITY']).mapping).toEqual({ 0: 'city', 1: null, 2: null })
  })

  it('never maps two columns to the same field', () => {
    const spellings = [
      'name', 'Company', 'Account Name', 'Website', 'Domain', 'URL', 'Industry', 'Sector', 'City', 'Billing City', 'Shipping City', 'State',
      'Region', 'Country', 'Billing Country', 'Employees', 'Headcount', 'Revenue', 'Annual Revenue', 'Description', 'About Us', 'id',
      'Record ID', 'Notes', 'Phone', '',
    ]
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...spellings), fc.string({ maxLength: 12 })), { maxLength: 30 }), (headers) => {
        const { mapping } = recogniseHeaders(headers)
        expect(Object.keys(mapping)).toHaveLength(headers.length)
        const fields = Object.values(mapping).filter((f) => f !== null)
        expect(new Set(fields).size).toBe(fields.length)
      }),
      { numRuns: 1000 },
    )
  })

  it('normalises header spelling', () => {
    expect(normaliseHeader('Billing State/Province')).toBe('billing state province')
    expect(normaliseHeader('annual_revenue')).toBe('annual revenue')
    expect(normaliseHeader('No. of employees')).toBe('no of employees')
    expect(normaliseHeader('Pays / Région')).toBe('pays region')
  })
})

describe('parseNumberCell', () => {
  it.each([
    ['1,200', 1200], ['1200', 1200], ['0', 0], ['  42  ', 42], ['1,200,000.50', 1_200_000.5],
    ['$4.5M', 4_500_000], ['4.5 million', 4_500_000], ['4.5 Million', 4_500_000], ['12k', 12_000], ['12 K', 12_000], ['1.1m', 1_100_000],
    ['€3,000,000', 3_000_000], ['£250k', 250_000], ['USD 2bn', 2_000_000_000], ['3 EUR', 3], ['1.5 billion', 1_500_000_000], ['2.5mm', 2_500_000],
    ['3.000.000', 3_000_000], ['1.200,50', 1200.5], ['4,5', 4.5], ['1 200 000', 1_200_000], ['1\u00A0200', 1200],
    ['500+', 500], ['10,000+', 10_000], ['1.23E+09', 1_230_000_000], ['-5', -5], ['-$1,000', -1000],
  ] as const)('%j → %d', (text, value) => {
    expect(parseNumberCell(text)).toBe(value)
  })

  it.each(['', '   ', '\u00A0'])('%j is empty', (text) => {
    expect(parseNumberCell(text)).toBeNull()
  })

  it.each(['abc', '12abc', '1,2,3', '1.2.3', '10-50', '$', 'M', 'NaN', 'Infinity', '1e999', '--5', '5 constructor', '1,20,000', '12 apples', '½'])(
    '%j is invalid',
    (text) => {
      expect(parseNumberCell(text)).toBe('invalid')
    },
  )

  it('reads back any number it printed', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (n) => {
        expect(parseNumberCell(String(n))).toBe(n)
        expect(parseNumberCell(n.toLocaleString('en-US', { maximumFractionDigits: 20 }))).toBeCloseTo(n, 5)
      }),
    )
  })
})
