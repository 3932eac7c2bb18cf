import type { HandlerContext } from '../../electron/handlers/context'
import { insertAccount, softDeleteAccount } from '../../electron/store/repositories/accounts'
import { insertContact, setContactDoNotContact, softDeleteContact } from '../../electron/store/repositories/contacts'
import { addTargets, removeTarget, setNextStep } from '../../electron/store/repositories/targets'
import { setAssessment } from '../../electron/store/repositories/assessments'
import { addLesson, softDeleteLesson } from '../../electron/store/repositories/lessons'
import { insertQualifier, softDeleteQualifier } from '../../electron/store/repositories/qualifiers'
import type { ChannelInput, ChannelName } from '../../src/shared/contract'
import { checklistChannelSamples } from './checklistSamples'
import { importChannelSamples } from './importSamples'
import { messagesChannelSamples } from './messagesSamples'
import { questionChannelSamples } from './questionSamples'
import { researchChannelSamples } from './researchSamples'

/** Builds a valid input for a channel, writing whatever rows it needs into the (fresh) database first. */
export type ChannelSample<C extends ChannelName> = (ctx: HandlerContext) => ChannelInput<C> | Promise<ChannelInput<C>>

function sampleAccountId(ctx: HandlerContext): string {
  return insertAccount(ctx.db, {
    name: 'Sample Account Ltd',
    website: 'sample.example.com',
    industry: 'Manufacturing',
    city: 'Leeds',
    region: null,
    country: 'United Kingdom',
    employees: 120,
    annualRevenue: 9_500_000,
    description: null,
  }).id
}

/**
 * One valid input per contract channel, used by contract.test.ts to check that what each handler returns
 * parses with the channel's output schema. Each feature adds its channels' samples here: the test fails
 * for any accounts.* or app.* channel without one (other prefixes are checked once their feature lands).
 */
export const channelSamples: { [C in ChannelName]?: ChannelSample<C> } = {
  'app.info': () => ({}),
  'accounts.list': (ctx) => {
    sampleAccountId(ctx)
    return {}
  },
  'accounts.get': (ctx) => ({ id: sampleAccountId(ctx) }),
  'accounts.create': () => ({ name: 'New Account', website: 'https://new.example.com/about', employees: 40, annualRevenue: 1_200_000.5 }),
  'accounts.update': (ctx) => ({ id: sampleAccountId(ctx), fields: { name: 'Renamed Account', city: 'York' } }),
  'accounts.delete': (ctx) => ({ id: sampleAccountId(ctx) }),
  'accounts.restore': (ctx) => {
    const id = sampleAccountId(ctx)
    softDeleteAccount(ctx.db, id)
    return { id }
  },
  'accounts.loadSample': () => ({}),
  'contacts.list': (ctx) => {
    const accountId = sampleAccountId(ctx)
    setContactDoNotContact(ctx.db, sampleContactId(ctx, accountId), true, 'Asked not to be called')
    return { accountId }
  },
  'contacts.create': (ctx) => ({
    accountId: sampleAccountId(ctx),
    fields: { name: 'New Person', email: 'new.person@example.com', phone: '+44 113 496 0000', decisionRole: 'decision-maker' },
  }),
  'contacts.update': (ctx) => ({ id: sampleContactId(ctx), fields: { name: 'Renamed Person', roleConfirmed: true, decisionRole: 'influencer' } }),
  'contacts.delete': (ctx) => ({ id: sampleContactId(ctx) }),
  'contacts.restore': (ctx) => {
    const id = sampleContactId(ctx)
    softDeleteContact(ctx.db, id)
    return { id }
  },
  'contacts.setDoNotContact': (ctx) => ({ id: sampleContactId(ctx), doNotContact: true, reason: 'Asked not to be called' }),
  'contacts.accountStanding': (ctx) => ({ accountId: sampleAccountId(ctx) }),
  'contacts.setAccountRelationship': (ctx) => ({ accountId: sampleAccountId(ctx), relationship: 'partner' }),
  'contacts.setAccountDoNotContact': (ctx) => ({ accountId: sampleAccountId(ctx), doNotContact: true }),
  'contacts.doNotContactHistory': (ctx) => {
    const accountId = sampleAccountId(ctx)
    setContactDoNotContact(ctx.db, sampleContactId(ctx, accountId), true, null)
    return { accountId }
  },
  'universe.query': (ctx) => {
    addTargets(ctx.db, { accountIds: [sampleAccountId(ctx)], reason: null })
    return { search: 'sample', onList: 'any', sort: { column: 'score', direction: 'desc' }, offset: 0, limit: 50 }
  },
  'universe.facets': (ctx) => {
    sampleAccountId(ctx)
    return {}
  },
  'targets.list': (ctx) => {
    const accountId = sampleAccountId(ctx)
    addTargets(ctx.db, { accountIds: [accountId], reason: null })
    setNextStep(ctx.db, accountId, 'Call the buyer', '2030-01-15')
    return {}
  },
  'targets.add': (ctx) => ({ accountIds: [sampleAccountId(ctx)], reason: 'Worth a look' }),
  'targets.remove': (ctx) => {
    const accountId = sampleAccountId(ctx)
    addTargets(ctx.db, { accountIds: [accountId], reason: null })
    return { accountId, reason: 'Not the right time' }
  },
  'targets.restore': (ctx) => {
    const accountId = sampleAccountId(ctx)
    addTargets(ctx.db, { accountIds: [accountId], reason: null })
    removeTarget(ctx.db, accountId, null)
    return { accountId }
  },
  'targets.suggest': (ctx) => {
    sampleAccountId(ctx)
    return { limit: 5 }
  },
  'targets.setNextStep': (ctx) => {
    const accountId = sampleAccountId(ctx)
    addTargets(ctx.db, { accountIds: [accountId], reason: null })
    return { accountId, text: 'Send the case study', due: '2030-02-01' }
  },
  'targets.setStatus': (ctx) => ({ accountId: sampleAccountId(ctx), status: 'researching' }),
  'offering.get': () => ({}),
  'offering.save': () => ({
    whatItIs: 'Route planning for regional carriers',
    summary: 'Plans that respect driver hours',
    valueStatements: [{ id: '0190f5a4-0000-7000-8000-000000000001', benefit: 'Fewer empty miles', forWhom: 'Dispatch managers', proof: 'A 40-truck fleet cut 12%' }],
    differentiators: [{ id: '0190f5a4-0000-7000-8000-000000000002', competitor: 'RouteRight', howWeDiffer: 'Plans around driver hours' }],
  }),
  'qualifiers.list': (ctx) => {
    sampleQualifierId(ctx)
    return {}
  },
  'qualifiers.create': () => ({ name: 'Mid-sized', rule: { kind: 'range', field: 'employees', min: 50, max: 500 }, mustHave: false, weight: 2 }),
  'qualifiers.update': (ctx) => ({
    id: sampleQualifierId(ctx),
    fields: { name: 'In the north', description: 'We only serve the north', rule: { kind: 'values', field: 'region', values: ['North'] }, mustHave: true, weight: 3 },
  }),
  'qualifiers.delete': (ctx) => ({ id: sampleQualifierId(ctx) }),
  'qualifiers.restore': (ctx) => {
    const id = sampleQualifierId(ctx)
    softDeleteQualifier(ctx.db, id)
    return { id }
  },
  'qualifiers.reorder': (ctx) => ({ ids: [sampleQualifierId(ctx), sampleQualifierId(ctx)].reverse() }),
  'qualifiers.fieldValues': (ctx) => {
    sampleAccountId(ctx)
    return { field: 'industry' }
  },
  'qualifiers.coverage': (ctx) => {
    sampleAssessment(ctx)
    return {}
  },
  'qualifiers.preview': (ctx) => ({ rule: { kind: 'evidence' }, qualifierId: sampleAssessment(ctx).qualifierId }),
  'assessments.set': (ctx) => ({ accountId: sampleAccountId(ctx), qualifierId: sampleQualifierId(ctx), status: 'not-met', note: 'Marketing buys, not insights' }),
  'assessments.clear': (ctx) => sampleAssessment(ctx),
  'fit.explain': (ctx) => ({ accountId: sampleAssessment(ctx).accountId }),
  'fit.summary': (ctx) => {
    sampleAssessment(ctx)
    return {}
  },
  'lessons.list': (ctx) => {
    addLesson(ctx.db, { text: 'Classroom-hour targets mean no appetite for less classroom time', accountId: sampleAccountId(ctx) })
    return {}
  },
  'lessons.add': (ctx) => ({ text: 'Budgets are set in September', accountId: sampleAccountId(ctx) }),
  'lessons.delete': (ctx) => ({ id: addLesson(ctx.db, { text: 'Old lesson', accountId: null }).id }),
  'lessons.restore': (ctx) => {
    const { id } = addLesson(ctx.db, { text: 'Old lesson', accountId: null })
    softDeleteLesson(ctx.db, id)
    return { id }
  },
  ...questionChannelSamples,
  ...importChannelSamples,
  ...messagesChannelSamples,
  ...checklistChannelSamples,
  ...researchChannelSamples,
}

function sampleQualifierId(ctx: HandlerContext): string {
  return insertQualifier(ctx.db, {
    name: 'Has a consumer-insights team',
    description: 'Who owns customer research?',
    rule: { kind: 'evidence' },
    mustHave: false,
    weight: 4,
  }).id
}

/** An account with one assessed evidence qualifier and one values qualifier read from its record. */
function sampleAssessment(ctx: HandlerContext): { accountId: string; qualifierId: string } {
  const accountId = sampleAccountId(ctx)
  const qualifierId = sampleQualifierId(ctx)
  insertQualifier(ctx.db, { name: 'Makes things', description: null, rule: { kind: 'values', field: 'industry', values: ['Manufacturing'] }, mustHave: true, weight: 3 })
  setAssessment(ctx.db, accountId, qualifierId, 'met', 'Confirmed on the call')
  return { accountId, qualifierId }
}

function sampleContactId(ctx: HandlerContext, accountId: string = sampleAccountId(ctx)): string {
  return insertContact(ctx.db, accountId, {
    name: 'Sample Person',
    title: 'Buyer',
    department: 'Procurement',
    email: 'sample.person@example.com',
    phone: '0113 496 0000',
    decisionRole: 'decision-maker',
    roleConfirmed: false,
    relationship: 'prospect',
    notes: null,
  }).id
}

/** Channel groups whose every channel must have a sample above. */
export const coveredPrefixes = ['accounts.', 'app.', 'contacts.', 'targets.', 'universe.', 'offering.', 'qualifiers.', 'assessments.', 'fit.', 'lessons.', 'questions.', 'objections.', 'import.', 'export.', 'messages.', 'analysis.', 'checklist.', 'callQueue.', 'callSheet.', 'research.', 'search.', 'verify.'] as const
