import type { Envelope } from '../../src/shared/contract/envelope'

/** Each contract channel is its own IPC channel under this prefix; nothing else is ever registered. */
export const ipcPrefix = 'groundwork:'

export function ipcChannelFor(channel: string): string {
  return `${ipcPrefix}${channel}`
}

/** Contract channel names look like `feature.action`. */
export const channelNamePattern = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/

export interface PreloadBridge {
  invoke(channel: string, payload: unknown): Promise<Envelope<unknown>>
}
