import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { appOrigin, appSchemePrivileges, resolveAppFile, withContentSecurityPolicy } from '../../electron/main/appProtocol'
import { contentSecurityPolicy } from '../../electron/server/security'

vi.mock('electron', () => ({}))

const rendererDir = path.resolve('/opt/groundwork/out/renderer')
const index = path.join(rendererDir, 'index.html')

describe('resolveAppFile', () => {
  it('serves index.html for the root and for the app routes', () => {
    expect(resolveAppFile(rendererDir, `${appOrigin}/`)).toBe(index)
    expect(resolveAppFile(rendererDir, appOrigin)).toBe(index)
    expect(resolveAppFile(rendererDir, `${appOrigin}/accounts`)).toBe(index)
    expect(resolveAppFile(rendererDir, `${appOrigin}/accounts/0190a000-0000-7000-8000-000000000001?tab=contacts#top`)).toBe(index)
  })

  it('resolves assets inside the renderer folder', () => {
    expect(resolveAppFile(rendererDir, `${appOrigin}/assets/index-abc123.js`)).toBe(path.join(rendererDir, 'assets', 'index-abc123.js'))
    expect(resolveAppFile(rendererDir, `${appOrigin}/assets/my%20font.woff2`)).toBe(path.join(rendererDir, 'assets', 'my font.woff2'))
  })

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2f..%2fmain%2findex.js',
    '/%2e%2e%2f%2e%2e%2fpreload%2findex.cjs',
    '/..%5c..%5csecret.txt',
    '/assets/%2e%2e/%2e%2e/%2e%2e/x.js',
  ])('never leaves the renderer folder: %s', (requestPath) => {
    const file = resolveAppFile(rendererDir, `${appOrigin}${requestPath}`)
    if (file !== undefined) expect(file.startsWith(rendererDir + path.sep), file).toBe(true)
  })

  it.each([
    'app://evil/index.html',
    'app://groundwork.evil/index.html',
    'https://groundwork/index.html',
    'file:///opt/groundwork/out/renderer/index.html',
    `${appOrigin}/assets/app.js%00.html`,
    `${appOrigin}/%E0%A4%A.js`,
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(rendererDir, url)).toBeUndefined()
  })

  it('registers the scheme as standard and secure, with fetch but no CORS', () => {
    expect(appSchemePrivileges).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } })
  })
})

describe('withContentSecurityPolicy', () => {
  it('adds the CSP header and keeps the status, the body and the other headers', async () => {
    const fetched = new Response('export const ok = 1', { status: 200, headers: { 'Content-Type': 'text/javascript' } })
    const served = withContentSecurityPolicy(fetched)
    expect(served.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
    expect(served.headers.get('Content-Type')).toBe('text/javascript')
    expect(served.status).toBe(200)
    expect(await served.text()).toBe('export const ok = 1')
  })

  it('replaces a weaker policy rather than adding a second one', () => {
    const served = withContentSecurityPolicy(new Response('Not found', { status: 404, headers: { 'Content-Security-Policy': 'default-src *' } }))
    expect(served.status).toBe(404)
    expect(served.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
  })
})
