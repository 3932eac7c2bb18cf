import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, Page, Request, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, startBrowserMode, type RunningApp } from '../support/browserMode'

const tokenHeader = 'x-groundwork-token'

let app: RunningApp
let port: number
let browser: Browser
let page: Page
let foreignSite: http.Server
let foreignOrigin: string

interface Reply {
  status: number
  body: string
}

/** A raw request, so the Host header is exactly what the test says. */
function send(options: { method?: string; path?: string; host?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
        setHost: false,
        agent: false,
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

async function invoke(channel: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string; issues?: { path: string }[] } }> {
  const reply = await send({
    method: 'POST',
    path: `/api/invoke/${channel}`,
    headers: { 'content-type': 'application/json', [tokenHeader]: app.token },
    body: JSON.stringify(payload),
  })
  expect(reply.status).toBe(200)
  return JSON.parse(reply.body)
}

async function accountNames(): Promise<string[]> {
  const envelope = await invoke('accounts.list', {})
  expect(envelope.ok).toBe(true)
  return (envelope.data as { name: string }[]).map((account) => account.name)
}

beforeAll(async () => {
  app = await startBrowserMode()
  port = Number(new URL(app.origin).port)
  // Another site on this machine, on another port: a different origin, as a rogue page would be.
  foreignSite = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end('<!doctype html><title>Somewhere else</title><p>Not Groundwork</p>')
  })
  await new Promise<void>((resolve) => foreignSite.listen(0, '127.0.0.1', resolve))
  foreignOrigin = `http://127.0.0.1:${(foreignSite.address() as AddressInfo).port}`
  browser = await launchChromium()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  foreignSite?.closeAllConnections()
  await new Promise((resolve) => foreignSite?.close(resolve))
  await app?.stop()
})

describe('the browser-mode bridge, built and running', () => {
  it('answers 401 without the token', async () => {
    expect((await send({ path: '/' })).status).toBe(401)
    const apiReply = await send({ method: 'POST', path: '/api/invoke/accounts.list', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(apiReply.status).toBe(401)
  })

  it('answers 403 to a foreign Host even with the token', async () => {
    expect((await send({ path: `/?token=${app.token}`, host: `evil.example:${port}` })).status).toBe(403)
    const apiReply = await send({
      method: 'POST',
      path: '/api/invoke/accounts.list',
      host: `evil.example:${port}`,
      headers: { 'content-type': 'application/json', [tokenHeader]: app.token },
      body: '{}',
    })
    expect(apiReply.status).toBe(403)
  })

  it('serves the app to the address it printed', async () => {
    const reply = await send({ path: `/?token=${app.token}` })
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<div id="root">')
  })

  it('keeps the token in the tab and drops it from the address, even when the rep moves on at once', async () => {
    const tab = await browser.newPage()
    try {
      await tab.goto(app.url)
      expect(tab.url()).not.toContain('token=')
      // Straight to another screen by an address without the token: the tab still has it.
      await tab.goto(`${app.origin}/#/queue`)
      await expect.poll(() => tab.getByRole('heading', { name: 'Call queue', level: 1 }).isVisible()).toBe(true)
      expect(await tab.getByText('This tab has no valid access token').count()).toBe(0)
    } finally {
      await tab.close()
    }
  })

  it('refuses, in Chromium, an API call made by a page on another origin and writes nothing', async () => {
    const before = await accountNames()
    const seen: string[] = []
    const onResponse = (response: Response) => {
      if (response.url().includes('/api/invoke/')) seen.push(`${response.request().method()} ${response.status()}`)
    }
    const onFailed = (request: Request) => {
      if (request.url().includes('/api/invoke/')) seen.push(`${request.method()} failed ${request.failure()?.errorText}`)
    }
    page.on('response', onResponse)
    page.on('requestfailed', onFailed)
    await page.goto(`${foreignOrigin}/`)
    expect(await page.title()).toBe('Somewhere else')

    const outcome = await page.evaluate(
      async ({ bridge, token, header }) => {
        const results: string[] = []
        // With the token (as if it had leaked): a preflighted JSON call.
        try {
          const res = await fetch(`${bridge}/api/invoke/accounts.create`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [header]: token },
            body: JSON.stringify({ name: 'Planted With Token' }),
          })
          results.push(`status ${res.status}`)
        } catch {
          results.push('blocked')
        }
        // A "simple" request that skips the preflight: it reaches the server, which must refuse it.
        try {
          const res = await fetch(`${bridge}/api/invoke/accounts.create`, {
            method: 'POST',
            mode: 'no-cors',
            headers: { 'content-type': 'text/plain' },
            body: JSON.stringify({ name: 'Planted Without Preflight' }),
          })
          results.push(`opaque ${res.type}`)
        } catch {
          results.push('blocked')
        }
        return results
      },
      { bridge: app.origin, token: app.token, header: tokenHeader },
    )
    // The preflighted call never succeeds; the simple one can only be an opaque answer.
    expect(outcome[0]).not.toBe('status 200')
    expect(['blocked', 'status 403']).toContain(outcome[0])
    expect(['blocked', 'opaque opaque']).toContain(outcome[1])
    // Chromium saw no successful answer from the bridge (the simple request is refused, then blocked by CORP).
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.filter((line) => / 2\d\d$/.test(line))).toEqual([])
    page.off('response', onResponse)
    page.off('requestfailed', onFailed)
    expect(await accountNames()).toEqual(before)
  })

  it('answers the same call from its own page (the refusal above is about the origin)', async () => {
    await page.goto(app.url)
    await expect.poll(() => page.url()).not.toContain('token=')
    const outcome = await page.evaluate(
      async ({ token, header }) => {
        const res = await fetch('/api/invoke/accounts.create', {
          method: 'POST',
          headers: { 'content-type': 'application/json', [header]: token },
          body: JSON.stringify({ name: 'Same Origin Ltd' }),
        })
        return { status: res.status, body: await res.json() }
      },
      { token: app.token, header: tokenHeader },
    )
    expect(outcome).toMatchObject({ status: 200, body: { ok: true, data: { name: 'Same Origin Ltd' } } })
    expect(await accountNames()).toContain('Same Origin Ltd')
  })

  it('answers an invalid payload with INVALID_INPUT naming the field, and writes nothing', async () => {
    const before = await accountNames()
    const missingName = await invoke('accounts.create', { website: 'nameless.example.com' })
    expect(missingName).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'name' }] } })
    const badEmployees = await invoke('accounts.create', { name: 'Negative Co', employees: -4 })
    expect(badEmployees).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'employees' }] } })
    const extraKey = await invoke('accounts.create', { name: 'Extra Co', owner: 'me' })
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'owner' }] } })
    expect(await accountNames()).toEqual(before)
  })
})
