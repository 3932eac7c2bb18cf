import type { ChannelName, ChannelOutput, ParsedInput } from '../../src/shared/contract'
import type { HandlerContext } from './context'

export type Handler<C extends ChannelName> = (
  ctx: HandlerContext,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

/** A feature's handlers: exactly one per channel it names. */
export type HandlerMap<C extends ChannelName> = { [K in C]: Handler<K> }
