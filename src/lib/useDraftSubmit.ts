import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react'
import { fieldErrors, notSavedText } from './client'

interface DraftSubmitOptions<Draft, Saved> {
  draft: Draft
  /** Field messages keyed by path, checked before anything is sent; empty when the draft is fine. */
  validate: (draft: Draft) => Record<string, string>
  save: (draft: Draft) => Promise<Saved>
  /** The kept draft: cleared once the save went through. */
  clear: () => void
  onSaved: (saved: Saved) => void
}

interface DraftSubmit {
  /** Messages to show beside their fields, from the form's own checks or the store's. */
  errors: Record<string, string>
  setErrors: Dispatch<SetStateAction<Record<string, string>>>
  /** A failure that belongs to no field, shown above the buttons: why, and that what was typed is kept. */
  failure: string | null
  onSubmit: (event: FormEvent) => Promise<void>
}

/**
 * Saving a form's draft: check it, send it, clear the kept draft on success; on failure put each
 * message beside its field, or above the buttons when it names none. What was typed stays either way.
 */
export function useDraftSubmit<Draft, Saved>({ draft, validate, save, clear, onSaved }: DraftSubmitOptions<Draft, Saved>): DraftSubmit {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<string | null>(null)

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const found = validate(draft)
    setErrors(found)
    setFailure(null)
    if (Object.keys(found).length > 0) return
    try {
      const saved = await save(draft)
      clear()
      onSaved(saved)
    } catch (error) {
      const byField = fieldErrors(error)
      setErrors(byField)
      setFailure(Object.keys(byField).length === 0 ? notSavedText(error) : null)
    }
  }

  return { errors, setErrors, failure, onSubmit }
}
