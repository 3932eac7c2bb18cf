import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { AppErrorShape } from '../../src/shared/contract/envelope'
import type { HandlerContext } from '../handlers/context'
import { dispatch } from '../handlers/dispatch'
import { contentSecurityPolicy, hostAllowed, originAllowed, readCookie, rendererFileFor, tokensMatch } from './security'

export interface BridgeOptions {
  ctx: HandlerContext
  /** The built renderer (out/renderer). */
  rendererDir: string
  token: string
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number
  onUnexpectedError?: (channel: string, error: unknown) => void
}

export const apiPrefix = '/api/invoke/'
export const tokenHeader = 'x-groundwork-token'
const defaultMaxBody = 80 * 1024 * 1024

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

/**
 * Browser mode: the same handlers as the desktop app behind a loopback HTTP server. Every request must
 * carry the per-start token; foreign Host and Origin headers are refused.
 */
export function createBridge(options: BridgeOptions): http.Server {
  const maxBody = options.maxBodyBytes ?? defaultMaxBody
  const server = http.createServer((req, res) => {
    const port = (server.address() as AddressInfo | null)?.port ?? 0
    handle(req, res, port).catch((error: unknown) => {
      options.onUnexpectedError?.('bridge', error)
      if (res.headersSent) res.end()
      else if (isApiRequest(req)) sendApiError(res, 500, 'INTERNAL', 'Something went wrong and the action did not complete. Please try again.')
      else send(res, 500, 'text/plain; charset=utf-8', 'Internal error')
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, port: number): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) {
      if (isApiRequest(req)) return sendApiError(res, 403, 'INTERNAL', refusedHost)
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host')
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (url.pathname.startsWith(apiPrefix)) return handleApi(req, res, url, port)
    return handleStatic(req, res, url, port)
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, port: number): Promise<void> {
    const origin = req.headers.origin
    const fetchSite = req.headers['sec-fetch-site']
    if (!originAllowed(origin, port) || (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none')) {
      return sendApiError(res, 403, 'INTERNAL', refusedOrigin)
    }
    const presented = req.headers[tokenHeader]
    if (!tokensMatch(options.token, typeof presented === 'string' ? presented : undefined)) {
      return sendApiError(res, 401, 'INTERNAL', 'This request has no valid access token. Open the address printed in the terminal again.')
    }
    if (req.method !== 'POST') return sendApiError(res, 405, 'INVALID_INPUT', 'Groundwork\'s API only answers POST requests.')
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendApiError(res, 415, 'INVALID_INPUT', 'Groundwork\'s API only accepts JSON (Content-Type: application/json).')
    }
    const body = await readBody(req, maxBody)
    if (body === 'too-large') {
      return sendApiError(
        res,
        413,
        'INVALID_INPUT',
        `This is more than Groundwork takes in one go (${formatLimit(maxBody)}). ` +
          'If you are importing a file, split it into smaller files (for example by region) and import them one after another.',
      )
    }
    let payload: unknown
    try {
      payload = body.length === 0 ? undefined : JSON.parse(body)
    } catch {
      return sendApiError(res, 400, 'INVALID_INPUT', 'The request body is not valid JSON.')
    }
    let channel: string
    try {
      channel = decodeURIComponent(url.pathname.slice(apiPrefix.length))
    } catch {
      // A malformed escape names no channel: answer with an envelope, not a 500.
      channel = url.pathname.slice(apiPrefix.length)
    }
    const envelope = await dispatch(options.ctx, channel, payload, { onUnexpectedError: options.onUnexpectedError })
    return sendJson(res, 200, envelope)
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL, port: number): void {
    const cookieName = `groundwork_${port}`
    const fromQuery = url.searchParams.get('token')
    const fromCookie = readCookie(req.headers.cookie, cookieName)
    const viaQuery = tokensMatch(options.token, fromQuery)
    if (!viaQuery && !tokensMatch(options.token, fromCookie)) {
      return send(res, 401, 'text/plain; charset=utf-8', 'Open the address printed by "npm run serve": it carries the access token.')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Use GET')
    if (viaQuery) res.setHeader('Set-Cookie', `${cookieName}=${options.token}; HttpOnly; SameSite=Strict; Path=/`)

    const file = rendererFileFor(options.rendererDir, url.pathname)
    if (!file || !isFile(file)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found')
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream'
    res.setHeader('Cache-Control', file.endsWith('.html') ? 'no-store' : 'private, max-age=31536000, immutable')
    send(res, 200, type, req.method === 'HEAD' ? '' : fs.readFileSync(file))
  }

  return server
}

const refusedHost = 'Groundwork refused this request: it was not addressed to 127.0.0.1 or localhost. Open the address printed in the terminal.'
const refusedOrigin = 'Groundwork refused this request: it came from another site. Open the address printed in the terminal.'

/** Calls to the API get every answer, errors included, as an envelope the renderer's transport can read. */
function isApiRequest(req: http.IncomingMessage): boolean {
  return (req.url ?? '').startsWith(apiPrefix)
}

function formatLimit(bytes: number): string {
  const megabytes = bytes / 1024 / 1024
  return megabytes >= 1 ? `${Math.round(megabytes)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
}

function readBody(req: http.IncomingMessage, max: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > max) tooLarge = true
      if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  securityHeaders(res)
  res.statusCode = status
  res.setHeader('Content-Type', type)
  res.end(body)
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

function sendApiError(res: http.ServerResponse, status: number, code: AppErrorShape['code'], message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } })
}
