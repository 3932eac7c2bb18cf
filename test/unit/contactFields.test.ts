import { describe, expect, it } from 'vitest'
import { accountDoNotContactSchema, contactDoNotContactSchema, contactFieldsSchema, liftReasonMessage } from '../../src/shared/contract/contacts'
import { toFieldIssues } from '../../src/shared/contract/envelope'

function issuesFor(fields: Record<string, unknown>) {
  const result = contactFieldsSchema.safeParse({ name: 'Pat Quinn', ...fields })
  return result.success ? [] : toFieldIssues(result.error)
}

describe('contact email', () => {
  it.each(['pat@example.com', 'pat.quinn+sales@mail.kestrel.example.co.uk', "o'neil@example.ie"])('accepts %s', (email) => {
    expect(issuesFor({ email })).toEqual([])
  })

  it.each(['pat', 'pat@', '@example.com', 'pat@example', 'pat quinn@example.com', 'pat@@example.com', 'pat@example..com'])('refuses %s on the email field', (email) => {
    expect(issuesFor({ email })).toEqual([{ path: 'email', message: 'Enter an email address such as name@example.com' }])
  })

  it('treats a blank email as none', () => {
    expect(contactFieldsSchema.parse({ name: 'Pat', email: '   ' }).email).toBeNull()
  })
})

describe('contact phone', () => {
  it.each(['+44 (0)20 7946 0958', '555.010.2030', '020-7946-0958 ext. 12', '+1 555 010 2030 x12', '0113/496 0000'])('accepts %s', (phone) => {
    expect(issuesFor({ phone })).toEqual([])
  })

  it.each(['call reception', '555-CALL-NOW', '+44 20 7946 0958 #3', '1234'])('refuses %s on the phone field', (phone) => {
    const issues = issuesFor({ phone })
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.every((issue) => issue.path === 'phone')).toBe(true)
  })
})

describe('do-not-contact input', () => {
  it('marks without a reason but lifts only with one', () => {
    const id = '0190a000-0000-7000-8000-000000000001'
    expect(contactDoNotContactSchema.safeParse({ id, doNotContact: true }).success).toBe(true)
    expect(accountDoNotContactSchema.safeParse({ accountId: id, doNotContact: true, reason: '' }).success).toBe(true)
    for (const reason of [undefined, null, '', '   ']) {
      const lifted = contactDoNotContactSchema.safeParse({ id, doNotContact: false, reason })
      expect(lifted.success).toBe(false)
      if (!lifted.success) expect(toFieldIssues(lifted.error)).toEqual([{ path: 'reason', message: liftReasonMessage }])
    }
    expect(accountDoNotContactSchema.parse({ accountId: id, doNotContact: false, reason: ' Invited back ' }).reason).toBe('Invited back')
  })
})
