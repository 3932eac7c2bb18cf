import { useState, type FormEvent } from 'react'
import { bankQuestionFieldsSchema, type BankQuestion } from '@shared/contract/questions'
import type { QuestionPurpose } from '@shared/domain/questionCoach'
import { useToast } from '../../components/Toaster'
import { issuesByField, saveErrors } from '../../lib/client'
import { useDraft } from '../../lib/useDraft'
import { CoachVerdict } from './CoachVerdict'
import { PurposeSelect } from './PurposeSelect'
import { useDeleteBankQuestion, useRestoreBankQuestion, useUpdateBankQuestion } from './queries'
import { useQuestionCoaching } from './useQuestionCoaching'

interface BankEdit {
  text: string
  purpose: QuestionPurpose
}

/** One bank question: read, or edited in place with the coach reading along. */
export function BankQuestionRow({ question }: { question: BankQuestion }) {
  // The edit in progress (null when not editing) is kept locally, so leaving the screen or a reload keeps it.
  const { draft, update, clear } = useDraft<{ edit: BankEdit | null }>(`questions.bank.edit.${question.id}`, { edit: null })
  const editing = draft.edit
  const [errors, setErrors] = useState<Record<string, string>>({})
  const save = useUpdateBankQuestion()
  const remove = useDeleteBankQuestion()
  const restore = useRestoreBankQuestion()
  const toast = useToast()
  const coaching = useQuestionCoaching(editing?.text ?? '')

  /** Starts, changes or (with null) ends the edit; ending it drops the kept copy. */
  function setEditing(next: BankEdit | null) {
    update({ edit: next })
    if (next === null) {
      clear()
      setErrors({})
    }
  }

  async function onSave(event: FormEvent) {
    event.preventDefault()
    if (!editing) return
    const parsed = bankQuestionFieldsSchema.safeParse(editing)
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error))
      return
    }
    try {
      await save.mutateAsync({ id: question.id, fields: editing })
      setEditing(null)
    } catch (error) {
      setErrors(saveErrors(error))
    }
  }

  async function onDelete() {
    try {
      await remove.mutateAsync(question.id)
      toast({
        message: 'Question deleted from the bank. Plans that use it keep their copy.',
        action: { label: 'Undo', onAction: () => restore.mutate(question.id, { onError: (error) => toast({ tone: 'error', message: error.message }) }) },
      })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'The question was not deleted.' })
    }
  }

  if (editing) {
    return (
      <li className="bank-item bank-item-editing">
        <form className="bank-edit" onSubmit={onSave} noValidate>
          <div className={errors.text ? 'field field-invalid' : 'field'}>
            <label htmlFor={`bank-edit-${question.id}`}>Question</label>
            <input
              id={`bank-edit-${question.id}`}
              value={editing.text}
              maxLength={1000}
              autoFocus
              aria-invalid={Boolean(errors.text)}
              onChange={(event) => setEditing({ ...editing, text: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setEditing(null)
              }}
            />
            {errors.text && (
              <p className="field-error" role="alert">
                {errors.text}
              </p>
            )}
          </div>
          <PurposeSelect label="Purpose" value={editing.purpose} onChange={(purpose) => purpose && setEditing({ ...editing, purpose })} />
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
          <div className="toolbar">
            <button type="submit" className="button button-small button-primary" disabled={save.isPending}>
              Save
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
          {coaching && <CoachVerdict coaching={coaching} onUseRewrite={(rewrite) => setEditing({ ...editing, text: rewrite })} />}
        </form>
      </li>
    )
  }
  return (
    <li className="bank-item">
      <span className="bank-text">{question.text}</span>
      {question.origin === 'own' && <span className="bank-origin muted">Yours</span>}
      <span className="row-actions">
        <button type="button" className="button button-small" onClick={() => setEditing({ text: question.text, purpose: question.purpose })}>
          Edit<span className="visually-hidden"> {question.text}</span>
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => void onDelete()}>
          Delete<span className="visually-hidden"> {question.text}</span>
        </button>
      </span>
    </li>
  )
}
