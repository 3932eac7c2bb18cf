import { describe, expect, it } from 'vitest'
import { parseEnvelope } from '@shared/contract/envelope'

describe('parseEnvelope (how the browser-mode transport reads a bridge reply)', () => {
  it('reads a success envelope and an error envelope', () => {
    expect(parseEnvelope('{"ok":true,"data":{"added":3}}')).toEqual({ ok: true, data: { added: 3 } })
    expect(parseEnvelope('{"ok":false,"error":{"code":"CONFLICT","message":"Already there."}}')).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Already there.' },
    })
    const withIssues = { ok: false, error: { code: 'INVALID_INPUT', message: 'name: Name is required', issues: [{ path: 'name', message: 'Name is required' }] } }
    expect(parseEnvelope(JSON.stringify(withIssues))).toEqual(withIssues)
  })

  it.each([
    ['plain text', 'Forbidden origin'],
    ['an HTML page', '<!doctype html><title>502 Bad Gateway</title>'],
    ['an empty body', ''],
    ['a body cut off part-way', '{"ok":true,"data":[{"name":"Acme'],
    ['JSON that is not an envelope', '{"status":"fine"}'],
    ['null', 'null'],
    ['a number', '42'],
    ['an ok that is not a boolean', '{"ok":"yes","data":1}'],
    ['an error without a message', '{"ok":false,"error":{"code":"INTERNAL"}}'],
    ['an error with a code Groundwork does not have', '{"ok":false,"error":{"code":"TEAPOT","message":"Short and stout."}}'],
    ['a failure without an error', '{"ok":false}'],
  ])('is undefined for %s, never a SyntaxError', (_label, text) => {
    expect(parseEnvelope(text)).toBeUndefined()
  })
})
