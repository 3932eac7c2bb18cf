import type { HandlerContext } from '../../electron/handlers/context'
import { analyseImport, runImport } from '../../electron/handlers/importSessions'
import { insertContact } from '../../electron/store/repositories/contacts'
import type { ChannelName } from '../../src/shared/contract'
import { insertTestAccount } from '../support/accounts'
import type { ChannelSample } from './channelSamples'

type ImportChannel = Extract<ChannelName, `import.${string}` | `export.${string}`>

const sampleCsv = 'Record ID,Company name,Website URL,City,Number of Employees\r\n101,Quillmere Ltd,https://quillmere.example,Leeds,40\r\n'

/** A file analysed and waiting for import.run, in a store that already holds one of its companies. */
function analysedImportId(ctx: HandlerContext): string {
  insertTestAccount(ctx.db, { name: 'Quillmere', website: 'quillmere.example' })
  return analyseImport(ctx.db, sampleCsv, 'hubspot.csv').importId
}

export const importChannelSamples: { [C in ImportChannel]: ChannelSample<C> } = {
  'import.analyse': () => ({ text: sampleCsv, fileName: 'hubspot.csv' }),
  'import.remap': (ctx) => ({ importId: analysedImportId(ctx), mapping: ['externalId', 'name', 'website', 'region', null] }),
  'import.run': (ctx) => ({
    importId: analysedImportId(ctx),
    mapping: ['externalId', 'name', 'website', 'city', 'employees'],
    duplicates: { default: 'update', rows: [{ row: 2, choice: 'keep-both' }] },
    skipRowsWithProblems: false,
  }),
  'import.progress': (ctx) => ({ importId: analysedImportId(ctx) }),
  'import.cancel': (ctx) => ({ importId: analysedImportId(ctx) }),
  'import.history': async (ctx) => {
    const importId = analysedImportId(ctx)
    await runImport(ctx.db, { importId, mapping: ['externalId', 'name', 'website', 'city', 'employees'], duplicates: { default: 'skip', rows: [] }, skipRowsWithProblems: false })
    return {}
  },
  'export.accounts': (ctx) => {
    analysedImportId(ctx)
    return {}
  },
  'export.contacts': (ctx) => {
    const accountId = insertTestAccount(ctx.db, { name: 'Tamwell Ltd' }).id
    insertContact(ctx.db, accountId, {
      name: 'Ada Brenwick',
      title: 'Head of Operations',
      department: null,
      email: 'ada@tamwell.example',
      phone: null,
      decisionRole: 'decision-maker',
      roleConfirmed: true,
      relationship: 'prospect',
      notes: '=not a formula',
    })
    return {}
  },
}
