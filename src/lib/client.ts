import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import type { AppErrorShape, ErrorCode, FieldIssue } from '@shared/contract/envelope'
import { chooseTransport, type Transport } from './transport'

/** A failed call, carrying the envelope's code, message and field issues for the screen to show. */
export class CallError extends Error {
  readonly code: ErrorCode
  readonly issues: FieldIssue[]

  constructor(shape: AppErrorShape) {
    super(shape.message)
    this.name = 'CallError'
    this.code = shape.code
    this.issues = shape.issues ?? []
  }
}

let transport: Transport | undefined

/**
 * Picks the transport now. Called first thing at start: in browser mode this is when the tab keeps the
 * access token and drops it from the address, which must happen before the rep can navigate away.
 */
export function connect(): void {
  transport ??= chooseTransport()
}

/** Calls a contract channel; resolves with its data or rejects with a CallError. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  connect()
  const envelope = await (transport ?? chooseTransport())(channel, input)
  if (!envelope.ok) throw new CallError(envelope.error)
  return envelope.data as ChannelOutput<C>
}

/** Field messages keyed by path, for placing server-side errors next to their inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof CallError)) return {}
  const byField: Record<string, string> = {}
  for (const issue of error.issues) byField[issue.path.replace(/^fields\./, '')] ??= issue.message
  return byField
}
