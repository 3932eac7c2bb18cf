import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coachCallPlan, coachQuestion, countInWords, minimumOpenQuestions, type QuestionPurpose } from '../../src/shared/domain/questionCoach'
import { contentWords } from '../../src/shared/domain/questionLexicon'
import { development, heldOut, type LabelledQuestion } from './fixtures/labelledQuestions'

function accuracy(set: readonly LabelledQuestion[]): { correct: number; misses: LabelledQuestion[] } {
  const misses = set.filter((q) => coachQuestion(q.text).open !== q.open)
  return { correct: set.length - misses.length, misses }
}

function sharesTopic(original: string, rewrite: string): boolean {
  const topic = new Set(contentWords(original))
  return contentWords(rewrite).some((w) => topic.has(w))
}

describe('labelled question fixture', () => {
  it('is large, varied and split roughly 60/40', () => {
    const total = development.length + heldOut.length
    expect(total).toBeGreaterThanOrEqual(120)
    expect(development.length / total).toBeGreaterThan(0.55)
    expect(development.length / total).toBeLessThan(0.65)
    for (const set of [development, heldOut]) {
      expect(set.filter((q) => q.open).length).toBeGreaterThan(set.length / 4)
      expect(set.filter((q) => !q.open).length).toBeGreaterThan(set.length / 4)
    }
    const texts = [...development, ...heldOut].map((q) => q.text.toLowerCase())
    expect(new Set(texts).size).toBe(texts.length)
  })
})

describe('coachQuestion accuracy', () => {
  it('classifies at least 95% of the development set correctly', () => {
    const { correct, misses } = accuracy(development)
    const rate = correct / development.length
    console.log(`question coach, development: ${correct}/${development.length} = ${(rate * 100).toFixed(1)}%`)
    for (const miss of misses) console.log(`  miss (labelled ${miss.open ? 'open' : 'closed'}): ${miss.text}`)
    expect(rate).toBeGreaterThanOrEqual(0.95)
  })

  it('classifies at least 90% of the held-out set correctly', () => {
    // Only the rate is printed: the held-out misses must not be used to tune the rules.
    const { correct } = accuracy(heldOut)
    const rate = correct / heldOut.length
    console.log(`question coach, held out: ${correct}/${heldOut.length} = ${(rate * 100).toFixed(1)}%`)
    expect(rate).toBeGreaterThanOrEqual(0.9)
  })
})

describe('coachQuestion closed forms', () => {
  it.each([
    ['Do you use a shared calendar for dispatch?'],
    ['Is it hard to find drivers at short notice?'],
    ['Are your planners on fixed shifts?'],
    ['Have you tried route optimisation before?'],
    ['Would you like a copy of the benchmark?'],
    ['Can we talk again after your board meeting?'],
    ['Should I include your controller on the invite?'],
    ['Will the merger change your reporting lines?'],
    ['Did the price increase surprise your customers?'],
    ['Does procurement run a formal tender?'],
    ['Has your headcount grown this year?'],
    ['Was the pilot a success?'],
  ])('auxiliary-verb question is closed: %s', (text) => {
    const c = coachQuestion(text)
    expect(c.open).toBe(false)
    expect(c.reasons.join(' ')).toMatch(/yes or no/i)
    expect(c.rewrite).toBeDefined()
  })

  it.each([
    ['Do you ship by road or by rail?'],
    ['Is speed or accuracy the bigger worry?'],
    ['Which suits you better, a pilot or a full rollout?'],
    ['What matters more, the price or the support?'],
  ])('either/or question is closed: %s', (text) => {
    const c = coachQuestion(text)
    expect(c.open).toBe(false)
    expect(c.reasons.join(' ')).toMatch(/choice between options/i)
  })

  it.each([
    ["Month-end is stressful, isn't it?"],
    ['Your reps hate data entry, right?'],
    ["You track this in spreadsheets, don't you?"],
    ['The team is growing fast, correct?'],
    ["They've signed already, haven't they?"],
  ])('tag question is closed: %s', (text) => {
    const c = coachQuestion(text)
    expect(c.open).toBe(false)
    expect(c.reasons.join(' ')).toMatch(/tag at the end/i)
  })

  it.each([
    ["Wouldn't you agree that downtime is expensive?"],
    ["Don't you think your customers deserve faster answers?"],
    ["Isn't it true that paper forms slow everyone down?"],
    ['Would you agree the current tool is too slow?'],
  ])('leading question is closed: %s', (text) => {
    const c = coachQuestion(text)
    expect(c.open).toBe(false)
    expect(c.reasons.join(' ')).toMatch(/steers the prospect/i)
  })

  it.each([['You use Salesforce?'], ['Your fiscal year starts in April?'], ['So the rollout is on hold?']])(
    'statement with a question mark is closed: %s',
    (text) => {
      const c = coachQuestion(text)
      expect(c.open).toBe(false)
      expect(c.reasons.join(' ')).toMatch(/statement with a question mark/i)
    },
  )

  it('treats "tell me whether…" as a yes/no question', () => {
    const c = coachQuestion('Could you tell me whether the budget is approved?')
    expect(c.open).toBe(false)
    expect(c.reasons.join(' ')).toMatch(/whether something is so/i)
  })

  it('treats shortened yes/no questions and proposals as closed', () => {
    expect(coachQuestion('Any chance of a meeting next week?').open).toBe(false)
    expect(coachQuestion('How about a call on Monday?').open).toBe(false)
  })

  it('says a plain statement is not a question', () => {
    const c = coachQuestion('We help logistics teams plan routes')
    expect(c.open).toBe(false)
    expect(c.reasons.join(' ')).toMatch(/not a question/i)
  })

  it('handles typographic apostrophes', () => {
    expect(coachQuestion('Wouldn’t you agree that this is slow?').open).toBe(false)
    expect(coachQuestion('What’s the hardest part of quarter-end?').open).toBe(true)
  })
})

describe('coachQuestion open forms', () => {
  it.each([
    ['Could you walk me through a typical delivery day?'],
    ['Can you tell me about your approval process?'],
    ['Would you describe how renewals are handled?'],
    ['Can you explain how you price custom orders?'],
    ['Could you share how the team is organised?'],
    ['Would you mind walking me through the last audit?'],
    ['Would you be able to explain how leads are scored?'],
  ])('polite invitation is open: %s', (text) => {
    const c = coachQuestion(text)
    expect(c.open).toBe(true)
    expect(c.rewrite).toBeUndefined()
    expect(c.reasons.join(' ')).toMatch(/invites the prospect to talk/i)
  })

  it.each([
    ['How do you plan routes today?'],
    ['What happens when a shipment is late?'],
    ['Which reports does your CFO read first?'],
    ['Who else will weigh in on this?'],
    ['Where do most errors creep in?'],
    ['When does your planning cycle start?'],
    ['Tell me about your last vendor change.'],
    ['Walk me through your month-end close.'],
    ['Describe a typical support escalation.'],
    ['Explain how you forecast stock levels.'],
  ])('wh-question or request is open: %s', (text) => {
    expect(coachQuestion(text).open).toBe(true)
  })

  it('keeps lower-case questions without a question mark', () => {
    expect(coachQuestion('how do you schedule field visits').open).toBe(true)
    expect(coachQuestion('do you schedule field visits').open).toBe(false)
  })

  it('skips lead-ins before the real question', () => {
    expect(coachQuestion('So, how does billing work?').open).toBe(true)
    expect(coachQuestion('Out of interest, what tools do you use?').open).toBe(true)
    expect(coachQuestion('If budget were no issue, what would you change first?').open).toBe(true)
    expect(coachQuestion('If budget were no issue, would you change anything?').open).toBe(false)
  })

  it('accepts "why" as open with a soft note', () => {
    const c = coachQuestion('Why did you move away from your last supplier?')
    expect(c.open).toBe(true)
    expect(c.reasons.some((r) => /sound like a challenge/i.test(r))).toBe(true)
    expect(coachQuestion('How do you choose suppliers?').reasons.some((r) => /challenge/i.test(r))).toBe(false)
  })

  it('returns a closed, explained verdict for empty text', () => {
    for (const text of ['', '   ', '?']) {
      const c = coachQuestion(text)
      expect(c.open).toBe(false)
      expect(c.stacked).toBe(false)
      expect(c.reasons.length).toBe(1)
      expect(c.rewrite).toBeUndefined()
    }
  })
})

describe('coachQuestion rewrites', () => {
  it('gives the rewrites from the method examples', () => {
    expect(coachQuestion('Do you have trouble with scheduling?').rewrite).toBe('How do you handle scheduling today?')
    expect(coachQuestion('Are you happy with your current vendor?').rewrite).toBe('How well is your current vendor working for you?')
  })

  it.each([
    ['Is it difficult to keep track of inventory?', 'inventory'],
    ['Have you considered automating your invoicing?', 'invoicing'],
    ['Would you like to see a demo next week?', 'demo'],
    ['Does your team use spreadsheets for planning?', 'planning'],
    ['Are you planning to expand into new regions next year?', 'regions'],
    ['Do you prefer email or phone for updates?', 'email'],
    ['Would Tuesday or Wednesday work better for a follow-up?', 'follow-up'],
    ["You want to cut costs, don't you?", 'costs'],
    ["Wouldn't you agree that manual data entry wastes time?", 'data'],
    ['You use Salesforce?', 'Salesforce'],
    ['Any plans to replace the scheduling tool?', 'scheduling'],
    ['Could you tell me if the project has been approved?', 'project'],
    ['Do your drivers ever miss their delivery windows?', 'delivery'],
    ['Is budget available for this in the current quarter?', 'budget'],
  ])('rewrites "%s" as an open question about %s', (text, topic) => {
    const rewrite = coachQuestion(text).rewrite ?? ''
    expect(rewrite).toContain(topic)
    expect(coachQuestion(rewrite).open).toBe(true)
    expect(coachQuestion(rewrite).stacked).toBe(false)
  })

  it('rewrites every closed development question as an open one that keeps a topic word', () => {
    const closed = development.filter((q) => !coachQuestion(q.text).open)
    expect(closed.length).toBeGreaterThan(50)
    const offTopic: string[] = []
    for (const q of closed) {
      const rewrite = coachQuestion(q.text).rewrite
      expect(rewrite, q.text).toBeDefined()
      expect(coachQuestion(rewrite ?? '').open, `${q.text} → ${rewrite}`).toBe(true)
      expect(rewrite, q.text).toMatch(/^[A-Z].*[?.]$/)
      if (!sharesTopic(q.text, rewrite ?? '')) offTopic.push(`${q.text} → ${rewrite}`)
    }
    // "Is that correct?" has no topic word to keep; everything else must keep one.
    expect(offTopic).toEqual(['Is that correct? → Tell me more about how that works for you today.'])
  })

  it('only ever suggests open rewrites, whatever the input', () => {
    const vocabulary = [
      'do', 'you', 'is', 'it', 'are', 'we', 'your', 'team', 'have', 'the', 'budget', 'or', 'and', 'what',
      'how', 'can', 'could', 'would', 'like', 'use', 'right', "isn't", 'happy', 'with', 'vendor', 'a',
      'demo', 'next', 'week', 'that', 'there', 'any', 'plans', 'to', 'tell', 'me', 'whether', ',', '?',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }), (words) => {
        const c = coachQuestion(words.join(' '))
        if (c.rewrite !== undefined) expect(coachQuestion(c.rewrite).open).toBe(true)
        if (c.open) expect(c.rewrite).toBeUndefined()
      }),
      { numRuns: 500 },
    )
    fc.assert(fc.property(fc.string(), (text) => {
      expect(() => coachQuestion(text)).not.toThrow()
    }))
  })
})

describe('coachQuestion stacked questions', () => {
  it.each([
    ['What tools do you use? How long have you had them?'],
    ['How do you handle onboarding, and what would you change about it?'],
    ['Do you use a CRM, and are your reps happy with it?'],
    ['Who owns the budget? And when does it reset?'],
    ['Should we include IT now, or is that too early?'],
  ])('flags %s as stacked', (text) => {
    const c = coachQuestion(text)
    expect(c.stacked).toBe(true)
    expect(c.reasons.some((r) => /one question at a time/i.test(r))).toBe(true)
  })

  it.each([
    ['How do you track complaints or returns today?'],
    ['What would it mean for your team if approvals took one day instead of five?'],
    ['Walk me through planning and dispatch.'],
    ['Is it your team that owns this, or does IT?'],
    ['We work with many carriers. How do you choose yours?'],
  ])('does not flag %s as stacked', (text) => {
    expect(coachQuestion(text).stacked).toBe(false)
  })

  it('judges a stacked question closed when any part is closed, and rewrites that part', () => {
    const c = coachQuestion('Are you the decision maker? Who else is involved?')
    expect(c.open).toBe(false)
    expect(c.rewrite).toBe('Who else is involved in this decision?')
    expect(coachQuestion('What do you use today, and how well does it work?').open).toBe(true)
  })
})

describe('coachQuestion purpose guesses', () => {
  it.each<[string, QuestionPurpose]>([
    ['How do you currently schedule your technicians?', 'situation'],
    ['Tell me about your warehouse setup.', 'situation'],
    ['What is the biggest challenge in dispatch right now?', 'problem'],
    ['What is most frustrating about the current tool?', 'problem'],
    ['Where do things get difficult during peak season?', 'problem'],
    ['What impact do late deliveries have on renewals?', 'implication'],
    ['What happens when a driver calls in sick?', 'implication'],
    ['How much does a missed delivery cost you?', 'implication'],
    ['What would it mean for your team if planning took an hour?', 'need-payoff'],
    ['How would it help your reps if notes were filled in for them?', 'need-payoff'],
    ['If you could fix one thing, what would it be?', 'need-payoff'],
    ['Who else is involved in a decision like this?', 'decision-process'],
    ['Who has to sign off on a purchase of this size?', 'decision-process'],
    ['How do you usually decide between vendors?', 'decision-process'],
    ['When do you need this in place?', 'timing'],
    ["What's your timeline for the rollout?", 'timing'],
    ['Is there a deadline we should know about?', 'timing'],
  ])('%s → %s', (text, purpose) => {
    expect(coachQuestion(text).purposeGuess).toBe(purpose)
  })

  it('leaves the purpose open for a closed question with no cue', () => {
    expect(coachQuestion('Is that correct?').purposeGuess).toBeUndefined()
  })
})

const balancedPlan = [
  { text: 'How do you plan routes today?' },
  { text: 'What is the hardest part of re-planning when a driver calls in sick?' },
  { text: 'What happens to your on-time rate when that goes wrong?' },
  { text: 'What would it mean for your team if re-planning took minutes instead of hours?' },
  { text: 'Who else would be involved in deciding on a change like this?' },
  { text: "What's your timeline for making a change?" },
]

describe('coachCallPlan', () => {
  it('counts purposes and open/closed questions', () => {
    const plan = coachCallPlan(balancedPlan)
    expect(plan.counts).toEqual({ situation: 1, problem: 1, implication: 1, 'need-payoff': 1, 'decision-process': 1, timing: 1 })
    expect(plan.openCount).toBe(6)
    expect(plan.closedCount).toBe(0)
  })

  it('gives a balanced, open plan no hints', () => {
    expect(coachCallPlan(balancedPlan).hints).toEqual([])
  })

  it('tells a situation-only plan to add problem, implication and need-payoff questions', () => {
    const plan = coachCallPlan([
      { text: 'How do you plan routes today?' },
      { text: 'Tell me about your fleet.' },
      { text: 'Walk me through a typical day for your dispatchers.' },
    ])
    expect(plan.counts.situation).toBe(3)
    expect(plan.hints.some((h) => /Every question is about their current situation/.test(h) && /problem/.test(h) && /implication/.test(h) && /need-payoff/.test(h))).toBe(true)
    expect(plan.hints.some((h) => /None of your questions explores problems/.test(h))).toBe(false)
  })

  it('asks for problem questions when there are none', () => {
    const plan = coachCallPlan(balancedPlan.filter((_, i) => i !== 1))
    expect(plan.counts.problem).toBe(0)
    expect(plan.hints.some((h) => /None of your questions explores problems/.test(h))).toBe(true)
    expect(coachCallPlan(balancedPlan).hints.some((h) => /explores problems/.test(h))).toBe(false)
  })

  it('asks for implication and need-payoff questions once problems are explored', () => {
    const plan = coachCallPlan(balancedPlan.filter((_, i) => i !== 2 && i !== 3))
    expect(plan.hints.some((h) => /implication question/.test(h))).toBe(true)
    expect(plan.hints.some((h) => /need-payoff question/.test(h))).toBe(true)
  })

  it('asks about the decision process and timing when missing', () => {
    const plan = coachCallPlan(balancedPlan.slice(0, 4))
    expect(plan.hints.some((h) => /who else is involved/.test(h))).toBe(true)
    expect(plan.hints.some((h) => /timing/.test(h))).toBe(true)
  })

  it('warns when situation questions dominate', () => {
    const plan = coachCallPlan([
      ...balancedPlan,
      { text: 'How many trucks do you run?' },
      { text: 'Tell me about your depots.' },
      { text: 'What software do you use for dispatch?' },
      { text: 'Walk me through your shift pattern.' },
      { text: 'Describe your customer base.' },
    ])
    expect(plan.hints.some((h) => /More than half of your questions are situation questions/.test(h))).toBe(true)
  })

  it('tells the rep to rewrite closed questions', () => {
    const plan = coachCallPlan([...balancedPlan, { text: 'Do you have trouble with scheduling?' }, { text: 'You use Salesforce?' }])
    expect(plan.closedCount).toBe(2)
    expect(plan.hints.some((h) => /^2 questions can be answered with yes, no/.test(h))).toBe(true)
  })

  it('asks for at least three open questions', () => {
    const plan = coachCallPlan([{ text: 'How do you plan routes today?' }, { text: 'Is that hard?' }])
    expect(plan.openCount).toBe(1)
    expect(plan.hints.some((h) => /Only 1 open question/.test(h))).toBe(true)
    expect(coachCallPlan(balancedPlan).hints.some((h) => /open question/.test(h))).toBe(false)
  })

  it('asks for the same number of open questions as the checklist, in words', () => {
    const plan = coachCallPlan([{ text: 'How do you plan routes today?' }])
    expect(plan.hints.some((h) => h.includes(`Prepare at least ${countInWords(minimumOpenQuestions)},`))).toBe(true)
    expect(countInWords(3)).toBe('three')
    expect(countInWords(12)).toBe('12')
  })

  it('flags stacked questions', () => {
    const plan = coachCallPlan([...balancedPlan, { text: 'What do you use? How long have you used it?' }])
    expect(plan.hints.some((h) => /^1 entry asks several questions at once/.test(h))).toBe(true)
  })

  it('uses the purpose the rep chose over the guess', () => {
    const plan = coachCallPlan([{ text: 'How do you plan routes today?', purpose: 'problem' }])
    expect(plan.counts.problem).toBe(1)
    expect(plan.counts.situation).toBe(0)
  })

  it('handles an empty plan', () => {
    const plan = coachCallPlan([{ text: '  ' }])
    expect(plan.openCount + plan.closedCount).toBe(0)
    expect(plan.hints).toHaveLength(1)
    expect(plan.hints[0]).toMatch(/no questions yet/)
  })
})
