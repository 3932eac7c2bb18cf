import { useState, type FormEvent } from 'react'
import { questionTextSchema } from '@shared/contract/questions'
import type { QuestionPurpose } from '@shared/domain/questionCoach'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toaster'
import { fieldErrors } from '../../lib/client'
import { useDraft } from '../../lib/useDraft'
import { CoachVerdict } from './CoachVerdict'
import { PurposeSelect } from './PurposeSelect'
import { purposeLabels } from './purposeLabels'
import { useAddToPlan } from './queries'
import { useQuestionCoaching } from './useQuestionCoaching'

interface QuestionDraft {
  text: string
  /** '' while the rep follows the coach's guess. */
  purpose: QuestionPurpose | ''
  /** The rep chose "not sure yet" on purpose. */
  unset: boolean
}

const emptyDraft: QuestionDraft = { text: '', purpose: '', unset: false }

/** Writes a question of the rep's own into the plan, with the coach reading along as they type. */
export function AddQuestionForm({ accountId }: { accountId: string }) {
  const { draft, update, clear } = useDraft<QuestionDraft>(`questions.add.${accountId}`, emptyDraft)
  const [error, setError] = useState<string | undefined>()
  const add = useAddToPlan(accountId)
  const toast = useToast()
  const coaching = useQuestionCoaching(draft.text)
  const guess = coaching?.purposeGuess
  const purpose: QuestionPurpose | null = draft.unset ? null : draft.purpose || guess || null
  const following = !draft.unset && draft.purpose === '' && guess !== undefined

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const parsed = questionTextSchema.safeParse(draft.text)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message)
      return
    }
    setError(undefined)
    try {
      await add.mutateAsync({ text: parsed.data, purpose, origin: 'own' })
      update(emptyDraft)
      clear()
    } catch (failure) {
      const byField = fieldErrors(failure)
      if (byField.text) setError(byField.text)
      else toast({ tone: 'error', message: failure instanceof Error ? failure.message : 'The question could not be added.' })
    }
  }

  return (
    <form className="add-question" onSubmit={onSubmit} noValidate aria-label="Add a question">
      <div className="add-question-row">
        <TextField
          label="Add a question"
          placeholder="e.g. How do you decide which routes to run each morning?"
          value={draft.text}
          error={error}
          maxLength={1000}
          autoComplete="off"
          onChange={(event) => {
            update({ text: event.target.value })
            if (error) setError(undefined)
          }}
          className="add-question-text"
        />
        <PurposeSelect
          label="Purpose"
          value={purpose}
          unsetLabel="Not sure yet"
          hint={following && guess ? `The coach's guess: ${purposeLabels[guess].label}` : undefined}
          onChange={(chosen) => update(chosen === null ? { purpose: '', unset: true } : { purpose: chosen, unset: false })}
        />
        <button type="submit" className="button button-primary add-question-submit" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add to plan'}
        </button>
      </div>
      {coaching && (
        <div aria-live="polite" className="add-question-coach">
          <CoachVerdict coaching={coaching} onUseRewrite={(rewrite) => update({ text: rewrite })} />
        </div>
      )}
    </form>
  )
}
