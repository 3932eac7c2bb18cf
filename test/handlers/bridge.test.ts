import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../electron/store/database'
import { apiPrefix, createBridge, tokenHeader } from '../../electron/server/bridge'
import { contentSecurityPolicy, newToken, tokensMatch } from '../../electron/server/security'
import { parseEnvelope } from '../../src/shared/contract/envelope'
import { makeTempDir, openTempDatabase, removeTempDirs } from '../support/tempDatabase'

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

interface Call {
  method?: string
  path?: string
  /** The Host header; null sends none. */
  host?: string | null
  headers?: Record<string, string>
  body?: string | Buffer
  /** Leave the reply out of the security-header check (Node itself answers some malformed requests). */
  unrecorded?: boolean
}

const indexHtml = '<!doctype html><html><head><title>Groundwork test page</title></head><body><div id="root"></div></body></html>'
const appJs = 'console.log("groundwork test bundle")'
const secretText = 'outside the renderer folder: must never be served'

let db: Database
let server: http.Server
let port: number
let token: string
let rendererDir: string
let rootDir: string
const replies: Reply[] = []

function send(call: Call = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...call.headers }
  if (call.host !== null) headers.host = call.host ?? `127.0.0.1:${port}`
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: call.method ?? 'GET', path: call.path ?? '/', headers, setHost: false, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const reply = { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }
          if (!call.unrecorded) replies.push(reply)
          resolve(reply)
        })
      },
    )
    req.on('error', reject)
    if (call.body !== undefined) req.write(call.body)
    req.end()
  })
}

function api(channel: string, payload: unknown, extra: Partial<Call> = {}): Promise<Reply> {
  return send({
    method: 'POST',
    path: `${apiPrefix}${channel}`,
    body: payload === undefined ? undefined : JSON.stringify(payload),
    ...extra,
    headers: { 'content-type': 'application/json', [tokenHeader]: token, ...extra.headers },
  })
}

function accountCount(): number {
  return db.prepare('SELECT count(*) FROM account').pluck().get() as number
}

beforeAll(async () => {
  const temp = openTempDatabase()
  db = temp.db
  rootDir = makeTempDir('gw-bridge-')
  rendererDir = path.join(rootDir, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), indexHtml)
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), appJs)
  fs.writeFileSync(path.join(rootDir, 'secret.txt'), secretText)
  fs.writeFileSync(path.join(rootDir, 'renderer-secret.js'), secretText)
  token = newToken()
  server = createBridge({ ctx: temp.ctx, rendererDir, token, maxBodyBytes: 2048 })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  db.close()
  removeTempDirs()
})

describe('the access token', () => {
  it('is required for the page and the API', async () => {
    expect((await send({ path: '/' })).status).toBe(401)
    expect((await send({ path: '/assets/app.js' })).status).toBe(401)
    const apiReply = await api('app.info', {}, { headers: { [tokenHeader]: '' } })
    expect(apiReply.status).toBe(401)
    const noHeader = await send({ method: 'POST', path: `${apiPrefix}app.info`, headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(noHeader.status).toBe(401)
  })

  it('must be the right one', async () => {
    expect((await send({ path: '/?token=wrong' })).status).toBe(401)
    expect((await send({ path: `/?token=${token.slice(0, -1)}` })).status).toBe(401)
    expect((await send({ path: '/', headers: { cookie: `groundwork_${port}=wrong` } })).status).toBe(401)
    expect((await api('app.info', {}, { headers: { [tokenHeader]: `${token}x` } })).status).toBe(401)
    expect(accountCount()).toBe(0)
  })

  it('in ?token= opens the page and sets an HttpOnly, SameSite=Strict cookie that then opens the assets', async () => {
    const page = await send({ path: `/?token=${token}` })
    expect(page.status).toBe(200)
    expect(page.body).toBe(indexHtml)
    expect(page.headers['content-type']).toContain('text/html')
    const cookie = page.headers['set-cookie']?.[0] ?? ''
    expect(cookie).toContain(`groundwork_${port}=${token}`)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Strict/i)

    const pair = cookie.split(';')[0] ?? ''
    const asset = await send({ path: '/assets/app.js', headers: { cookie: pair } })
    expect(asset.status).toBe(200)
    expect(asset.body).toBe(appJs)
    expect(asset.headers['content-type']).toContain('text/javascript')
    // A route of the app itself gets the page.
    const route = await send({ path: '/accounts/123', headers: { cookie: `other=1; ${pair}` } })
    expect(route.status).toBe(200)
    expect(route.body).toBe(indexHtml)
  })

  it('in a cookie does not open the API: that needs the header', async () => {
    const reply = await send({
      method: 'POST',
      path: `${apiPrefix}app.info`,
      headers: { 'content-type': 'application/json', cookie: `groundwork_${port}=${token}` },
      body: '{}',
    })
    expect(reply.status).toBe(401)
  })
})

describe('host and origin checks', () => {
  it('refuses a foreign Host even with the token (DNS rebinding)', async () => {
    expect((await send({ path: `/?token=${token}`, host: `evil.example:${port}` })).status).toBe(403)
    expect((await api('app.info', {}, { host: `evil.example:${port}` })).status).toBe(403)
    expect((await api('app.info', {}, { host: '127.0.0.1' })).status).toBe(403)
    expect((await api('app.info', {}, { host: `127.0.0.1:${port + 1}` })).status).toBe(403)
    // Without any Host, Node's own HTTP parser already answers 400 before the bridge sees the request.
    expect([400, 403]).toContain((await api('app.info', {}, { host: null, unrecorded: true })).status)
  })

  it('accepts localhost as well as 127.0.0.1', async () => {
    expect((await api('app.info', {}, { host: `localhost:${port}` })).status).toBe(200)
    expect((await send({ path: `/?token=${token}`, host: `localhost:${port}` })).status).toBe(200)
  })

  it('refuses an API call from a foreign Origin', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, `https://127.0.0.1:${port}`, 'null']) {
      expect((await api('app.info', {}, { headers: { origin } })).status, origin).toBe(403)
    }
    expect((await api('app.info', {}, { headers: { origin: `http://127.0.0.1:${port}` } })).status).toBe(200)
  })

  it('refuses an API call the browser marks as cross-site', async () => {
    expect((await api('app.info', {}, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403)
    expect((await api('app.info', {}, { headers: { 'sec-fetch-site': 'same-site' } })).status).toBe(403)
    expect((await api('app.info', {}, { headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(200)
  })

  it('refuses a cross-site write without touching the database', async () => {
    const reply = await api('accounts.create', { name: 'Planted Ltd' }, { headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' } })
    expect(reply.status).toBe(403)
    expect(accountCount()).toBe(0)
  })
})

describe('the API', () => {
  it('answers GET with 405', async () => {
    const reply = await send({ path: `${apiPrefix}app.info`, headers: { [tokenHeader]: token } })
    expect(reply.status).toBe(405)
  })

  it('answers a body that is not JSON with 415', async () => {
    const reply = await api('accounts.create', undefined, { headers: { 'content-type': 'text/plain' }, body: '{"name":"Sneaky"}' })
    expect(reply.status).toBe(415)
    const form = await api('accounts.create', undefined, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Sneaky' })
    expect(form.status).toBe(415)
    expect(accountCount()).toBe(0)
  })

  it('answers malformed JSON with 400 INVALID_INPUT', async () => {
    const reply = await api('accounts.create', undefined, { body: '{"name": "Half' })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(accountCount()).toBe(0)
  })

  it('answers a body over the limit with 413', async () => {
    const reply = await api('accounts.create', { name: 'Big', description: 'x'.repeat(4096) })
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(accountCount()).toBe(0)
  })

  it('answers a valid call with its envelope', async () => {
    const created = await api('accounts.create', { name: 'Bridge Works', employees: 12 })
    expect(created.status).toBe(200)
    expect(created.headers['content-type']).toContain('application/json')
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, data: { name: 'Bridge Works', employees: 12 } })
    const listed = JSON.parse((await api('accounts.list', {})).body)
    expect(listed).toMatchObject({ ok: true, data: [{ name: 'Bridge Works' }] })
    const info = JSON.parse((await api('app.info', {})).body)
    expect(info).toMatchObject({ ok: true, data: { mode: 'browser', version: 'test' } })
  })

  it('answers invalid input with INVALID_INPUT naming the field, and writes nothing', async () => {
    const before = accountCount()
    const reply = await api('accounts.create', { name: 'Bad Site', website: 'not a website' })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'website' }] } })
    const empty = JSON.parse((await api('accounts.create', undefined)).body)
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(accountCount()).toBe(before)
  })

  it('answers an unknown or malformed channel name with UNKNOWN_CHANNEL', async () => {
    for (const channel of ['accounts.drop', '%E0%A4%A', 'toString', '..%2F..%2Fetc']) {
      const reply = await api(channel, {})
      expect(reply.status, channel).toBe(200)
      expect(JSON.parse(reply.body), channel).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    }
  })
})

describe('API errors', () => {
  /** What the renderer's transport reads: the reply must be an error envelope, whatever the status. */
  function errorEnvelope(reply: Reply): { code: string; message: string } {
    expect(reply.headers['content-type']).toContain('application/json')
    const envelope = parseEnvelope(reply.body)
    if (envelope === undefined || envelope.ok) throw new Error(`not an error envelope (${reply.status}): ${reply.body}`)
    return envelope.error
  }

  it('answer every refusal with a JSON envelope, keeping the status code', async () => {
    const before = accountCount()
    const refusals: [number, Reply][] = [
      [403, await api('app.info', {}, { host: `evil.example:${port}` })],
      [403, await api('app.info', {}, { headers: { origin: 'http://evil.example' } })],
      [403, await api('app.info', {}, { headers: { 'sec-fetch-site': 'cross-site' } })],
      [401, await api('app.info', {}, { headers: { [tokenHeader]: 'wrong' } })],
      [405, await send({ path: `${apiPrefix}app.info`, headers: { [tokenHeader]: token } })],
      [415, await api('accounts.create', undefined, { headers: { 'content-type': 'text/plain' }, body: '{"name":"Sneaky"}' })],
      [400, await api('accounts.create', undefined, { body: '{"name": "Half' })],
      [413, await api('accounts.create', { name: 'Big', description: 'x'.repeat(4096) })],
    ]
    for (const [status, reply] of refusals) {
      expect(reply.status).toBe(status)
      const error = errorEnvelope(reply)
      expect(error.message.length, `${status}`).toBeGreaterThan(10)
    }
    expect(accountCount()).toBe(before)
  })

  it('say what to do about a request over the size limit', async () => {
    const error = errorEnvelope(await api('accounts.create', { name: 'Big', description: 'x'.repeat(4096) }))
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(error.message).toMatch(/\(2 KB\)/)
    expect(error.message).toMatch(/split it into smaller files/)
  })

  it('keep plain text for the page and its files', async () => {
    const page = await send({ path: '/' })
    expect(page.status).toBe(401)
    expect(page.headers['content-type']).toContain('text/plain')
    const foreign = await send({ path: `/?token=${token}`, host: `evil.example:${port}` })
    expect(foreign.status).toBe(403)
    expect(foreign.headers['content-type']).toContain('text/plain')
  })

  it('answer a failure inside the bridge with a 500 envelope that gives nothing away, and report it', async () => {
    const { db: closed, ctx: closedCtx } = openTempDatabase()
    closed.close()
    const reported: string[] = []
    // A reporter that throws makes the call itself fail, past dispatch's own safety net.
    const failing = createBridge({
      ctx: closedCtx,
      rendererDir,
      token,
      onUnexpectedError: (channel) => {
        reported.push(channel)
        if (channel !== 'bridge') throw new Error('reporter down at /secret/path.ts:12')
      },
    })
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve))
    const failingPort = (failing.address() as AddressInfo).port
    try {
      const reply = await new Promise<Reply>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: failingPort,
            method: 'POST',
            path: `${apiPrefix}accounts.list`,
            headers: { 'content-type': 'application/json', [tokenHeader]: token },
            agent: false,
          },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
          },
        )
        req.on('error', reject)
        req.end('{}')
      })
      expect(reply.status).toBe(500)
      expect(errorEnvelope(reply)).toMatchObject({ code: 'INTERNAL' })
      expect(reply.body).not.toMatch(/secret|\.ts:\d+|stack/)
      expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy)
      expect(reported).toEqual(['accounts.list', 'bridge'])
    } finally {
      failing.closeAllConnections()
      await new Promise((resolve) => failing.close(resolve))
    }
  })
})

describe('static files', () => {
  const traversals = [
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/../renderer-secret.js',
    '/%2e%2e/renderer-secret.js',
    '/assets/%2e%2e/%2e%2e/renderer-secret.js',
    '/assets/app.js%00.html',
    '/%E0%A4%A.js',
  ]

  it.each(traversals)('never serves anything outside the renderer folder: %s', async (requestPath) => {
    const separator = requestPath.includes('?') ? '&' : '?'
    const reply = await send({ path: `${requestPath}${separator}token=${token}` })
    expect([200, 400, 404]).toContain(reply.status)
    expect(reply.body).not.toContain(secretText)
    expect(reply.body).not.toMatch(/root:.*:0:0:/)
    if (reply.status === 200) expect(reply.body).toBe(indexHtml)
  })

  it('answers a missing asset with 404 rather than the page', async () => {
    expect((await send({ path: `/assets/missing.js?token=${token}` })).status).toBe(404)
  })

  it('answers a write to a page with 405', async () => {
    expect((await send({ method: 'POST', path: `/?token=${token}` })).status).toBe(405)
  })
})

describe('security headers', () => {
  it('carry the CSP on every response, whatever its status', async () => {
    await send({ path: '/' })
    await send({ path: `/assets/nope.js?token=${token}` })
    await send({ path: `/?token=${token}`, host: 'evil.example' })
    await api('app.info', {}, { body: '{', headers: {} })
    expect(new Set(replies.map((reply) => reply.status)).size).toBeGreaterThanOrEqual(7)
    for (const reply of replies) {
      expect(reply.headers['content-security-policy'], `status ${reply.status}`).toBe(contentSecurityPolicy)
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
    }
    expect(contentSecurityPolicy).toContain("script-src 'self'")
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy).not.toContain('unsafe-inline')
  })
})

describe('tokensMatch', () => {
  const secret = newToken()

  it('accepts the same token', () => {
    expect(tokensMatch(secret, `${secret}`)).toBe(true)
  })

  it('refuses a different token of the same length', () => {
    const flipped = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`
    expect(flipped).toHaveLength(secret.length)
    expect(tokensMatch(secret, flipped)).toBe(false)
  })

  it('refuses a prefix, a longer string, and different lengths without throwing', () => {
    expect(tokensMatch(secret, secret.slice(0, 10))).toBe(false)
    expect(tokensMatch(secret, `${secret}${secret}`)).toBe(false)
    expect(tokensMatch(secret, 'x')).toBe(false)
  })

  it('refuses empty, undefined and null', () => {
    expect(tokensMatch(secret, '')).toBe(false)
    expect(tokensMatch(secret, undefined)).toBe(false)
    expect(tokensMatch(secret, null)).toBe(false)
    expect(tokensMatch('', '')).toBe(false)
  })

  it('makes 256-bit URL-safe tokens that differ each time', () => {
    const tokens = Array.from({ length: 50 }, () => newToken())
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(new Set(tokens).size).toBe(tokens.length)
  })
})
