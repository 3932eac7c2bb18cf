import { v7 as uuidv7 } from 'uuid'

/** Time-ordered ids that stay unique across machines, so exports from two laptops merge cleanly. */
export function newId(): string {
  return uuidv7()
}

export function nowIso(): string {
  return new Date().toISOString()
}
