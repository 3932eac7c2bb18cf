import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/handlers/dispatch'
import { insertAccount, listAccounts } from '../../electron/store/repositories/accounts'
import { accountFieldsSchema, type Account, type AccountFieldsInput } from '../../src/shared/contract/accounts'
import type { Envelope } from '../../src/shared/contract/envelope'
import type { ExportFile } from '../../src/shared/contract/export'
import type { ImportAnalysis, ImportResult } from '../../src/shared/contract/import'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'

afterAll(removeTempDirs)

function unwrap<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
  return envelope.data as T
}

/**
 * Text a rep might hold: any graphemes, often led by what spreadsheets read as formulas, with CSV's own
 * specials mixed in. NUL is left out: no one types it, and import refuses a file holding it as binary.
 */
const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "'=", '"', ',', '\n', '\r\n', ' ', '')
const text = (max: number) =>
  fc
    .tuple(risky, fc.string({ unit: 'grapheme', maxLength: 40 }), risky, fc.string({ unit: 'grapheme', maxLength: 20 }))
    .map((parts) => parts.join('').replaceAll(String.fromCharCode(0), '').slice(0, max))

const website = fc.option(
  fc.tuple(fc.constantFrom('', 'http://', 'https://', 'HTTPS://www.'), fc.stringMatching(/^[a-z0-9-]{1,12}$/), fc.constantFrom('.com', '.example', '.co.uk'), fc.constantFrom('', '/', '/about?x=1')).map((p) => p.join('')),
  { nil: null },
)

const accountInput: fc.Arbitrary<AccountFieldsInput> = fc.record({
  name: text(200),
  website,
  industry: fc.option(text(120), { nil: null }),
  city: fc.option(text(120), { nil: null }),
  region: fc.option(text(120), { nil: null }),
  country: fc.option(text(120), { nil: null }),
  employees: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
  annualRevenue: fc.option(
    fc.double({ min: 0, max: 10_000_000_000_000, noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
    { nil: null },
  ),
  description: fc.option(text(10_000), { nil: null }),
})

/** Only what the form would accept (a name left after trimming, and so on), exactly as it would store it. */
const storable = accountInput.filter((input) => accountFieldsSchema.safeParse(input).success)

const content = ({ createdAt: _c, updatedAt: _u, ...rest }: Account) => rest

describe('export → import', () => {
  it('gives back the same accounts, whatever they hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(storable, { minLength: 1, maxLength: 6 }), async (inputs) => {
        const source = openTempDatabase()
        const target = openTempDatabase()
        try {
          for (const input of inputs) insertAccount(source.db, accountFieldsSchema.parse(input))
          const file = unwrap<ExportFile>(await dispatch(source.ctx, 'export.accounts', {}))
          const analysis = unwrap<ImportAnalysis>(await dispatch(target.ctx, 'import.analyse', { text: file.text, fileName: file.fileName }))
          expect(analysis.problems.filter((problem) => problem.severity === 'error')).toEqual([])
          const result = unwrap<ImportResult>(
            await dispatch(target.ctx, 'import.run', {
              importId: analysis.importId,
              mapping: analysis.mapping,
              duplicates: { default: 'keep-both', rows: [] },
              skipRowsWithProblems: false,
            }),
          )
          expect(result.added).toBe(inputs.length)
          const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
          expect(listAccounts(target.db).map(content).sort(byId)).toEqual(listAccounts(source.db).map(content).sort(byId))
        } finally {
          source.db.close()
          target.db.close()
        }
      }),
      { numRuns: 40 },
    )
  }, 120_000)
})
