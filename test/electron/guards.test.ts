import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { appOrigin } from '../../electron/main/appProtocol'
import { denyAllPermissions, guardWebContents, isAppUrl, isSafeExternalUrl, isTrustedSender } from '../../electron/main/guards'

vi.mock('electron', () => ({}))

type Listener = (event: { preventDefault: () => void }, url: string) => void
type OpenHandler = (details: { url: string }) => { action: string }

/** Just enough of WebContents to record what the guard registers. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: OpenHandler | undefined
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener)
      return contents
    },
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler
    },
  }
  return {
    contents: contents as unknown as WebContents,
    fire(name: string, url = '') {
      const event = { preventDefault: vi.fn() }
      const listener = listeners.get(name)
      if (!listener) throw new Error(`no ${name} listener`)
      listener(event, url)
      return event.preventDefault.mock.calls.length > 0
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window open handler')
      return openHandler({ url })
    },
  }
}

function guarded() {
  const openExternal = vi.fn()
  const fake = fakeContents()
  guardWebContents(fake.contents, { openExternal })
  return { ...fake, openExternal }
}

describe('guardWebContents', () => {
  it('registers its listeners once, however often the same contents is guarded', () => {
    const on = vi.fn()
    const setWindowOpenHandler = vi.fn()
    const contents = { on, setWindowOpenHandler } as unknown as WebContents
    guardWebContents(contents, { openExternal: vi.fn() })
    guardWebContents(contents, { openExternal: vi.fn() })
    expect(on.mock.calls.filter((call) => call[0] === 'will-navigate')).toHaveLength(1)
    expect(setWindowOpenHandler).toHaveBeenCalledTimes(1)
  })

  it('lets the app navigate within itself', () => {
    const g = guarded()
    expect(g.fire('will-navigate', `${appOrigin}/accounts`)).toBe(false)
    expect(g.fire('will-navigate', `${appOrigin}/`)).toBe(false)
    expect(g.openExternal).not.toHaveBeenCalled()
  })

  it('stops navigation to a foreign https page and opens it in the system browser', () => {
    const g = guarded()
    expect(g.fire('will-navigate', 'https://evil.example/phish')).toBe(true)
    expect(g.openExternal).toHaveBeenCalledWith('https://evil.example/phish')
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'http://plain.example/', 'app://evil/', 'app://user@groundwork/', 'data:text/html,hi', 'not a url'])(
    'stops navigation to %s and opens nothing',
    (url) => {
      const g = guarded()
      expect(g.fire('will-navigate', url)).toBe(true)
      expect(g.openExternal).not.toHaveBeenCalled()
    },
  )

  it('stops redirects away from the app', () => {
    const g = guarded()
    expect(g.fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(g.fire('will-redirect', `${appOrigin}/index.html`)).toBe(false)
    expect(g.openExternal).not.toHaveBeenCalled()
  })

  it('always denies new windows, handing only https and mailto to the system', () => {
    const g = guarded()
    expect(g.open('https://example.com/page')).toEqual({ action: 'deny' })
    expect(g.open('mailto:rep@example.com')).toEqual({ action: 'deny' })
    expect(g.openExternal.mock.calls).toEqual([['https://example.com/page'], ['mailto:rep@example.com']])
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://plain.example/', `${appOrigin}/popup`, 'ms-settings:', '']) {
      expect(g.open(url)).toEqual({ action: 'deny' })
    }
    expect(g.openExternal).toHaveBeenCalledTimes(2)
  })

  it('refuses to attach a webview', () => {
    expect(guarded().fire('will-attach-webview')).toBe(true)
  })
})

describe('isSafeExternalUrl and isAppUrl', () => {
  it('accepts only https and mailto as external', () => {
    expect(isSafeExternalUrl('https://a.example')).toBe(true)
    expect(isSafeExternalUrl('mailto:a@b.example')).toBe(true)
    for (const url of ['http://a.example', 'file:///x', 'javascript:void 0', 'smb://host/share', '']) expect(isSafeExternalUrl(url)).toBe(false)
  })

  it('recognises only our own scheme and host as the app', () => {
    expect(isAppUrl('app://groundwork/')).toBe(true)
    expect(isAppUrl('app://groundwork/accounts?x=1#y')).toBe(true)
    for (const url of ['app://groundwork.evil/', 'app://evil/', 'https://groundwork/', 'app://groundwork:8080/', 'app://a:b@groundwork/', '']) expect(isAppUrl(url), url).toBe(false)
  })
})

describe('denyAllPermissions', () => {
  it('denies every permission request and check', () => {
    let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined
    let checkHandler: ((...args: unknown[]) => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
    }
    denyAllPermissions(session as unknown as Session)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn()
      requestHandler?.({}, permission, callback)
      expect(callback, permission).toHaveBeenCalledWith(false)
      expect(checkHandler?.({}, permission, 'app://groundwork', {})).toBe(false)
    }
  })
})

describe('isTrustedSender', () => {
  const mainFrame = { url: 'app://groundwork/', parent: null }

  it('accepts our own top-level page', () => {
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true)
    const routed = { url: 'app://groundwork/accounts/1', parent: null }
    expect(isTrustedSender(routed, routed)).toBe(true)
  })

  it('refuses a subframe, even one showing our page', () => {
    expect(isTrustedSender({ url: 'app://groundwork/', parent: mainFrame }, mainFrame)).toBe(false)
  })

  it('refuses a top-level frame that is not the window main frame', () => {
    expect(isTrustedSender({ url: 'app://groundwork/', parent: null }, mainFrame)).toBe(false)
  })

  it('refuses a foreign origin', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/page.html', 'app://evil/', 'about:blank']) {
      const frame = { url, parent: null }
      expect(isTrustedSender(frame, frame), url).toBe(false)
    }
  })

  it('refuses when there is no frame', () => {
    expect(isTrustedSender(null, mainFrame)).toBe(false)
    expect(isTrustedSender(undefined, undefined)).toBe(false)
  })
})
