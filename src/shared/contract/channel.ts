import type { z } from 'zod'

/** One request/response pair between the renderer and the main side. */
export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I
  readonly output: O
}

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Channel<I, O> {
  return { input, output }
}

/**
 * Joins per-feature channel groups into one contract. A name declared twice is a programming error
 * that would silently shadow a handler, so it fails loudly at load time.
 */
export function joinChannels<const G extends readonly Record<string, Channel>[]>(...groups: G): UnionToIntersection<G[number]> {
  const joined: Record<string, Channel> = {}
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group)) {
      if (name in joined) throw new Error(`Channel "${name}" is declared twice in the contract`)
      joined[name] = spec
    }
  }
  return joined as UnionToIntersection<G[number]>
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never
