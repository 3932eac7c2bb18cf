import { useCallback, useEffect, useRef, useState } from 'react'
import type { z } from 'zod'
import { issuesByField, saveErrors } from './client'

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed'

const prefix = 'groundwork.autosave.'

/** What was typed but may not have reached the store yet, if anything. */
export function readBackup<T>(key: string): T | undefined {
  try {
    const raw = window.localStorage.getItem(prefix + key)
    return raw ? (JSON.parse(raw) as T) : undefined
  } catch {
    return undefined
  }
}

function writeBackup(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(prefix + key, JSON.stringify(value))
  } catch {
    // A full or blocked storage only loses the crash copy; the save itself still goes ahead.
  }
}

function dropBackupIf(key: string, value: unknown): void {
  try {
    if (window.localStorage.getItem(prefix + key) === JSON.stringify(value)) window.localStorage.removeItem(prefix + key)
  } catch {
    // Nothing to clean up.
  }
}

/**
 * Saves what the rep types a moment after they stop, at once on `flush` (leaving a field, hiding the
 * page, unmounting). Every keystroke is first copied to local storage, so a reload or a crash between
 * two saves loses nothing: the screen offers `readBackup` on the next visit. Saves run one at a time,
 * the newest value last. `save` resolves false when it sent nothing (e.g. the form's own check failed).
 * `flush` resolves true only when everything typed so far is in the store; a value whose save failed is
 * tried again on the next flush, so "save before doing X" never goes ahead over lost edits.
 */
export function useBackedUpAutosave<T>(backupKey: string, save: (value: T) => Promise<boolean>, delayMs = 700) {
  const [state, setState] = useState<AutosaveState>('idle')
  const pending = useRef<{ value: T } | null>(null)
  /** The newest value whose save failed, kept until it is saved or something newer replaces it. */
  const unsaved = useRef<{ value: T } | null>(null)
  const running = useRef<Promise<void> | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const saveRef = useRef(save)
  const keyRef = useRef(backupKey)

  useEffect(() => {
    saveRef.current = save
    keyRef.current = backupKey
  }, [save, backupKey])

  const saveNow = useCallback((retryFailed: boolean): Promise<boolean> => {
    window.clearTimeout(timer.current)
    // What did not get through last time is tried again, unless something newer replaces it.
    if (retryFailed && !running.current) pending.current ??= unsaved.current
    const saveAll = async () => {
      while (pending.current) {
        const next = pending.current
        pending.current = null
        setState('saving')
        const sent = await saveRef.current(next.value).catch(() => false)
        if (sent) dropBackupIf(keyRef.current, next.value)
        unsaved.current = sent || pending.current ? null : next
        if (!pending.current) setState(sent ? 'saved' : 'failed')
      }
    }
    const allSaved = () => unsaved.current === null && pending.current === null
    // One save at a time: a flush during a save waits for it, then saves whatever is newer.
    const start = (): Promise<boolean> => {
      if (running.current) return running.current.then(() => (pending.current ? start() : allSaved()))
      running.current = saveAll().finally(() => {
        running.current = null
      })
      return running.current.then(allSaved)
    }
    return start()
  }, [])

  /** Saves now, trying again whatever failed before; true when everything typed is in the store. */
  const flush = useCallback(() => saveNow(true), [saveNow])

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value }
      unsaved.current = null
      writeBackup(keyRef.current, value)
      setState('pending')
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void saveNow(false), delayMs)
    },
    [delayMs, saveNow],
  )

  // Leaving sends only what is new: a value that already failed stays in the backup for the next visit.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void saveNow(false)
    }
    const onPageHide = () => void saveNow(false)
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onPageHide)
      void saveNow(false)
    }
  }, [saveNow])

  return { state, schedule, flush }
}

interface CheckedSave<T, S extends z.ZodType> {
  /** The contract's schema for what is sent: a value it refuses is not sent, and its errors show. */
  schema: S
  /** What is sent for a value, e.g. the fields with the ids they belong to. */
  toInput: (value: T) => z.input<S>
  send: (input: z.input<S>) => Promise<unknown>
  /** Called when the store refuses a save, after its errors are shown. */
  onRefused?: (error: unknown) => void
}

/**
 * useBackedUpAutosave for a form checked against its contract schema before each save: field errors,
 * the form's own or the store's, come back keyed by field (or `form`) to show beside the inputs.
 */
export function useCheckedAutosave<T, S extends z.ZodType>(backupKey: string, { schema, toInput, send, onRefused }: CheckedSave<T, S>) {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const autosave = useBackedUpAutosave<T>(backupKey, async (value) => {
    const input = toInput(value)
    const parsed = schema.safeParse(input)
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error))
      return false
    }
    try {
      await send(input)
      setErrors({})
      return true
    } catch (error) {
      setErrors(saveErrors(error))
      onRefused?.(error)
      return false
    }
  })
  return { ...autosave, errors }
}

export const autosaveLabels: Record<AutosaveState, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved yet',
}
