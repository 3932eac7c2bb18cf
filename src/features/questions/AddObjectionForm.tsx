import { useId, useState, type FormEvent } from 'react'
import { objectionFieldsSchema } from '@shared/contract/questions'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toaster'
import { fieldErrors, issuesByField } from '../../lib/client'
import { useDraft } from '../../lib/useDraft'
import { useCreateObjection } from './objectionQueries'

interface ObjectionDraft {
  reaction: string
  answer: string
  reusable: boolean
}

const emptyDraft: ObjectionDraft = { reaction: '', answer: '', reusable: false }

/** A new reaction to rehearse: for this account, or kept for every account. */
export function AddObjectionForm({ accountId }: { accountId: string }) {
  const id = useId()
  const { draft, update, clear } = useDraft<ObjectionDraft>(`objections.add.${accountId}`, emptyDraft)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const create = useCreateObjection()
  const toast = useToast()

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const fields = { reaction: draft.reaction, answer: draft.answer }
    const parsed = objectionFieldsSchema.safeParse(fields)
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error))
      return
    }
    setErrors({})
    try {
      await create.mutateAsync({ accountId: draft.reusable ? null : accountId, fields })
      update(emptyDraft)
      clear()
      if (draft.reusable) toast({ message: 'Saved as a reusable reaction for every account.' })
    } catch (error) {
      const byField = fieldErrors(error)
      setErrors(byField)
      if (Object.keys(byField).length === 0) toast({ tone: 'error', message: error instanceof Error ? error.message : 'The reaction was not added.' })
    }
  }

  return (
    <form className="add-objection" onSubmit={onSubmit} noValidate aria-label="Add a reaction">
      <h3>Add a reaction to expect</h3>
      <div className="form-grid">
        <TextField
          label="They might say"
          placeholder="e.g. We already have a supplier for that."
          value={draft.reaction}
          error={errors.reaction}
          maxLength={1000}
          onChange={(event) => update({ reaction: event.target.value })}
        />
        <TextField
          label="My planned answer"
          multiline
          value={draft.answer}
          error={errors.answer}
          maxLength={4000}
          onChange={(event) => update({ answer: event.target.value })}
        />
        <div className="add-objection-footer span-2">
          <label htmlFor={`${id}-reusable`} className="checkbox">
            <input id={`${id}-reusable`} type="checkbox" checked={draft.reusable} onChange={(event) => update({ reusable: event.target.checked })} />
            Keep it for every account
          </label>
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add reaction'}
          </button>
        </div>
      </div>
    </form>
  )
}
