import { contentSecurityPolicy, rendererFileFor } from '../server/security'

/** The app is served from this scheme so the page never has file:// privileges. */
export const appScheme = 'app'
export const appHost = 'groundwork'
export const appOrigin = `${appScheme}://${appHost}`

export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false },
} as const

/**
 * Maps an app:// URL to a file inside the built renderer; anything that would leave that folder, or
 * another host, is refused. Paths without an extension are the app's own routes: index.html.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | undefined {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return undefined
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return undefined
  return rendererFileFor(rendererDir, url.pathname)
}

/**
 * Every app:// response carries the app's CSP as a header too, so the policy does not hang on the
 * meta tag alone: it covers any document served without one, and adds frame-ancestors, which a meta
 * tag cannot set. The fetched response's headers are read-only, so a copy is returned.
 */
export function withContentSecurityPolicy(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('Content-Security-Policy', contentSecurityPolicy)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
