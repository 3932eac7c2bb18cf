import { parseEnvelope, type Envelope } from '@shared/contract/envelope'

/** Sends one call to the main side: through the preload in the desktop app, else the loopback bridge. */
export type Transport = (channel: string, payload: unknown) => Promise<Envelope<unknown>>

interface PreloadBridge {
  invoke(channel: string, payload: unknown): Promise<Envelope<unknown>>
}

declare global {
  interface Window {
    groundwork?: PreloadBridge
  }
}

const tokenKey = 'groundwork.token'

/** Browser mode: the token arrives once in the address; the tab keeps it and the address drops it. */
export function takeBridgeToken(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    storage.setItem(tokenKey, fromUrl)
    params.delete('token')
    const query = params.toString()
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`)
    return fromUrl
  }
  return storage.getItem(tokenKey)
}

export function chooseTransport(): Transport {
  const preload = window.groundwork
  if (preload) return (channel, payload) => preload.invoke(channel, payload)
  const token = takeBridgeToken(window.location, window.sessionStorage, window.history)
  return async (channel, payload) => {
    let response: Response
    try {
      response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Groundwork-Token': token ?? '' },
        body: JSON.stringify(payload ?? {}),
      })
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Groundwork is not reachable. Is "npm run serve" still running?' } }
    }
    return readBridgeReply(response)
  }
}

const unexpectedBridgeReply =
  "Groundwork's bridge answered something unexpected, so the action may not have completed. Reload the page and try again."

/** An envelope from the bridge's answer; anything that is not one becomes a clear error, not a SyntaxError. */
async function readBridgeReply(response: Response): Promise<Envelope<unknown>> {
  if (response.status === 401) {
    return { ok: false, error: { code: 'INTERNAL', message: 'This tab has no valid access token. Open the address printed in the terminal again.' } }
  }
  // A body cut off on the way reads as unexpected too: the call may or may not have gone through.
  const text = await response.text().catch(() => '')
  return parseEnvelope(text) ?? { ok: false, error: { code: 'INTERNAL', message: unexpectedBridgeReply } }
}
