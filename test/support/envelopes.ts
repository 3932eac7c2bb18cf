import type { AppErrorShape, Envelope } from '../../src/shared/contract'

/** The data of an answer that must have succeeded; a failure throws with the error it carried. */
export function dataOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`)
  return envelope.data as T
}

/** The error of an answer that must have failed; a success throws with the data it carried. */
export function errorOf(envelope: Envelope<unknown>): AppErrorShape {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.data)}`)
  return envelope.error
}
