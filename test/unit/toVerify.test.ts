import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DecisionRole } from '../../src/shared/contract/contacts'
import { decisionRoles } from '../../src/shared/contract/contacts'
import { coachQuestion } from '../../src/shared/domain/questionCoach'
import {
  dayNumber,
  daysBetween,
  isCalendarDate,
  localIsoDate,
  researchNoteKinds,
  sourceLink,
  type ResearchNoteKind,
} from '../../src/shared/domain/research'
import {
  ageInDays,
  gatherToVerify,
  isStale,
  suggestQuestion,
  topicOf,
  toVerifyKinds,
  type ToVerifyInput,
  type ToVerifyItem,
} from '../../src/shared/domain/toVerify'

const today = '2025-06-30'

function note(id: string, kind: ResearchNoteKind, text: string, observedOn = today, source: string | null = 'their website') {
  return { id, kind, text, observedOn, source }
}

function contact(id: string, name: string, decisionRole: DecisionRole, roleConfirmed = false, doNotContact = false, title: string | null = null) {
  return { id, name, title, decisionRole, roleConfirmed, doNotContact }
}

function input(overrides: Partial<ToVerifyInput> = {}): ToVerifyInput {
  return { unknownQualifiers: [], notes: [], contacts: [], today, staleAfterDays: 90, ...overrides }
}

/** The rep adds the suggestion with one click, so it must be a question the coach would not flag. */
function expectOpenAndSingle(question: string) {
  const coaching = coachQuestion(question)
  expect(coaching.open, `${question}: ${coaching.reasons.join(' ')}`).toBe(true)
  expect(coaching.stacked, question).toBe(false)
}

describe('dates', () => {
  it('reads real calendar dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2023-02-29')).toBe(false)
    expect(isCalendarDate('2025-13-01')).toBe(false)
    expect(isCalendarDate('2025-04-31')).toBe(false)
    expect(isCalendarDate('2025-1-01')).toBe(false)
    expect(isCalendarDate('2025-01-01T00:00:00Z')).toBe(false)
    expect(isCalendarDate('')).toBe(false)
    expect(dayNumber('1970-01-02')).toBe(1)
  })

  it('counts whole days across month, year and leap-day boundaries', () => {
    expect(daysBetween('2025-01-31', '2025-03-01')).toBe(29)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1)
    expect(daysBetween('2025-03-01', '2025-01-31')).toBe(-29)
    expect(daysBetween('2025-03-01', 'soon')).toBeUndefined()
  })

  it('writes the local calendar day, padded', () => {
    expect(localIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05')
    expect(localIsoDate(new Date(987, 11, 31, 0, 0))).toBe('0987-12-31')
  })
})

describe('isStale', () => {
  it('is stale only once the age passes the limit', () => {
    expect(isStale('2025-04-01', today, 90)).toBe(false) // 90 days: not older than 90
    expect(isStale('2025-03-31', today, 90)).toBe(true) // 91 days
    expect(isStale(today, today, 0)).toBe(false)
    expect(isStale('2025-06-29', today, 0)).toBe(true)
  })

  it('never calls a fact from the future stale', () => {
    expect(isStale('2025-07-01', today, 0)).toBe(false)
    expect(ageInDays('2025-07-01', today)).toBe(0)
  })

  it('treats an unreadable date as stale: a fact of unknown age cannot be trusted more than an old one', () => {
    expect(isStale('last spring', today, 90)).toBe(true)
    expect(isStale('2025-02-30', today, 90)).toBe(true)
    expect(ageInDays('last spring', today)).toBeUndefined()
  })

  it('agrees with the day count for any pair of dates and any limit', () => {
    const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(date, date, fc.integer({ min: 0, max: 5000 }), (observed, now, limit) => {
        const age = daysBetween(observed, now) ?? Number.NaN
        expect(isStale(observed, now, limit)).toBe(age > limit)
      }),
    )
  })
})

describe('sourceLink', () => {
  it('makes a link of secure web addresses only', () => {
    expect(sourceLink('https://example.com/news/2025/expansion')).toBe('https://example.com/news/2025/expansion')
    expect(sourceLink('  HTTPS://Example.com  ')).toBe('https://example.com/')
    expect(sourceLink('http://example.com')).toBeNull()
    expect(sourceLink('javascript:alert(1)')).toBeNull()
    expect(sourceLink('file:///etc/passwd')).toBeNull()
    expect(sourceLink('https://user:secret@example.com')).toBeNull()
    expect(sourceLink('their annual report, https://example.com')).toBeNull()
    expect(sourceLink('https://')).toBeNull()
    expect(sourceLink(null)).toBeNull()
  })
})

describe('topicOf', () => {
  it('takes the first sentence of the first line, without closing punctuation or quotes', () => {
    expect(topicOf('They run 40 trucks. Maybe more.')).toBe('they run 40 trucks')
    expect(topicOf('\n\n  "Growing fast" says the CEO!\nSecond line')).toBe('Growing fast says the CEO')
    expect(topicOf('Budget freeze until Q3…')).toBe('Budget freeze until Q3')
  })

  it('keeps names and acronyms capitalised and lowers only a sentence opener', () => {
    expect(topicOf('Acme uses SAP')).toBe('Acme uses SAP')
    expect(topicOf('The board meets in May')).toBe('the board meets in May')
    expect(topicOf('EU expansion planned')).toBe('EU expansion planned')
    expect(topicOf('Dana Lee', { keepCase: true })).toBe('Dana Lee')
    expect(topicOf('They said so', { keepCase: true })).toBe('They said so')
  })

  it('cuts a long topic at a word boundary', () => {
    const long = `${'warehouse '.repeat(30)}end`
    const topic = topicOf(long)
    expect(topic.length).toBeLessThanOrEqual(100)
    expect(topic.endsWith('warehouse')).toBe(true)
  })
})

describe('suggestQuestion', () => {
  it('builds on the rep\'s own words when the result is a single open question', () => {
    expect(suggestQuestion('assumption', 'They plan routes in spreadsheets.')).toBe('How accurate is our understanding that they plan routes in spreadsheets?')
    expect(suggestQuestion('stale-fact', 'They run 40 trucks')).toBe('What has changed since we last heard that they run 40 trucks?')
    expect(suggestQuestion('presumed-decision-maker', 'Dana Lee')).toBe('Who besides Dana Lee has a say when your company decides on something like this?')
    expect(suggestQuestion('unknown-qualifier', 'Fleet size')).toBe('What can you tell me about Fleet size at your company?')
    expect(suggestQuestion('need-hypothesis', 'Late deliveries cost them customers')).toContain('Late deliveries cost them customers')
  })

  it('falls back to the key words when the words as written would make a closed or stacked question', () => {
    const question = suggestQuestion('assumption', 'They use SAP and do they like it?')
    expect(question).not.toContain(' do they ')
    expect(question).toContain('SAP')
    expectOpenAndSingle(question)
  })

  it('falls back to a general question when nothing meaningful is left', () => {
    expect(suggestQuestion('assumption', '?!')).toBe('How does this part of your business work today?')
    expect(suggestQuestion('stale-fact', 'it is what it is')).toMatch(/^What has changed/)
  })

  it.each(toVerifyKinds)('always gives a single open question for %s, whatever the rep wrote', (kind) => {
    const samples = [
      'They plan routes in spreadsheets',
      'Acme uses SAP, Oracle or Excel',
      'Do they use Salesforce?',
      "Isn't their CFO new, right?",
      'Is the budget approved? And who signs?',
      'We could propose a pilot, would they want one?',
      'x',
      '—',
      '',
      '40%',
      'Walk me through it',
    ]
    for (const sample of samples) expectOpenAndSingle(suggestQuestion(kind, sample))
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expectOpenAndSingle(suggestQuestion(kind, text))
      }),
      { numRuns: 150 },
    )
    const words = fc.constantFrom('do', 'you', 'they', 'and', 'or', 'how', 'what', 'is', 'right', 'budget', 'SAP', ',', '?', '.', 'which', 'would', 'not', "isn't", 'tell', 'me')
    fc.assert(
      fc.property(fc.array(words, { maxLength: 14 }), (parts) => {
        expectOpenAndSingle(suggestQuestion(kind, parts.join(' ')))
      }),
      { numRuns: 300 },
    )
  })
})

describe('gatherToVerify', () => {
  it('returns nothing when there is nothing to verify', () => {
    expect(gatherToVerify(input())).toEqual([])
  })

  it('lists each unknown qualifier with its description, keyed by the qualifier', () => {
    const items = gatherToVerify(
      input({
        unknownQualifiers: [
          { qualifierId: 'q1', name: 'Fleet size', description: 'Between 20 and 500 trucks\nsecond line ignored' },
          { qualifierId: 'q2', name: 'Uses a TMS', description: null },
        ],
      }),
    )
    expect(items.map((item) => [item.key, item.kind, item.text, item.sourceId])).toEqual([
      ['qualifier:q1', 'unknown-qualifier', 'Fleet size: Between 20 and 500 trucks', 'q1'],
      ['qualifier:q2', 'unknown-qualifier', 'Uses a TMS', 'q2'],
    ])
    expect(items[0]?.suggestedQuestion).toBe('What can you tell me about Fleet size at your company?')
  })

  it('lists assumptions and need hypotheses, not news, trigger events or fresh facts', () => {
    const items = gatherToVerify(
      input({
        notes: [
          note('n1', 'fact', 'They run 40 trucks'),
          note('n2', 'assumption', 'They plan routes in spreadsheets', '2020-01-01'),
          note('n3', 'news', 'Opened a depot in Leeds', '2020-01-01'),
          note('n4', 'trigger-event', 'New COO since May', '2020-01-01'),
          note('n5', 'need-hypothesis', 'Late deliveries cost them customers'),
        ],
      }),
    )
    expect(items.map((item) => [item.key, item.kind, item.text])).toEqual([
      ['note:n2', 'assumption', 'They plan routes in spreadsheets'],
      ['note:n5', 'need-hypothesis', 'Late deliveries cost them customers'],
    ])
  })

  it('lists facts older than the stale age with their age, and respects the setting', () => {
    const notes = [note('old', 'fact', 'They run 40 trucks', '2025-03-01'), note('edge', 'fact', 'Head office in York', '2025-04-01')]
    const items = gatherToVerify(input({ notes }))
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ key: 'note:old', kind: 'stale-fact', text: 'They run 40 trucks (observed 121 days ago)', sourceId: 'old' })
    expect(items[0]?.suggestedQuestion).toBe('What has changed since we last heard that they run 40 trucks?')
    expect(gatherToVerify(input({ notes, staleAfterDays: 30 })).map((item) => item.key)).toEqual(['note:old', 'note:edge'])
    expect(gatherToVerify(input({ notes, staleAfterDays: 365 }))).toEqual([])
    expect(gatherToVerify(input({ notes: [note('odd', 'fact', 'Something', 'someday')] }))[0]?.text).toBe(
      'Something (observed on a date that cannot be read)',
    )
    expect(gatherToVerify(input({ notes: [note('one', 'fact', 'Something', '2025-06-29')], staleAfterDays: 0 }))[0]?.text).toBe(
      'Something (observed 1 day ago)',
    )
  })

  it('lists presumed decision makers, not confirmed ones, other roles or people who asked not to be contacted', () => {
    const contacts = [
      contact('c1', 'Dana Lee', 'decision-maker', false, false, 'COO'),
      contact('c2', 'Sam Ortiz', 'decision-maker', true),
      contact('c3', 'Kim Novak', 'decision-maker', false, true),
      contact('c4', 'Ari Berg', 'decision-maker'),
      ...decisionRoles.filter((role) => role !== 'decision-maker').map((role, index) => contact(`r${index}`, `Person ${index}`, role)),
    ]
    const items = gatherToVerify(input({ contacts }))
    expect(items.map((item) => [item.key, item.kind, item.sourceId])).toEqual([
      ['contact:c1', 'presumed-decision-maker', 'c1'],
      ['contact:c4', 'presumed-decision-maker', 'c4'],
    ])
    expect(items[0]?.text).toBe('Dana Lee (COO) is presumed to make the decision; nobody has confirmed it yet')
    expect(items[0]?.suggestedQuestion).toBe('Who besides Dana Lee has a say when your company decides on something like this?')
    expect(items[1]?.text).toBe('Ari Berg is presumed to make the decision; nobody has confirmed it yet')
  })

  it('orders the list by kind, keeping the given order within a kind', () => {
    const items = gatherToVerify(
      input({
        contacts: [contact('c1', 'Dana Lee', 'decision-maker')],
        notes: [
          note('f', 'fact', 'Old fact', '2020-01-01'),
          note('h', 'need-hypothesis', 'Need'),
          note('a2', 'assumption', 'Second assumption'),
          note('a1', 'assumption', 'First assumption'),
        ],
        unknownQualifiers: [
          { qualifierId: 'q2', name: 'Heavier', description: null },
          { qualifierId: 'q1', name: 'Lighter', description: null },
        ],
      }),
    )
    expect(items.map((item) => item.key)).toEqual(['qualifier:q2', 'qualifier:q1', 'note:a2', 'note:a1', 'note:h', 'note:f', 'contact:c1'])
    expect(items.map((item) => item.kind)).toEqual([...items.map((item) => item.kind)].sort((a, b) => toVerifyKinds.indexOf(a) - toVerifyKinds.indexOf(b)))
  })

  it('lists a note that repeats another of its kind once, and skips blank entries', () => {
    const items = gatherToVerify(
      input({
        unknownQualifiers: [{ qualifierId: 'blank', name: '   ', description: 'x' }],
        contacts: [contact('c0', ' ', 'decision-maker')],
        notes: [
          note('a1', 'assumption', 'They plan routes in spreadsheets'),
          note('a2', 'assumption', '  they plan   routes in SPREADSHEETS '),
          note('h1', 'need-hypothesis', 'They plan routes in spreadsheets'),
          note('b', 'assumption', '   '),
        ],
      }),
    )
    expect(items.map((item) => item.key)).toEqual(['note:a1', 'note:h1'])
  })

  it('gives every item a unique, stable key and a single open question, for any mix of data', () => {
    const kind = fc.constantFrom(...researchNoteKinds)
    const day = fc.integer({ min: 0, max: 800 }).map((back) => localIsoDate(new Date(2025, 5, 30 - back)))
    const noteArb = fc.record({ id: fc.uuid(), kind, text: fc.string({ maxLength: 80 }), observedOn: day, source: fc.constant(null) })
    const contactArb = fc.record({
      id: fc.uuid(),
      name: fc.string({ maxLength: 30 }),
      title: fc.option(fc.string({ maxLength: 20 })),
      decisionRole: fc.constantFrom(...decisionRoles),
      roleConfirmed: fc.boolean(),
      doNotContact: fc.boolean(),
    })
    const qualifierArb = fc.record({ qualifierId: fc.uuid(), name: fc.string({ maxLength: 40 }), description: fc.option(fc.string({ maxLength: 40 })) })
    fc.assert(
      fc.property(
        fc.uniqueArray(noteArb, { selector: (n) => n.id, maxLength: 12 }),
        fc.uniqueArray(contactArb, { selector: (c) => c.id, maxLength: 6 }),
        fc.uniqueArray(qualifierArb, { selector: (q) => q.qualifierId, maxLength: 6 }),
        fc.integer({ min: 0, max: 400 }),
        (notes, contacts, unknownQualifiers, staleAfterDays) => {
          const data = { notes, contacts, unknownQualifiers, today, staleAfterDays }
          const items: ToVerifyItem[] = gatherToVerify(data)
          expect(new Set(items.map((item) => item.key)).size).toBe(items.length)
          expect(gatherToVerify(data)).toEqual(items)
          for (const item of items) {
            expect(item.text.trim()).not.toBe('')
            expect(item.key).toBe(`${item.kind === 'unknown-qualifier' ? 'qualifier' : item.kind === 'presumed-decision-maker' ? 'contact' : 'note'}:${item.sourceId}`)
            expectOpenAndSingle(item.suggestedQuestion)
          }
          const staleFacts = notes.filter((n) => n.kind === 'fact' && n.text.trim() !== '' && isStale(n.observedOn, today, staleAfterDays))
          const listed = items.filter((item) => item.kind === 'stale-fact').map((item) => item.sourceId)
          for (const id of listed) expect(staleFacts.map((n) => n.id)).toContain(id)
        },
      ),
      { numRuns: 120 },
    )
  })
})
