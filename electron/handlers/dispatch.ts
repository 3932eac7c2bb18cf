import { AppError, contract, isChannelName, toFieldIssues, type Envelope } from '../../src/shared/contract'
import type { ChannelName, ChannelOutput } from '../../src/shared/contract'
import type { HandlerContext } from './context'
import type { Handler } from './handler'
import { handlers } from './index'
import { isExclusiveWorkRunning, mayRunDuringExclusiveWork, waitForExclusiveWork } from '../store/writeGate'

export interface DispatchOptions {
  /** Where unexpected errors are reported; the caller only ever sees a short message. */
  onUnexpectedError?: (channel: string, error: unknown) => void
}

/**
 * The one entry point both transports use: the channel name and payload are untrusted until parsed,
 * and whatever happens the caller gets an envelope, never a stack trace.
 */
export async function dispatch(
  ctx: HandlerContext,
  channelName: string,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  if (!isChannelName(channelName)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel named "${channelName.slice(0, 80)}".` } }
  }
  const parsed = contract[channelName].input.safeParse(payload)
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error)
    const first = issues[0]
    const where = first?.path ? `${first.path}: ` : ''
    return { ok: false, error: { code: 'INVALID_INPUT', message: `${where}${first?.message ?? 'Invalid input'}`, issues } }
  }
  try {
    // While an import holds the write transaction open, other calls queue here (see writeGate.ts).
    while (!mayRunDuringExclusiveWork(channelName) && isExclusiveWorkRunning(ctx.db)) await waitForExclusiveWork(ctx.db)
    const handler = handlers[channelName] as Handler<ChannelName>
    const data: ChannelOutput<ChannelName> = await handler(ctx, parsed.data as never)
    return { ok: true, data }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() }
    options.onUnexpectedError?.(channelName, error)
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong and the action did not complete. Please try again.' } }
  }
}
