import { useId, useState, type FormEvent } from 'react'
import { staleAfterDaysSchema } from '@shared/contract/research'
import { useToast } from '../../components/Toaster'
import { plural } from '../../lib/format'
import { useSetStaleAfterDays } from './queries'

/** "Facts older than N days count as stale": shown on the Research tab, changeable in place. */
export function StaleAgeSetting({ staleAfterDays }: { staleAfterDays: number }) {
  const [editing, setEditing] = useState(false)
  const [typed, setTyped] = useState(String(staleAfterDays))
  const [error, setError] = useState<string | null>(null)
  const setDays = useSetStaleAfterDays()
  const toast = useToast()
  const id = useId()

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const parsed = staleAfterDaysSchema.safeParse(typed.trim() === '' ? Number.NaN : Number(typed))
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a number of days')
      return
    }
    try {
      const saved = await setDays.mutateAsync(parsed.data)
      setError(null)
      setEditing(false)
      toast({ message: `Facts older than ${plural(saved.staleAfterDays, 'day')} now count as stale.` })
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not save the setting.')
    }
  }

  if (!editing) {
    return (
      <p className="stale-setting muted">
        Facts older than {plural(staleAfterDays, 'day')} count as stale.{' '}
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            setTyped(String(staleAfterDays))
            setEditing(true)
          }}
        >
          Change
        </button>
      </p>
    )
  }
  return (
    <form className="stale-setting" onSubmit={onSubmit} noValidate>
      <label htmlFor={id}>Facts count as stale after</label>
      <input
        id={id}
        className="stale-setting-input"
        inputMode="numeric"
        autoFocus
        value={typed}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setEditing(false)
        }}
      />
      <span>days</span>
      <button type="submit" className="button button-small button-primary" disabled={setDays.isPending}>
        Save
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
