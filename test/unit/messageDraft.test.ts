import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coachMessage, type MessageKind } from '../../src/shared/domain/messageCoach'
import {
  callbackDay, chooseRecipient, chooseValueStatement, draftGaps, draftMessage, firstNameOf, hasSuperlative,
  type DraftInput, type DraftResearch, type DraftValueStatement,
} from '../../src/shared/domain/messageDraft'

const kinds: readonly MessageKind[] = ['opener', 'voicemail', 'email']

const routing: DraftValueStatement = {
  benefit: 'Cut route re-planning time roughly in half',
  forWhom: 'Dispatch teams at regional carriers',
  proof: 'Northline Haulage went from three hours of re-planning a day to eighty minutes',
}

const base: DraftInput = {
  repName: 'Sam Reyes',
  repCompany: 'Brightline',
  repPhone: '555 0100',
  prospectName: 'Dana',
  accountName: 'Kestrel Freight',
  industry: 'Logistics',
  valueStatements: [routing],
  research: [],
  callbackDay: 'Thursday',
}

const trigger: DraftResearch = { kind: 'trigger-event', text: 'Opened a second depot in Leeds in March.' }
const need: DraftResearch = { kind: 'need-hypothesis', text: 'Dispatchers probably re-plan routes by hand whenever a driver calls in sick.' }

describe('draftMessage: drafts the coach passes', () => {
  it.each(kinds)('a %s from plain inputs passes with no findings', (kind) => {
    const draft = draftMessage(kind, base)
    const coaching = coachMessage(draft.text, kind)
    expect(coaching.findings).toEqual([])
    expect(coaching.pass).toBe(true)
  })

  it('keeps the voicemail within 30 seconds, says when the rep will call again and how to say no', () => {
    const { text } = draftMessage('voicemail', { ...base, research: [trigger, need] })
    const coaching = coachMessage(text, 'voicemail')
    expect(coaching.pass).toBe(true)
    expect(coaching.speakingSeconds).toBeLessThanOrEqual(30)
    expect(text).toContain("I'll call you again on Thursday")
    expect(text).toMatch(/just tell me and I won't follow up/)
    expect(text.startsWith('Hi Dana, this is Sam Reyes at Brightline.')).toBe(true)
  })

  it('ends the opener with a question and gives the email a subject, a day and an opt-out', () => {
    const opener = draftMessage('opener', { ...base, research: [need] })
    expect(opener.text.trim().endsWith('?')).toBe(true)
    expect(opener.subject).toBeUndefined()

    const email = draftMessage('email', { ...base, research: [need] })
    expect(email.subject).toContain('Kestrel Freight')
    expect(email.subject?.length).toBeLessThanOrEqual(120)
    expect(email.text).toContain('Thursday')
    expect(email.text).toContain('"no thanks"')
    expect(email.text.split('\n')).toContain('Sam Reyes')
    expect(email.text.startsWith('Hi Dana,')).toBe(true)
  })

  it('writes a noun-phrase benefit as what teams like theirs see', () => {
    const input = { ...base, valueStatements: [{ benefit: '30% fewer failed deliveries in the first quarter', forWhom: null, proof: null }] }
    for (const kind of kinds) {
      const { text } = draftMessage(kind, input)
      expect(text).toContain('typically see 30% fewer failed deliveries')
      expect(coachMessage(text, kind).pass).toBe(true)
    }
  })

  it('passes for any reasonable mix of offering, research and names, and never adds a superlative', () => {
    const benefits = [
      'Cut route re-planning time roughly in half',
      'Reduces invoice errors by 40%',
      'Save about six hours a week on shift scheduling',
      '30% fewer failed deliveries',
      'Faster month-end close, usually two days sooner',
      'Lower spoilage costs in cold storage',
      'Free up your planners for the next day',
    ]
    const forWhoms = [null, 'Dispatch teams at regional carriers', 'Finance teams in mid-size manufacturers', 'HR teams with shift workers']
    const proofs = [null, 'Northline Haulage went from three hours a day to eighty minutes', 'A 200-person bakery cut write-offs by 18% in six months']
    const triggers = [
      'Opened a second depot in Leeds in March.',
      'New head of operations, Priya Shah, joined in May.',
      'Announced a plan to double their fleet by 2026, according to the trade press, with most of the new routes in the north.',
      'Acquired a smaller competitor in Wales',
    ]
    const needs = [
      'Dispatchers probably re-plan routes by hand whenever a driver calls in sick.',
      'Month-end close likely takes the finance team more than a week',
      'Their planners seem to rebuild the rota in spreadsheets every Friday, which means late nights and mistakes nobody catches until Monday morning.',
    ]
    const news = ['Won a regional award for on-time delivery', 'Reported a 12% rise in revenue last year']
    const research = fc.array(
      fc.oneof(
        fc.constantFrom(...triggers).map((text): DraftResearch => ({ kind: 'trigger-event', text })),
        fc.constantFrom(...needs).map((text): DraftResearch => ({ kind: 'need-hypothesis', text })),
        fc.constantFrom(...news).map((text): DraftResearch => ({ kind: 'news', text })),
        fc.constant<DraftResearch>({ kind: 'fact', text: 'Runs about 140 vehicles from two sites.' }),
      ),
      { maxLength: 4 },
    )
    const statement = fc.record({ benefit: fc.constantFrom(...benefits), forWhom: fc.constantFrom(...forWhoms), proof: fc.constantFrom(...proofs) })
    const input = fc.record<DraftInput>({
      repName: fc.constantFrom<string | null>('Sam Reyes', 'Alex', null),
      repCompany: fc.constantFrom<string | null>('Brightline', 'Oakridge Software Ltd', null),
      repPhone: fc.constantFrom<string | null>('555 0100', '+44 113 496 0000', null),
      prospectName: fc.constantFrom<string | null>('Dana', 'Dr. Okafor', null),
      accountName: fc.constantFrom('Kestrel Freight', 'Osprey Cold Storage', 'Harbour Bakeries Group'),
      industry: fc.constantFrom<string | null>('Logistics', 'Food manufacturing', 'SaaS', null),
      valueStatements: fc.array(statement, { minLength: 1, maxLength: 3 }),
      research,
      callbackDay: fc.constantFrom('Monday', 'Thursday'),
    })
    fc.assert(
      fc.property(input, fc.constantFrom(...kinds), (draftInput, kind) => {
        const draft = draftMessage(kind, draftInput)
        const coaching = coachMessage(draft.text, kind)
        expect(coaching.pass, `${kind}:\n${draft.text}\n${JSON.stringify(coaching.findings)}`).toBe(true)
        if (kind === 'voicemail') expect(coaching.speakingSeconds).toBeLessThanOrEqual(30)
        expect(hasSuperlative(draft.text)).toBe(false)
        expect(draft.text).not.toMatch(/undefined|null|\[object/)
      }),
      { numRuns: 400 },
    )
  })
})

describe('draftMessage: adapts to the research', () => {
  it('names a trigger event when there is one, in every kind', () => {
    for (const kind of kinds) {
      const { text } = draftMessage(kind, { ...base, research: [need, trigger] })
      expect(text).toContain('opened a second depot in Leeds in March')
      expect(text).toContain('Kestrel Freight')
    }
  })

  it('names the need hypothesis when there is no event, and both in the email when there are', () => {
    for (const kind of kinds) {
      const { text } = draftMessage(kind, { ...base, research: [need] })
      expect(text).toContain('dispatchers probably re-plan routes by hand')
      expect(text).toContain('ogistics companies like yours')
    }
    const email = draftMessage('email', { ...base, research: [trigger, need] }).text
    expect(email).toContain('opened a second depot in Leeds')
    expect(email).toContain('dispatchers probably re-plan routes by hand')
  })

  it('falls back to whom the offering serves when the research says nothing usable', () => {
    const withFact = { ...base, research: [{ kind: 'fact' as const, text: 'Runs 140 vehicles.' }] }
    for (const kind of kinds) {
      const { text } = draftMessage(kind, withFact)
      expect(text).toContain('I work with dispatch teams at regional carriers')
      expect(text).not.toContain('140 vehicles')
    }
  })

  it('uses the newest event: research arrives newest first', () => {
    const older: DraftResearch = { kind: 'trigger-event', text: 'Moved head office to York.' }
    const { text } = draftMessage('voicemail', { ...base, research: [trigger, older] })
    expect(text).toContain('second depot')
    expect(text).not.toContain('York')
  })

  it('quotes a long event only as far as still fits a voicemail, marked as cut', () => {
    const long: DraftResearch = {
      kind: 'trigger-event',
      text: 'The company announced at its annual general meeting that it plans to open three additional regional distribution centres across the north of England over the next eighteen months, each with its own dispatch team.',
    }
    const { text } = draftMessage('voicemail', { ...base, research: [long] })
    expect(text).toContain('the company announced at its annual general meeting')
    expect(text).toContain('\u2026')
    expect(coachMessage(text, 'voicemail').speakingSeconds).toBeLessThanOrEqual(30)
  })

  it('leads with the value statement that matches the research', () => {
    const invoices: DraftValueStatement = { benefit: 'Reduce invoice errors by 40%', forWhom: 'Finance teams', proof: null }
    const pick = chooseValueStatement({ valueStatements: [invoices, routing], research: [need], industry: 'Logistics' })
    expect(pick).toBe(routing)
    const { text } = draftMessage('voicemail', { ...base, valueStatements: [invoices, routing], research: [need] })
    expect(text).toContain('cut route re-planning time')
    // With nothing to match, the rep's own first statement leads.
    expect(chooseValueStatement({ valueStatements: [invoices, routing], research: [], industry: null })).toBe(invoices)
  })

  it('passes over a value statement full of superlatives or with no concrete result', () => {
    const boast: DraftValueStatement = { benefit: 'The best platform on the market', forWhom: null, proof: null }
    const vague: DraftValueStatement = { benefit: 'A better way to work together', forWhom: null, proof: null }
    expect(chooseValueStatement({ valueStatements: [boast, vague, routing], research: [], industry: null })).toBe(routing)
  })
})

describe('callbackDay', () => {
  // 2025-06-02 is a Monday.
  const on = (day: number) => new Date(2025, 5, day, 10, 0)
  it.each([
    [2, 'Wednesday'],
    [3, 'Thursday'],
    [4, 'Friday'],
    [5, 'Monday'],
    [6, 'Tuesday'],
    [7, 'Tuesday'],
    [8, 'Tuesday'],
  ])('2025-06-0%i gives %s: two working days later', (day, expected) => {
    expect(callbackDay(on(day))).toBe(expected)
  })
})

describe('whom to write to', () => {
  const person = (name: string, decisionRole: string, roleConfirmed = false, doNotContact = false) => ({ name, decisionRole, roleConfirmed, doNotContact })

  it('prefers a confirmed decision maker, then a presumed one, and never someone off-limits', () => {
    const asked = person('Ann Off', 'decision-maker', true, true)
    const presumed = person('Pat Quinn', 'decision-maker')
    const confirmed = person('Lee Chan', 'decision-maker', true)
    const user = person('Ira Gold', 'user')
    expect(chooseRecipient([user, presumed, asked, confirmed])).toBe(confirmed)
    expect(chooseRecipient([user, presumed, asked])).toBe(presumed)
    expect(chooseRecipient([asked, user])).toBe(user)
    expect(chooseRecipient([asked])).toBeUndefined()
  })

  it('greets by first name, or by title and surname', () => {
    expect(firstNameOf('Dana Whitfield')).toBe('Dana')
    expect(firstNameOf('  Dr. Ngozi Okafor ')).toBe('Dr. Okafor')
    expect(firstNameOf('Prince')).toBe('Prince')
    expect(firstNameOf('Dr')).toBeNull()
    expect(firstNameOf('   ')).toBeNull()
  })

  it('greets without a name when there is no one to address', () => {
    const { text } = draftMessage('email', { ...base, prospectName: null })
    expect(text.startsWith('Hello,')).toBe(true)
    const voicemail = draftMessage('voicemail', { ...base, prospectName: null, repName: null, repCompany: null }).text
    expect(voicemail.startsWith("Hi, I'm calling")).toBe(true)
    expect(coachMessage(voicemail, 'voicemail').pass).toBe(true)
  })
})

describe('draftGaps', () => {
  it('says what would make the draft stronger', () => {
    expect(draftGaps({ ...base, research: [trigger] })).toEqual([])
    const gaps = draftGaps({ ...base, repName: null, valueStatements: [], research: [], prospectName: null })
    expect(gaps).toHaveLength(4)
    expect(gaps.join(' ')).toMatch(/your name/)
    expect(gaps.join(' ')).toMatch(/value statement/)
    expect(gaps.join(' ')).toMatch(/need hypothesis or a trigger event/)
    expect(gaps.join(' ')).toMatch(/Contacts/)
    const vague = draftGaps({ ...base, research: [trigger], valueStatements: [{ benefit: 'The best platform', forWhom: null, proof: null }] })
    expect(vague).toEqual([expect.stringMatching(/concrete result/)])
  })
})
