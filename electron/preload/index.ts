import { contextBridge, ipcRenderer } from 'electron'
import { channelNamePattern, ipcChannelFor, type PreloadBridge } from '../main/ipcChannel'

/** The only thing the page gets: one function that sends a contract channel name and a payload. */
const bridge: PreloadBridge = {
  invoke: (channel, payload) => {
    if (typeof channel !== 'string' || !channelNamePattern.test(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Not a channel name.' } })
    }
    return ipcRenderer.invoke(ipcChannelFor(channel), payload)
  },
}

contextBridge.exposeInMainWorld('groundwork', bridge)
