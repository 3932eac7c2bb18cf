import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checklistRuleDescriptions,
  checklistRuleIds,
  computeChecklist,
  isAnalysisStarted,
  minimumOpenQuestions,
  offLimitsMissing,
  offLimitsRuleDescription,
  ownItemsRuleDescription,
  readinessRules,
  type ChecklistInput,
  type ChecklistItem,
  type ChecklistItemId,
} from '../../src/shared/domain/checklist'

const today = '2026-11-23'
const openQuestions = ['How do you plan routes today?', 'What happens when a driver calls in sick?', 'Walk me through how a new customer is onboarded.']
const closedQuestion = 'Do you use spreadsheets?'
const passingOpener =
  'Hi Dana, this is Sam at Brightline. Dispatch teams like yours often lose hours re-planning when drivers call in sick. How do you handle that today?'
const passingVoicemail = [
  'Hi Dana, this is Sam Reyes at Brightline.',
  'Dispatch teams like yours often lose hours each week re-planning routes when drivers call in sick.',
  'We help cut that re-planning time roughly in half.',
  "I'll call you again on Thursday at 10.",
  "If it isn't a priority right now, just tell me and I won't follow up.",
].join(' ')
/** The method's failure case: all about the seller, no benefit, no opt-out, superlatives. */
const productVoicemail = "Hi Dana, this is Sam Reyes at Brightline. Our superior routing system is the best on the market. I'll call you again on Thursday at 10."

const blankForm = {
  currentSituation: '',
  currentSolution: '',
  needs: '',
  decisionMakers: '',
  decisionProcess: '',
  timeline: '',
  budget: '',
  competitors: '',
  objections: '',
  verdictReason: '',
  assumptionsHeld: '',
  assumptionsWrong: '',
  verdict: 'unknown',
}

/** A target with everything done: each test breaks one thing. */
function ready(overrides: Partial<ChecklistInput> = {}): ChecklistInput {
  return {
    notes: [
      { kind: 'fact', observedOn: '2026-11-01' },
      { kind: 'assumption', observedOn: '2026-10-01' },
    ],
    staleAfterDays: 90,
    today,
    toVerifyCount: 2,
    planQuestions: openQuestions.map((text) => ({ text })),
    contacts: [{ decisionRole: 'decision-maker', roleConfirmed: false, doNotContact: false }],
    opener: passingOpener,
    voicemail: passingVoicemail,
    analysisForm: { ...blankForm, currentSituation: 'Plans 40 routes a day in spreadsheets.' },
    ownItems: [],
    ...overrides,
  }
}

function itemOf(input: ChecklistInput, id: ChecklistItemId): ChecklistItem {
  const found = computeChecklist(input).items.find((entry) => entry.id === id)
  if (!found) throw new Error(`no item ${id}`)
  return found
}

describe('computeChecklist: the whole list', () => {
  it('lists the seven rules in the rep’s order, then the rep’s own items, all done for a prepared target', () => {
    const result = computeChecklist(ready({ ownItems: [{ id: 'a', text: 'Check their Q3 results', done: true }] }))
    expect(result.items.map((entry) => entry.id)).toEqual([...checklistRuleIds, 'own:a'])
    expect(result.items.every((entry) => entry.done && entry.missing === undefined)).toBe(true)
    expect(result.ready).toBe(true)
    expect(result.missing).toEqual([])
    for (const entry of result.items) expect(entry.label.trim()).not.toBe('')
  })

  it('says what is missing for an empty target, one line per rule, and is not ready', () => {
    const result = computeChecklist({
      notes: [],
      staleAfterDays: 90,
      today,
      toVerifyCount: 0,
      planQuestions: [],
      contacts: [],
      opener: '',
      voicemail: '',
      analysisForm: null,
      ownItems: [],
    })
    expect(result.ready).toBe(false)
    expect(result.items.map((entry) => entry.done)).toEqual([false, false, false, false, false, false, false])
    expect(result.missing).toEqual(result.items.map((entry) => entry.missing))
    expect(result.missing).toEqual([
      'Add at least one research note about the company, with where it came from.',
      'Write down what you still need to check on the call: an assumption, a need you suspect or an unknown qualifier.',
      'Plan 3 more open questions (0 of 3 so far).',
      'Add the person who decides, even if you only presume it is them.',
      'Write the opener for the call.',
      'Write the voicemail you will leave if they do not pick up.',
      'Start the Prospect Analysis Form: fill in what you already know, such as their current situation.',
    ])
  })
})

describe('research: present and fresh', () => {
  it('needs at least one note', () => {
    expect(itemOf(ready({ notes: [] }), 'research')).toMatchObject({ done: false, missing: expect.stringContaining('at least one research note') })
  })

  it('accepts any kind of note as research', () => {
    for (const kind of ['fact', 'assumption', 'need-hypothesis', 'news', 'trigger-event'] as const) {
      expect(itemOf(ready({ notes: [{ kind, observedOn: today }] }), 'research').done).toBe(true)
    }
  })

  it('counts a fact exactly the stale age old as fresh and one day older as stale', () => {
    expect(itemOf(ready({ notes: [{ kind: 'fact', observedOn: '2026-08-25' }] }), 'research').done).toBe(true) // 90 days
    const stale = itemOf(ready({ notes: [{ kind: 'fact', observedOn: '2026-08-24' }] }), 'research') // 91 days
    expect(stale).toEqual({
      id: 'research',
      label: expect.any(String),
      done: false,
      missing: 'Re-check 1 fact older than 90 days: update the date once confirmed, or delete it.',
    })
  })

  it('fails on one stale fact even beside fresh notes, and counts every stale fact', () => {
    const notes = [
      { kind: 'fact' as const, observedOn: '2026-11-20' },
      { kind: 'fact' as const, observedOn: '2025-01-01' },
      { kind: 'fact' as const, observedOn: '2024-06-30' },
    ]
    expect(itemOf(ready({ notes }), 'research').missing).toBe('Re-check 2 facts older than 90 days: update the date once confirmed, or delete them.')
  })

  it('only ages facts: old news, trigger events, assumptions and need hypotheses stay', () => {
    const notes = (['news', 'trigger-event', 'assumption', 'need-hypothesis'] as const).map((kind) => ({ kind, observedOn: '2020-01-01' }))
    expect(itemOf(ready({ notes }), 'research').done).toBe(true)
  })

  it('follows the rep’s stale age, and treats a fact with an unreadable date as stale', () => {
    const notes = [{ kind: 'fact' as const, observedOn: '2026-11-13' }] // 10 days
    expect(itemOf(ready({ notes, staleAfterDays: 10 }), 'research').done).toBe(true)
    expect(itemOf(ready({ notes, staleAfterDays: 9 }), 'research').missing).toContain('older than 9 days')
    expect(itemOf(ready({ notes, staleAfterDays: 1 }), 'research').missing).toContain('older than 1 day:')
    expect(itemOf(ready({ notes: [{ kind: 'fact', observedOn: 'last spring' }] }), 'research').done).toBe(false)
  })
})

describe('to verify: listed, or all verified', () => {
  it('is done with at least one thing to verify, even with no research yet', () => {
    expect(itemOf(ready({ toVerifyCount: 1 }), 'to-verify').done).toBe(true)
    expect(itemOf(ready({ toVerifyCount: 1, notes: [] }), 'to-verify').done).toBe(true)
  })

  it('is done with nothing left to verify once there is research (everything checked)', () => {
    expect(itemOf(ready({ toVerifyCount: 0 }), 'to-verify').done).toBe(true)
  })

  it('is not done with nothing listed and no research: nothing has been looked at', () => {
    expect(itemOf(ready({ toVerifyCount: 0, notes: [] }), 'to-verify')).toMatchObject({ done: false, missing: expect.stringContaining('still need to check') })
  })
})

describe('questions: at least three open ones', () => {
  it('is done with exactly three open questions and not with two', () => {
    expect(itemOf(ready(), 'questions').done).toBe(true)
    expect(itemOf(ready({ planQuestions: openQuestions.slice(0, 2).map((text) => ({ text })) }), 'questions').missing).toBe(
      'Plan 1 more open question (2 of 3 so far).',
    )
  })

  it('does not count closed questions, and says to rewrite them', () => {
    const planQuestions = [openQuestions[0], closedQuestion, 'Is budget approved?'].map((text) => ({ text: text ?? '' }))
    expect(itemOf(ready({ planQuestions }), 'questions').missing).toBe(
      'Plan 2 more open questions (1 of 3 so far). 2 closed questions do not count: rewrite them as open.',
    )
    const oneClosed = [...openQuestions.slice(0, 2), closedQuestion].map((text) => ({ text }))
    expect(itemOf(ready({ planQuestions: oneClosed }), 'questions').missing).toBe(
      'Plan 1 more open question (2 of 3 so far). 1 closed question does not count: rewrite it as open.',
    )
  })

  it('ignores blank entries and accepts more than three', () => {
    const planQuestions = [...openQuestions, 'Who else has a say in decisions like this?', '   '].map((text) => ({ text }))
    expect(itemOf(ready({ planQuestions }), 'questions').done).toBe(true)
    expect(itemOf(ready({ planQuestions: [{ text: ' ' }, { text: '' }] }), 'questions').missing).toBe('Plan 3 more open questions (0 of 3 so far).')
  })
})

describe('decision maker: identified, even if presumed', () => {
  it('accepts a presumed and a confirmed decision maker', () => {
    expect(itemOf(ready(), 'decision-maker').done).toBe(true)
    expect(itemOf(ready({ contacts: [{ decisionRole: 'decision-maker', roleConfirmed: true, doNotContact: false }] }), 'decision-maker').done).toBe(true)
  })

  it('does not accept other roles', () => {
    for (const decisionRole of ['influencer', 'champion', 'gatekeeper', 'user', 'unknown'] as const) {
      const entry = itemOf(ready({ contacts: [{ decisionRole, roleConfirmed: true, doNotContact: false }] }), 'decision-maker')
      expect(entry.missing).toBe('Add the person who decides, even if you only presume it is them.')
    }
  })

  it('does not accept a decision maker who asked not to be contacted, unless another one may be', () => {
    const barred = { decisionRole: 'decision-maker' as const, roleConfirmed: true, doNotContact: true }
    expect(itemOf(ready({ contacts: [barred] }), 'decision-maker').missing).toBe(
      'The decision maker on file asked not to be contacted: find out who else decides.',
    )
    const other = { decisionRole: 'decision-maker' as const, roleConfirmed: false, doNotContact: false }
    expect(itemOf(ready({ contacts: [barred, other] }), 'decision-maker').done).toBe(true)
  })
})

describe('opener and voicemail: passing the coach', () => {
  it('fails the product-centred voicemail, naming what the coach found, and passes the prospect-centred one', () => {
    expect(itemOf(ready(), 'voicemail').done).toBe(true)
    expect(itemOf(ready({ voicemail: productVoicemail }), 'voicemail').missing).toBe(
      'Rework the voicemail until the coach passes it: it talks about you more than them, no concrete benefit, no easy way to say no and claims with nothing to back them.',
    )
  })

  it('judges each message by its own kind', () => {
    // An opener needs no opt-out or timed next step; a voicemail does.
    expect(itemOf(ready({ voicemail: passingOpener }), 'voicemail').missing).toBe(
      'Rework the voicemail until the coach passes it: no next step with a time and no easy way to say no.',
    )
    expect(itemOf(ready({ opener: passingOpener }), 'opener').done).toBe(true)
    expect(itemOf(ready({ opener: productVoicemail }), 'opener').missing).toMatch(/^Rework the opener until the coach passes it: /)
  })

  it('asks for a message that has not been written, also when it is only spaces', () => {
    expect(itemOf(ready({ opener: '' }), 'opener').missing).toBe('Write the opener for the call.')
    expect(itemOf(ready({ voicemail: '  \n ' }), 'voicemail').missing).toBe('Write the voicemail you will leave if they do not pick up.')
  })
})

describe('form: the Prospect Analysis Form started', () => {
  it('is not started before it exists or while every field is blank', () => {
    expect(isAnalysisStarted(null)).toBe(false)
    expect(isAnalysisStarted(blankForm)).toBe(false)
    expect(isAnalysisStarted({ ...blankForm, budget: '   ' })).toBe(false)
    expect(itemOf(ready({ analysisForm: blankForm }), 'form').done).toBe(false)
  })

  it('is started by any one text field, or by a verdict', () => {
    for (const key of Object.keys(blankForm).filter((name) => name !== 'verdict')) {
      expect(isAnalysisStarted({ ...blankForm, [key]: 'x' })).toBe(true)
    }
    expect(isAnalysisStarted({ ...blankForm, verdict: 'possible-fit' })).toBe(true)
    expect(itemOf(ready({ analysisForm: { ...blankForm, verdict: 'no-fit' } }), 'form').done).toBe(true)
  })
})

describe('the rep’s own items', () => {
  it('adds one item per own item, in order, done only when ticked', () => {
    const result = computeChecklist(
      ready({
        ownItems: [
          { id: 'x1', text: '  Read their annual report ', done: false },
          { id: 'x2', text: 'Ask Priya for an intro', done: true },
        ],
      }),
    )
    expect(result.items.slice(-2)).toEqual([
      { id: 'own:x1', label: 'Read their annual report', done: false, missing: 'Tick off your own item: Read their annual report' },
      { id: 'own:x2', label: 'Ask Priya for an intro', done: true },
    ])
    expect(result.ready).toBe(false)
    expect(result.missing).toEqual(['Tick off your own item: Read their annual report'])
  })
})

describe('a company that asked not to be contacted', () => {
  it('is never ready, and says so first', () => {
    const result = computeChecklist(ready({ offLimits: true }))
    expect(result.items.every((entry) => entry.done)).toBe(true)
    expect(result.ready).toBe(false)
    expect(result.missing).toEqual([offLimitsMissing])
    const unprepared = computeChecklist(ready({ offLimits: true, opener: '' }))
    expect(unprepared.missing).toEqual([offLimitsMissing, 'Write the opener for the call.'])
  })
})

describe('computeChecklist: properties', () => {
  const noteKinds = ['fact', 'assumption', 'need-hypothesis', 'news', 'trigger-event'] as const
  const roles = ['decision-maker', 'influencer', 'champion', 'gatekeeper', 'user', 'unknown'] as const
  const day = fc.integer({ min: 0, max: 800 }).map((back) => new Date(Date.UTC(2026, 10, 23) - back * 86_400_000).toISOString().slice(0, 10))
  const input: fc.Arbitrary<ChecklistInput> = fc.record({
    notes: fc.array(fc.record({ kind: fc.constantFrom(...noteKinds), observedOn: day }), { maxLength: 5 }),
    staleAfterDays: fc.integer({ min: 1, max: 400 }),
    today: fc.constant(today),
    toVerifyCount: fc.nat({ max: 4 }),
    planQuestions: fc.array(fc.constantFrom(...openQuestions, closedQuestion, '').map((text) => ({ text })), { maxLength: 6 }),
    contacts: fc.array(fc.record({ decisionRole: fc.constantFrom(...roles), roleConfirmed: fc.boolean(), doNotContact: fc.boolean() }), { maxLength: 3 }),
    opener: fc.constantFrom('', passingOpener, productVoicemail),
    voicemail: fc.constantFrom('', passingVoicemail, productVoicemail),
    analysisForm: fc.constantFrom(null, blankForm, { ...blankForm, needs: 'Fewer re-plans' }),
    ownItems: fc.array(fc.record({ id: fc.uuid(), text: fc.constantFrom('Call Priya first', 'Read the report'), done: fc.boolean() }), { maxLength: 3 }),
    offLimits: fc.boolean(),
  })

  it('is ready exactly when every item is done and the company may be contacted; missing lists every undone item in order', () => {
    fc.assert(
      fc.property(input, (sample) => {
        const result = computeChecklist(sample)
        const undone = result.items.filter((entry) => !entry.done)
        expect(result.ready).toBe(undone.length === 0 && !sample.offLimits)
        expect(result.missing).toEqual([...(sample.offLimits ? [offLimitsMissing] : []), ...undone.map((entry) => entry.missing)])
        for (const entry of result.items) expect(entry.done).toBe(entry.missing === undefined)
        expect(result.items).toHaveLength(checklistRuleIds.length + sample.ownItems.length)
      }),
    )
  })

  it('never gets less ready by adding an open question or ticking an own item', () => {
    fc.assert(
      fc.property(input, (sample) => {
        const before = computeChecklist(sample).items.filter((entry) => entry.done).length
        const more = computeChecklist({
          ...sample,
          planQuestions: [...sample.planQuestions, { text: 'What would change for your planners if re-plans took half the time?' }],
          ownItems: sample.ownItems.map((own) => ({ ...own, done: true })),
        })
        expect(more.items.filter((entry) => entry.done).length).toBeGreaterThanOrEqual(before)
      }),
    )
  })
})

describe('readinessRules: the rules in words, where no target is at hand', () => {
  it('has one line per rule in the checklist’s order, then the rep’s own items and the company’s consent', () => {
    expect(readinessRules).toEqual([...checklistRuleIds.map((id) => checklistRuleDescriptions[id]), ownItemsRuleDescription, offLimitsRuleDescription])
    expect(new Set(readinessRules).size).toBe(readinessRules.length)
  })

  it('asks for as many open questions as the questions rule counts', () => {
    expect(minimumOpenQuestions).toBe(3)
    expect(checklistRuleDescriptions.questions).toBe('at least three open questions in the call plan')
    expect(computeChecklist(ready({ planQuestions: [] })).missing).toContain(`Plan ${minimumOpenQuestions} more open questions (0 of ${minimumOpenQuestions} so far).`)
  })

  it('says the decision maker must be someone who may be contacted', () => {
    expect(checklistRuleDescriptions['decision-maker']).toMatch(/not asked not to be contacted/)
    expect(itemOf(ready({ contacts: [{ decisionRole: 'decision-maker', roleConfirmed: true, doNotContact: true }] }), 'decision-maker').done).toBe(false)
  })
})
