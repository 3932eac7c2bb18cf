import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { accountFieldsSchema } from '@shared/contract/accounts'
import {
  GENERATED_INDUSTRIES,
  generateCompanies,
  HUBSPOT_COMPANY_COLUMNS,
  RESERVED_NAME_WORDS,
  SALESFORCE_ACCOUNT_COLUMNS,
  SAMPLE_TERRITORY_COLUMNS,
  salesforceAccountId,
  toHubSpotCsv,
  toSalesforceCsv,
  type GeneratedCompany,
} from '../support/territory'
import { sampleTerritoryCsv, sampleTerritoryPath } from '../support/writeSampleTerritory'

const resourcesDir = resolve(import.meta.dirname, '../../resources')

type CsvRow = Record<string, string>

function parseCsv(text: string): Papa.ParseResult<CsvRow> {
  return Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true })
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

describe('generateCompanies', () => {
  it('returns the same companies for the same seed', () => {
    expect(generateCompanies(300, 7)).toEqual(generateCompanies(300, 7))
    expect(generateCompanies(300)).toEqual(generateCompanies(300, 1))
  })

  it('returns different companies for different seeds', () => {
    const a = generateCompanies(50, 1).map((c) => c.name)
    const b = generateCompanies(50, 2).map((c) => c.name)
    expect(a).not.toEqual(b)
  })

  it('extends a smaller list: the first n companies do not depend on the count', () => {
    expect(generateCompanies(40, 9)).toEqual(generateCompanies(400, 9).slice(0, 40))
  })

  it('handles zero and rejects nonsense counts', () => {
    expect(generateCompanies(0)).toEqual([])
    expect(() => generateCompanies(-1)).toThrow(RangeError)
    expect(() => generateCompanies(2.5)).toThrow(RangeError)
  })

  it('keeps names and websites unique across 100,000 companies', () => {
    const companies = generateCompanies(100_000, 3)
    expect(companies).toHaveLength(100_000)
    expect(new Set(companies.map((c) => c.name)).size).toBe(100_000)
    expect(new Set(companies.map((c) => c.website)).size).toBe(100_000)
    expect(companies.filter((c) => !/^https:\/\/www\.[a-z0-9]+\.com$/.test(c.website))).toEqual([])
  })

  it('never uses a reserved word (a real brand or place) as part of a name', () => {
    const offending = generateCompanies(20_000, 11).filter((c) =>
      c.name
        .toLowerCase()
        .split(/[^a-z]+/)
        .some((word) => RESERVED_NAME_WORDS.has(word)),
    )
    expect(offending.map((c) => c.name)).toEqual([])
  })

  it('produces a varied, realistically skewed territory', () => {
    const companies = generateCompanies(5_000, 5)
    expect(GENERATED_INDUSTRIES.length).toBeGreaterThanOrEqual(12)
    expect(new Set(companies.map((c) => c.industry)).size).toBe(GENERATED_INDUSTRIES.length)
    expect(new Set(companies.map((c) => c.country)).size).toBeGreaterThanOrEqual(6)
    expect(new Set(companies.map((c) => c.region)).size).toBeGreaterThanOrEqual(30)

    const employees = companies.map((c) => c.employees)
    for (const n of employees) {
      expect(Number.isInteger(n)).toBe(true)
      expect(n).toBeGreaterThanOrEqual(5)
      expect(n).toBeLessThanOrEqual(20_000)
    }
    // Many small companies, few large ones.
    expect(median(employees)).toBeLessThan(150)
    const large = employees.filter((n) => n > 5_000).length / employees.length
    expect(large).toBeGreaterThan(0.005)
    expect(large).toBeLessThan(0.06)
    expect(employees.filter((n) => n < 20).length / employees.length).toBeGreaterThan(0.15)

    // Revenue tracks headcount, with noise.
    for (const c of companies) {
      expect(Number.isInteger(c.annualRevenue)).toBe(true)
      const perHead = c.annualRevenue / c.employees
      expect(perHead).toBeGreaterThan(10_000)
      expect(perHead).toBeLessThan(2_000_000)
    }
  })

  it('writes one-sentence descriptions and keeps every text field within the account limits', () => {
    for (const c of generateCompanies(2_000, 13)) {
      expect(c.description).toMatch(/^[A-Z][^.!?]*\.$/)
      expect(c.description.length).toBeLessThan(300)
      expect(() => accountFieldsSchema.parse(c)).not.toThrow()
    }
  })
})

describe('CRM exports', () => {
  const tricky: GeneratedCompany = {
    name: 'Quenmore, "Tally" & Sons, Ltd',
    website: 'https://www.quenmoretally.com',
    industry: 'Food & beverage',
    city: 'Malmö',
    region: 'Skåne County',
    country: 'Sweden',
    employees: 12,
    annualRevenue: 1_250_000,
    description: 'Line one, with a comma.\r\nLine two with "quotes"\nand a bare LF.',
  }
  const companies = [...generateCompanies(500, 21), tricky]

  it('HubSpot CSV parses back to the same values', () => {
    const csv = toHubSpotCsv(companies)
    expect(csv).toContain('"Quenmore, ""Tally"" & Sons, Ltd"')
    const parsed = parseCsv(csv)
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([...HUBSPOT_COMPANY_COLUMNS])
    expect(parsed.data).toHaveLength(companies.length)
    parsed.data.forEach((row, index) => {
      const c = companies[index]
      if (c === undefined) throw new Error('row without company')
      expect(row).toEqual({
        'Record ID': expect.stringMatching(/^\d+$/),
        'Company name': c.name,
        'Company Domain Name': c.website.replace('https://www.', ''),
        'Website URL': c.website,
        Industry: c.industry,
        City: c.city,
        'State/Region': c.region,
        'Country/Region': c.country,
        'Number of Employees': String(c.employees),
        'Annual Revenue': String(c.annualRevenue),
        Description: c.description,
      })
    })
    expect(new Set(parsed.data.map((row) => row['Record ID'])).size).toBe(companies.length)
  })

  it('Salesforce CSV parses back to the same values', () => {
    const csv = toSalesforceCsv(companies)
    const parsed = parseCsv(csv)
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([...SALESFORCE_ACCOUNT_COLUMNS])
    expect(parsed.data).toHaveLength(companies.length)
    parsed.data.forEach((row, index) => {
      const c = companies[index]
      if (c === undefined) throw new Error('row without company')
      expect(row).toEqual({
        'Account ID': salesforceAccountId(index),
        'Account Name': c.name,
        Website: c.website,
        Industry: c.industry,
        'Billing City': c.city,
        'Billing State/Province': c.region,
        'Billing Country': c.country,
        Employees: String(c.employees),
        'Annual Revenue': String(c.annualRevenue),
        Description: c.description,
      })
    })
  })

  it('Salesforce account ids look real: 18 characters, account key prefix, unique', () => {
    const ids = Array.from({ length: 5_000 }, (_, index) => salesforceAccountId(index))
    for (const id of ids) expect(id).toMatch(/^001[0-9A-Za-z]{12}[A-Z0-5]{3}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('shipped sample territory (resources/sample-territory.csv)', () => {
  const text = readFileSync(sampleTerritoryPath, 'utf8')
  const parsed = parseCsv(text)

  it('is exactly what the generator produces (rerun writeSampleTerritory.ts after changing it)', () => {
    expect(text).toBe(sampleTerritoryCsv())
  })

  it('has the expected header, no BOM, and parses without errors', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff)
    expect(text.split('\n')[0]).toBe(SAMPLE_TERRITORY_COLUMNS.join(','))
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([...SAMPLE_TERRITORY_COLUMNS])
    expect(parsed.data.length).toBeGreaterThanOrEqual(190)
    expect(parsed.data.length).toBeLessThanOrEqual(210)
  })

  it('covers a good spread of industries, countries and sizes', () => {
    const employees = parsed.data.map((row) => Number(row.employees))
    expect(new Set(parsed.data.map((row) => row.industry)).size).toBeGreaterThanOrEqual(10)
    expect(new Set(parsed.data.map((row) => row.country)).size).toBeGreaterThanOrEqual(4)
    expect(Math.min(...employees)).toBeLessThan(20)
    expect(Math.max(...employees)).toBeGreaterThan(5_000)
  })

  it('every row is a valid account for the app', () => {
    for (const row of parsed.data) {
      const result = accountFieldsSchema.safeParse({
        name: row.name,
        website: row.website,
        industry: row.industry,
        city: row.city,
        region: row.region,
        country: row.country,
        employees: Number(row.employees),
        annualRevenue: Number(row.annual_revenue),
        description: row.description,
      })
      expect(result.success, `${row.name}: ${result.error?.message ?? ''}`).toBe(true)
    }
    expect(new Set(parsed.data.map((row) => row.name)).size).toBe(parsed.data.length)
    expect(new Set(parsed.data.map((row) => row.website)).size).toBe(parsed.data.length)
  })
})

describe('starter question bank (resources/question-bank.json)', () => {
  const purposes = ['situation', 'problem', 'implication', 'need-payoff', 'decision-process', 'timing'] as const
  const questionSchema = z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    purpose: z.enum(purposes),
    text: z.string().min(10).max(200),
  })
  const bank = z.array(questionSchema).parse(JSON.parse(readFileSync(resolve(resourcesDir, 'question-bank.json'), 'utf8')))

  /** Openers that turn a question into a yes/no question. */
  const closedOpeners =
    /^(do|does|did|don't|doesn't|is|isn't|are|aren't|was|wasn't|were|weren't|am|can|can't|could|couldn't|will|won't|would|wouldn't|have|haven't|has|hasn't|had|should|shall|may|might|must)\b/i
  /** Polite invitations that start like a yes/no question but ask for a description. */
  const politeInvitations = /^(could you walk me through|can you tell me about)\b/i
  /** Openers that invite the prospect to describe things in their own words. */
  const openOpeners = /^(how|what|which|who|where|when|why|walk me through|tell me about|could you walk me through|can you tell me about|if)\b/i

  it('has unique ids and texts', () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length)
    expect(new Set(bank.map((q) => q.text.toLowerCase())).size).toBe(bank.length)
  })

  it('has at least 8 questions for every purpose', () => {
    for (const purpose of purposes) expect(bank.filter((q) => q.purpose === purpose).length, purpose).toBeGreaterThanOrEqual(8)
  })

  it('asks only open questions', () => {
    for (const { id, text } of bank) {
      if (!politeInvitations.test(text)) expect(closedOpeners.test(text), `${id} reads as a yes/no question`).toBe(false)
      expect(openOpeners.test(text), `${id} should open with How, What, Walk me through…`).toBe(true)
      expect(text, `${id} offers an either/or choice`).not.toMatch(/\bor\b/i)
    }
  })

  it('asks one question per entry, as one sentence', () => {
    for (const { id, text } of bank) {
      expect((text.match(/\?/g) ?? []).length, `${id} stacks questions`).toBeLessThanOrEqual(1)
      expect(text, id).toMatch(/^[A-Z][^.?!]*[.?]$/)
      expect(text, id).toBe(text.trim())
    }
  })
})
