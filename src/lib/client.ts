import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import type { ZodError } from 'zod'
import { toFieldIssues, type AppErrorShape, type ErrorCode, type FieldIssue } from '@shared/contract/envelope'
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

/** The first message for each field, keyed by path without the `fields.` wrapper the contract adds. */
function byField(issues: FieldIssue[]): Record<string, string> {
  const found: Record<string, string> = {}
  for (const issue of issues) found[issue.path.replace(/^fields\./, '')] ??= issue.message
  return found
}

/** Field messages keyed by path, for placing server-side errors next to their inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof CallError ? byField(error.issues) : {}
}

/** Field messages keyed by path from the form's own schema check, for placing next to their inputs. */
export function issuesByField(error: ZodError): Record<string, string> {
  return byField(toFieldIssues(error))
}

/** What a failed save that names no field says: why, and that what the rep typed is still there. */
export function notSavedText(error: unknown): string {
  const reason = (error instanceof Error ? error.message.trim() : '').replace(/\.+$/, '') || 'Groundwork could not store it just now'
  return /[?!]$/.test(reason) ? `Not saved: ${reason} Your text is kept; try again.` : `Not saved: ${reason}. Your text is kept; try again.`
}

/**
 * Errors for a form after a failed save: beside each field the server named, or else once for the
 * whole form under `form`, rather than under whichever input happens to be first.
 */
export function saveErrors(error: unknown): Record<string, string> {
  const byField = fieldErrors(error)
  return Object.keys(byField).length > 0 ? byField : { form: notSavedText(error) }
}
