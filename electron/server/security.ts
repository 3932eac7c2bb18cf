import crypto from 'node:crypto'
import path from 'node:path'

/** 256 bits, URL-safe. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url')
}

/**
 * Why a token chosen in GROUNDWORK_TOKEN will not do, or null when it will: it goes into the address
 * as it is, so only URL-safe characters, and it must be as hard to guess as a generated one (22
 * base64url characters carry 132 bits; a token of few different characters carries far less).
 */
export function chosenTokenProblem(token: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(token)) return 'GROUNDWORK_TOKEN may only hold letters, digits, - and _, because it goes into the address.'
  if (token.length < 22) return `GROUNDWORK_TOKEN needs at least 22 characters; it has ${token.length}. Leave it unset to get a random one.`
  if (new Set(token).size < 10) return 'GROUNDWORK_TOKEN uses too few different characters to be hard to guess. Leave it unset to get a random one.'
  return null
}

/** Compares without leaking, through timing, how much of the guess was right. */
export function tokensMatch(expected: string, presented: string | undefined | null): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false
  const a = crypto.createHash('sha256').update(expected).digest()
  const b = crypto.createHash('sha256').update(presented).digest()
  return crypto.timingSafeEqual(a, b)
}

/** Only our own loopback names may reach the bridge: anything else is a DNS-rebinding attempt. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The file of the built renderer a URL path names, for both ways the app is served (app:// in the
 * desktop app, the loopback bridge in browser mode). Paths without an extension are the app's own
 * routes, so they get index.html. Undefined for anything that would leave the folder, a NUL byte or
 * a path that does not decode. Whether the file exists is the caller's to check.
 */
export function rendererFileFor(rendererDir: string, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const relative = path.posix.normalize(decoded === '/' || path.posix.extname(decoded) === '' ? '/index.html' : decoded)
  const root = path.resolve(rendererDir)
  const file = path.resolve(root, `.${relative}`)
  return file.startsWith(root + path.sep) ? file : undefined
}
