import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { contract } from '../../src/shared/contract'
import type { Envelope } from '../../src/shared/contract/envelope'
import type { HandlerContext } from '../handlers/context'
import { dispatch } from '../handlers/dispatch'
import { isTrustedSender } from './guards'
import { ipcChannelFor } from './ipcChannel'

/** Registers one IPC handler per contract channel, each checking that the call comes from our page. */
export function registerIpc(ipcMain: IpcMain, getContext: () => HandlerContext, log: (message: string, error?: unknown) => void): string[] {
  const registered: string[] = []
  for (const name of Object.keys(contract)) {
    const ipcName = ipcChannelFor(name)
    ipcMain.handle(ipcName, async (event: IpcMainInvokeEvent, payload: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event.senderFrame, event.sender.mainFrame)) {
        log(`Refused ${name} from an untrusted frame`)
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Refused: not sent by the Groundwork window.' } }
      }
      return dispatch(getContext(), name, payload, { onUnexpectedError: (channel, error) => log(`${channel} failed`, error) })
    })
    registered.push(ipcName)
  }
  return registered
}
