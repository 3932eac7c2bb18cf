import { describe, expect, it } from 'vitest'
import {
  coachMessage, EMAIL_WORD_LIMIT, estimateSpeakingSeconds, SPEAKING_LIMITS, spokenWordCount, type MessageFindingId, type MessageKind,
} from '../../src/shared/domain/messageCoach'

const productCentred =
  'Hi, this is Sam from Acme. Our superior system is the best on the market and our clients love us. We have great service. Call me back at 555-0100.'

const intro = 'Hi Dana, this is Sam Reyes at Brightline.'
const challenge = 'Dispatch teams like yours often lose hours each week re-planning routes when drivers call in sick.'
const benefit = 'We help cut that re-planning time roughly in half.'
const callToAction = "I'll call you again on Thursday at 10."
const optOut = "If it isn't a priority right now, just tell me and I won't follow up."
const prospectCentred = [intro, challenge, benefit, callToAction, optOut].join(' ')

const email = [
  'Hi Dana,',
  'Dispatch teams like yours often lose hours each week re-planning routes when drivers call in sick.',
  'We help teams cut that re-planning time roughly in half, so your planners get their afternoons back.',
  'Would Tuesday at 2pm work for a 15-minute call to see whether that applies to you?',
  'If it is not a priority right now, just reply "no thanks" and I will not follow up.',
  'Best regards,',
  'Sam',
].join('\n')

const opener =
  "Hi Dana, this is Sam at Brightline. Dispatch teams like yours often lose hours re-planning when drivers call in sick. How do you handle that today?"

function ids(text: string, kind: MessageKind): MessageFindingId[] {
  return coachMessage(text, kind).findings.map((f) => f.id)
}

function words(n: number): string {
  return Array.from({ length: n }, () => 'word').join(' ')
}

describe('coachMessage: the method examples', () => {
  it('fails the product-centred voicemail on every count', () => {
    const result = coachMessage(productCentred, 'voicemail')
    expect(result.pass).toBe(false)
    expect(ids(productCentred, 'voicemail').sort()).toEqual(
      ['no-benefit', 'no-call-to-action', 'no-opt-out', 'seller-focused', 'superlative'].sort(),
    )
    expect(result.findings.every((f) => f.severity === 'fail')).toBe(true)
    expect(result.focus.we).toBeGreaterThan(result.focus.you)
    const superlative = result.findings.find((f) => f.id === 'superlative')
    expect(superlative?.message).toContain('"superior"')
    expect(superlative?.message).toContain('"best"')
  })

  it('passes the short prospect-centred voicemail with no findings', () => {
    const result = coachMessage(prospectCentred, 'voicemail')
    expect(result.findings).toEqual([])
    expect(result.pass).toBe(true)
    expect(result.speakingSeconds).toBeLessThanOrEqual(30)
    expect(result.focus.you).toBeGreaterThanOrEqual(result.focus.we)
  })

  it('explains every finding: why it matters and what to do', () => {
    for (const finding of coachMessage(productCentred, 'voicemail').findings) {
      expect(finding.message.length).toBeGreaterThan(60)
      expect(finding.message).toMatch(/\b(?:add|replace|rewrite|say|cut|keep|name)\b/i)
    }
  })
})

describe('coachMessage: each finding in isolation', () => {
  it('too-long: a voicemail over 30 seconds fails, and passes once trimmed', () => {
    const padding =
      'Teams like yours usually plan routes in a spreadsheet, then rebuild the whole plan by hand whenever something changes late in the day, which means your best planners spend the quietest part of their shift catching up instead of looking ahead at the next morning.'
    const long = [intro, challenge, benefit, padding, callToAction, optOut].join(' ')
    const result = coachMessage(long, 'voicemail')
    expect(result.speakingSeconds).toBeGreaterThan(30)
    expect(ids(long, 'voicemail')).toEqual(['too-long'])
    expect(result.findings[0]?.severity).toBe('fail')
    expect(result.pass).toBe(false)
    expect(ids(prospectCentred, 'voicemail')).not.toContain('too-long')
  })

  it('seller-focused: more "we/our" than "you/your" fails', () => {
    const sellerSide = [intro, 'Our team built our routing engine over ten years and we are proud of it.', 'We cut re-planning time roughly in half.', callToAction, optOut].join(' ')
    expect(ids(sellerSide, 'voicemail')).toEqual(['seller-focused'])
    expect(coachMessage(sellerSide, 'voicemail').findings[0]?.severity).toBe('fail')
  })

  it('seller-focused: a pitch with no word to the prospect is a warning', () => {
    const neutral = [intro, 'Dispatch teams often lose hours re-planning routes.', callToAction, optOut].join(' ')
    const result = coachMessage(neutral, 'voicemail')
    expect(result.findings.map((f) => [f.id, f.severity])).toEqual([['seller-focused', 'warn']])
    expect(result.pass).toBe(true)
  })

  it('no-benefit: a pitch without a concrete result fails', () => {
    const vague = [intro, 'Dispatch teams like yours often struggle when drivers call in sick.', 'We work with teams like yours.', callToAction, optOut].join(' ')
    expect(ids(vague, 'voicemail')).toEqual(['no-benefit'])
  })

  it('no-benefit: the opt-out and call to action do not count as a benefit', () => {
    const onlyLogistics = [intro, 'Teams like yours are busy.', 'I will call you next week at a better time.', "If now isn't a good time, just tell me and I won't call again."].join(' ')
    expect(ids(onlyLogistics, 'voicemail')).toContain('no-benefit')
  })

  it('no-call-to-action: a voicemail without a time fails', () => {
    const noTime = [intro, challenge, benefit, "I'll try you again soon.", optOut].join(' ')
    expect(ids(noTime, 'voicemail')).toEqual(['no-call-to-action'])
    expect(coachMessage(noTime, 'voicemail').findings[0]?.severity).toBe('fail')
  })

  it.each([
    ["I'll call you tomorrow."],
    ["I'll call again next week."],
    ["I'll try you again this week."],
    ['I will call you on the 14th.'],
    ['Could we speak by Friday?'],
    ["I'll ring you Thursday at 10."],
    ["I'll call on Monday morning."],
    ['Are you free for a call on March 3?'],
    ["I'll follow up at 3pm."],
  ])('no-call-to-action: "%s" counts as a timed next step', (cta) => {
    const text = [intro, challenge, benefit, cta, optOut].join(' ')
    expect(ids(text, 'voicemail')).not.toContain('no-call-to-action')
  })

  it('no-call-to-action: an opener without a question is only a warning', () => {
    const flat = 'Hi Dana, this is Sam at Brightline. Dispatch teams like yours often lose hours re-planning when drivers call in sick.'
    const result = coachMessage(flat, 'opener')
    expect(result.findings.map((f) => [f.id, f.severity])).toEqual([['no-call-to-action', 'warn']])
    expect(result.pass).toBe(true)
    expect(ids(opener, 'opener')).toEqual([])
  })

  it('no-opt-out: a voicemail without an easy "no" fails', () => {
    const pushy = [intro, challenge, benefit, callToAction].join(' ')
    expect(ids(pushy, 'voicemail')).toEqual(['no-opt-out'])
  })

  it.each([
    ["If now isn't a good time, no problem."],
    ["If this is not a priority, just let me know and I won't call again."],
    ['No problem if not.'],
    ['Feel free to tell me if this is not relevant.'],
    ["If you're not interested, reply and I'll stop."],
    ['Just reply "no thanks" and I will close the loop.'],
  ])('no-opt-out: "%s" is an easy way to say no', (line) => {
    const text = [intro, challenge, benefit, callToAction, line].join(' ')
    expect(ids(text, 'voicemail')).not.toContain('no-opt-out')
  })

  it('no-opt-out: not required in an opener', () => {
    expect(ids(opener, 'opener')).not.toContain('no-opt-out')
  })

  it('superlative: an unsupported claim fails, a sourced one only warns', () => {
    const boast = [intro, challenge, 'Our best-in-class routing cuts re-planning time roughly in half.', callToAction, optOut].join(' ')
    expect(ids(boast, 'voicemail')).toEqual(['superlative'])
    expect(coachMessage(boast, 'voicemail').findings[0]?.severity).toBe('fail')
    const sourced = [intro, challenge, 'Rated number one by dispatchers in a 2024 survey, our routing cuts re-planning time in half.', callToAction, optOut].join(' ')
    const result = coachMessage(sourced, 'voicemail')
    expect(result.findings.map((f) => [f.id, f.severity])).toEqual([['superlative', 'warn']])
    expect(result.pass).toBe(true)
  })

  it.each([['world-class'], ['world class'], ['#1'], ['leading'], ['unmatched'], ['cutting-edge'], ['revolutionary'], ['greatest'], ['unbeatable'], ['superior']])(
    'superlative: "%s" is caught',
    (word) => {
      const text = [intro, challenge, `Our ${word} routing cuts that time in half.`, callToAction, optOut].join(' ')
      expect(ids(text, 'voicemail')).toContain('superlative')
    },
  )

  it('superlative: everyday phrases are not claims', () => {
    expect(ids(email, 'email')).not.toContain('superlative')
    const text = [intro, challenge, 'Missed pickups are leading to overtime, and we help cut that time in half.', 'What time works best for a call on Thursday?', optOut].join(' ')
    expect(ids(text, 'voicemail')).not.toContain('superlative')
    const theirs = [intro, 'Your best planners lose hours each week re-planning routes.', benefit, callToAction, optOut].join(' ')
    expect(ids(theirs, 'voicemail')).not.toContain('superlative')
  })

  it('empty: blank text fails with only the empty finding', () => {
    for (const kind of ['opener', 'voicemail', 'email'] as const) {
      for (const text of ['', '   \n ']) {
        const result = coachMessage(text, kind)
        expect(result.pass).toBe(false)
        expect(result.findings.map((f) => f.id)).toEqual(['empty'])
        expect(result.speakingSeconds).toBe(0)
        expect(result.focus).toEqual({ you: 0, we: 0 })
      }
    }
  })
})

describe('coachMessage: length and speaking time', () => {
  it('estimates speaking time at 150 words a minute', () => {
    expect(estimateSpeakingSeconds(words(150))).toBe(60)
    expect(estimateSpeakingSeconds(words(75))).toBe(30)
    expect(estimateSpeakingSeconds(words(10))).toBe(4)
    expect(coachMessage(words(50), 'email').speakingSeconds).toBe(20)
  })

  it('counts a phone number as read digit by digit', () => {
    expect(spokenWordCount('call 555-0100')).toBe(1 + 4)
    expect(spokenWordCount('call 2 people')).toBe(3)
  })

  it('fails a voicemail just over 30 seconds, not one at 30', () => {
    const base = [intro, challenge, benefit, callToAction, optOut].join(' ')
    const baseWords = spokenWordCount(base)
    const fill = (n: number): string => `${base} ${Array.from({ length: n }, () => 'teams').join(' ')}`
    expect(ids(fill(75 - baseWords), 'voicemail')).not.toContain('too-long')
    expect(ids(fill(76 - baseWords), 'voicemail')).toContain('too-long')
  })

  it('warns about an opener over 20 seconds and fails one over 30', () => {
    const pad = (n: number): string => `${opener.replace(/ How do you handle that today\?$/, '')} ${Array.from({ length: n }, () => 'teams').join(' ')}. How do you handle that today?`
    const at = spokenWordCount(opener)
    const mid = coachMessage(pad(60 - at), 'opener')
    expect(mid.speakingSeconds).toBeGreaterThan(20)
    expect(mid.findings.map((f) => [f.id, f.severity])).toEqual([['too-long', 'warn']])
    expect(mid.pass).toBe(true)
    const long = coachMessage(pad(80 - at), 'opener')
    expect(long.findings.find((f) => f.id === 'too-long')?.severity).toBe('fail')
  })

  it('exports the limits it applies, so the coach panel quotes the same numbers', () => {
    expect(SPEAKING_LIMITS.opener).toEqual([20, 30])
    expect(SPEAKING_LIMITS.voicemail).toEqual([30, 30])
    expect(EMAIL_WORD_LIMIT).toBe(150)
  })

  it('reports the word count it judged an email by, a phone number counted once', () => {
    const withNumber = `${email}\nOr call me on 0113 496 0101.`
    const result = coachMessage(withNumber, 'email')
    // Speaking time reads the number digit by digit; the email's length counts its words as written.
    expect(result.wordCount).toBe(coachMessage(email, 'email').wordCount + 7)
    expect(spokenWordCount('call me on 01134960101')).toBeGreaterThan(coachMessage('call me on 01134960101', 'email').wordCount)
    expect(coachMessage('call me on 01134960101', 'email').wordCount).toBe(4)
    expect(coachMessage('  ', 'email').wordCount).toBe(0)
  })

  it('quotes in its too-long finding the same word count it reports', () => {
    const longEmail = `${email}\n${Array.from({ length: 30 }, () => 'Call 01134960101 any day.').join(' ')}`
    const result = coachMessage(longEmail, 'email')
    expect(result.wordCount).toBeGreaterThan(EMAIL_WORD_LIMIT)
    expect(result.findings.find((f) => f.id === 'too-long')?.message).toContain(`${result.wordCount} words long`)
    expect(spokenWordCount(longEmail)).not.toBe(result.wordCount)
  })

  it('warns about an email past 150 words but does not fail it', () => {
    const longEmail = email.replace('Best regards,', `${Array.from({ length: 20 }, () => 'Planners like yours tell us the evenings are the worst part.').join(' ')}\nBest regards,`)
    const result = coachMessage(longEmail, 'email')
    expect(result.findings.map((f) => [f.id, f.severity])).toEqual([['too-long', 'warn']])
    expect(result.pass).toBe(true)
  })
})

describe('coachMessage: focus', () => {
  it('counts prospect and seller words in the pitch, leaving out intro, next step and opt-out', () => {
    expect(coachMessage(prospectCentred, 'voicemail').focus).toEqual({ you: 1, we: 1 })
    const pitch = 'Your planners and your drivers lose time. We fix that and our customers save hours.'
    expect(coachMessage(pitch, 'email').focus).toEqual({ you: 2, we: 2 })
  })

  it('does not count "thank you" as attention to the prospect', () => {
    expect(coachMessage('Thank you. We save our customers hours.', 'email').focus).toEqual({ you: 0, we: 2 })
  })
})

describe('coachMessage: passing examples of each kind', () => {
  it('passes a good opener', () => {
    expect(coachMessage(opener, 'opener')).toMatchObject({ pass: true, findings: [] })
  })

  it('passes a good voicemail', () => {
    expect(coachMessage(prospectCentred, 'voicemail')).toMatchObject({ pass: true, findings: [] })
  })

  it('passes a good email', () => {
    expect(coachMessage(email, 'email')).toMatchObject({ pass: true, findings: [] })
  })

  it('fails an email with no opt-out', () => {
    const noOptOut = email.replace(/If it is not a priority.*\n/, '')
    const result = coachMessage(noOptOut, 'email')
    expect(result.pass).toBe(false)
    expect(result.findings.map((f) => f.id)).toEqual(['no-opt-out'])
  })

  it('fails an email with no timed next step', () => {
    const noCta = email.replace(/Would Tuesday.*\n/, '')
    expect(ids(noCta, 'email')).toEqual(['no-call-to-action'])
  })
})
