import { useState, type FormEvent } from 'react'
import { checklistItemTextSchema } from '@shared/contract/checklist'
import { TextField } from '../../components/TextField'
import { fieldErrors } from '../../lib/client'
import { useDraft } from '../../lib/useDraft'
import { useAddOwnItem } from './queries'

/** Adds one of the rep's own checks ("Read their annual report"). What is typed survives a reload. */
export function AddOwnItemForm({ accountId }: { accountId: string }) {
  const add = useAddOwnItem(accountId)
  const { draft, update, clear } = useDraft(`checklist.own.${accountId}`, { text: '' })
  const [error, setError] = useState<string | undefined>()

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const parsed = checklistItemTextSchema.safeParse(draft.text)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message)
      return
    }
    try {
      await add.mutateAsync(parsed.data)
      update({ text: '' })
      clear()
      setError(undefined)
    } catch (failure) {
      setError(fieldErrors(failure).text ?? (failure instanceof Error ? failure.message : 'Could not add the item.'))
    }
  }

  return (
    <form className="own-item-form" onSubmit={(event) => void onSubmit(event)} aria-label="New checklist item">
      <TextField
        label="Add your own item"
        value={draft.text}
        onChange={(event) => {
          update({ text: event.target.value })
          if (error) setError(undefined)
        }}
        error={error}
        placeholder="e.g. Read their latest annual report"
        maxLength={300}
      />
      <button type="submit" className="button" disabled={add.isPending}>
        Add
      </button>
    </form>
  )
}
