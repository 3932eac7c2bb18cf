import type { HandlerContext } from '../../electron/handlers/context'
import { insertContact } from '../../electron/store/repositories/contacts'
import { insertQualifier } from '../../electron/store/repositories/qualifiers'
import { insertResearchNote, softDeleteResearchNote } from '../../electron/store/repositories/research'
import type { ChannelName } from '../../src/shared/contract'
import { insertTestAccount } from '../support/accounts'
import type { ChannelSample } from './channelSamples'

type ResearchChannel = Extract<ChannelName, `research.${string}` | `search.${string}` | `verify.${string}`>

/** An account with a fact, an old fact, an assumption, a presumed decision maker and an unknown qualifier. */
function researchedAccountId(ctx: HandlerContext): string {
  const accountId = insertTestAccount(ctx.db, {
    name: 'Kestrel Freight',
    industry: 'Logistics',
    city: 'Leeds',
    description: 'Regional haulier with a cold-chain arm',
  }).id
  const note = (kind: 'fact' | 'assumption', text: string, observedOn: string) =>
    insertResearchNote(ctx.db, accountId, { kind, text, source: kind === 'fact' ? 'https://news.example.com/kestrel' : null, observedOn, contactId: null })
  note('fact', 'Opened a depot in Wakefield', '2025-05-01')
  note('fact', 'Runs forty trucks', '2020-01-01')
  note('assumption', 'They plan routes in spreadsheets', '2025-05-01')
  insertContact(ctx.db, accountId, {
    name: 'Dana Whitfield',
    title: 'COO',
    department: null,
    email: 'dana@kestrel.example.com',
    phone: null,
    decisionRole: 'decision-maker',
    roleConfirmed: false,
    relationship: 'prospect',
    notes: null,
  })
  insertQualifier(ctx.db, { name: 'Uses a TMS', description: null, rule: { kind: 'evidence' }, mustHave: false, weight: 2 })
  return accountId
}

function noteId(ctx: HandlerContext): string {
  return insertResearchNote(ctx.db, researchedAccountId(ctx), {
    kind: 'news',
    text: 'Bought a rival in York',
    source: 'Trade press',
    observedOn: '2025-04-01',
    contactId: null,
  }).id
}

export const researchChannelSamples: { [C in ResearchChannel]: ChannelSample<C> } = {
  'research.list': (ctx) => ({ accountId: researchedAccountId(ctx) }),
  'research.create': (ctx) => ({
    accountId: researchedAccountId(ctx),
    fields: { kind: 'trigger-event', text: 'New COO since May', source: 'LinkedIn', observedOn: '2025-05-20' },
  }),
  'research.update': (ctx) => ({
    id: noteId(ctx),
    fields: { kind: 'fact', text: 'Bought a rival in York and Hull', source: 'https://news.example.com/york', observedOn: '2025-04-02', contactId: null },
  }),
  'research.delete': (ctx) => ({ id: noteId(ctx) }),
  'research.restore': (ctx) => {
    const id = noteId(ctx)
    softDeleteResearchNote(ctx.db, id)
    return { id }
  },
  'research.getSettings': () => ({}),
  'research.setStaleAfterDays': () => ({ staleAfterDays: 120 }),
  'search.query': (ctx) => {
    researchedAccountId(ctx)
    return { text: 'kestrel', limit: 10 }
  },
  'verify.list': (ctx) => ({ accountId: researchedAccountId(ctx) }),
}
