const key = 'groundwork.draft.import.pasted'
/** Larger pastes are not kept: local storage holds a few megabytes at most. */
const keptUpTo = 1_000_000

/** Pasted rows survive a reload or a crash until they are imported or cleared. */
export function readPastedRows(): string {
  try {
    return window.localStorage.getItem(key) ?? ''
  } catch {
    return ''
  }
}

export function keepPastedRows(text: string): void {
  try {
    if (text === '' || text.length > keptUpTo) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, text)
  } catch {
    // Storage full or unavailable: the text stays on screen, it just will not survive a reload.
  }
}

export function clearPastedRows(): void {
  keepPastedRows('')
}
