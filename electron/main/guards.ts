import type { Session, WebContents } from 'electron'
import { appHost, appScheme } from './appProtocol'

/** Only https and mailto links leave the app, and they leave it for the system's own handler. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' || url.protocol === 'mailto:'
  } catch {
    return false
  }
}

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    // Node's URL gives a custom scheme an opaque origin ("null") even when Chromium treats it as
    // standard, so comparing origins would refuse our own page: compare scheme and host instead.
    return url.protocol === `${appScheme}:` && url.host === appHost && url.username === '' && url.password === ''
  } catch {
    return false
  }
}

/** A sender may use IPC only from our own top-level page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined, mainFrame: unknown): boolean {
  if (!frame) return false
  if (frame.parent !== null && frame.parent !== undefined) return false
  if (mainFrame !== undefined && frame !== mainFrame) return false
  return isAppUrl(frame.url)
}

export interface GuardDeps {
  openExternal(url: string): Promise<void> | void
}

const guarded = new WeakSet<WebContents>()

/**
 * No navigation away from the app, no new windows, no webviews; safe links open in the browser.
 * Guarding the same contents again does nothing, so a link never opens twice.
 */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  if (guarded.has(contents)) return
  guarded.add(contents)
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault()
      if (isSafeExternalUrl(url)) void deps.openExternal(url)
    }
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void deps.openExternal(url)
    return { action: 'deny' }
  })
}

/** The app asks for no permissions (camera, location, notifications...), so every request is denied. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
