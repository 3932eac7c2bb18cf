import { useMemo, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react'
import { questionTextSchema, type PlanQuestion } from '@shared/contract/questions'
import { coachQuestion } from '@shared/domain/questionCoach'
import { useToast } from '../../components/Toaster'
import { useDraft } from '../../lib/useDraft'
import { CoachVerdict } from './CoachVerdict'
import { PurposeSelect } from './PurposeSelect'
import { purposeLabels } from './purposeLabels'
import { useUpdatePlanItem } from './queries'
import { reorderDelta } from './reorder'
import { useQuestionCoaching } from './useQuestionCoaching'

interface PlanQuestionItemProps {
  question: PlanQuestion
  index: number
  count: number
  itemRef: Ref<HTMLLIElement>
  onMove: (delta: number) => void
  onRemove: () => void
}

const originLabels: Record<PlanQuestion['origin'], string> = {
  bank: 'From the bank',
  'to-verify': 'To verify',
  own: 'Your own',
}

/** One question of the call plan: the coach's verdict, its purpose, and moving, editing or removing it. */
export function PlanQuestionItem({ question, index, count, itemRef, onMove, onRemove }: PlanQuestionItemProps) {
  const coaching = useMemo(() => coachQuestion(question.text), [question.text])
  const update = useUpdatePlanItem(question.accountId)
  const toast = useToast()
  // The edit in progress (null when not editing) is kept locally: the prep screen shows one tab at a
  // time, so leaving the Questions tab (or a reload) must not lose it.
  const { draft, update: updateDraft, clear } = useDraft<{ text: string | null }>(`questions.plan.edit.${question.id}`, { text: null })
  const editing = draft.text
  const [error, setError] = useState<string | undefined>()
  const editCoaching = useQuestionCoaching(editing ?? '')
  const guess = coaching.purposeGuess

  /** Starts, changes or (with null) ends the edit; ending it drops the kept copy. */
  function setEditing(next: string | null) {
    updateDraft({ text: next })
    if (next === null) {
      clear()
      setError(undefined)
    }
  }

  async function save(change: { text?: string; purpose?: PlanQuestion['purpose'] }): Promise<boolean> {
    try {
      await update.mutateAsync({ id: question.id, ...change })
      return true
    } catch (failure) {
      toast({ tone: 'error', message: failure instanceof Error ? failure.message : 'The change was not saved.' })
      return false
    }
  }

  async function onSaveEdit(event: FormEvent) {
    event.preventDefault()
    const parsed = questionTextSchema.safeParse(editing ?? '')
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message)
      return
    }
    if (await save({ text: parsed.data })) setEditing(null)
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    const delta = reorderDelta(event)
    if (delta !== 0) {
      event.preventDefault()
      onMove(delta)
    }
  }

  const label = `Question ${index + 1}`
  return (
    <li ref={itemRef} className="plan-item" tabIndex={0} aria-label={`${label}: ${question.text}`} onKeyDown={onKeyDown}>
      <span className="plan-number" aria-hidden>
        {index + 1}
      </span>
      <div className="plan-body">
        {editing === null ? (
          <p className="plan-text">{question.text}</p>
        ) : (
          <form className="plan-edit" onSubmit={onSaveEdit} noValidate>
            <label className="visually-hidden" htmlFor={`edit-${question.id}`}>
              Edit {label.toLowerCase()}
            </label>
            <input
              id={`edit-${question.id}`}
              value={editing}
              maxLength={1000}
              autoFocus
              aria-invalid={Boolean(error)}
              onChange={(event) => setEditing(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault()
                  setEditing(null)
                }
              }}
            />
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="toolbar">
              <button type="submit" className="button button-small button-primary" disabled={update.isPending}>
                Save
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => setEditing(null)}>
                Cancel
              </button>
            </div>
            {editCoaching && <CoachVerdict coaching={editCoaching} onUseRewrite={(rewrite) => setEditing(rewrite)} />}
          </form>
        )}
        <div className="plan-meta">
          <PurposeSelect
            label={`Purpose of ${label.toLowerCase()}`}
            hideLabel
            value={question.purpose}
            unsetLabel={guess ? `Guess: ${purposeLabels[guess].label}` : 'Not set'}
            disabled={update.isPending}
            onChange={(purpose) => void save({ purpose })}
          />
          <span className="plan-origin muted">{originLabels[question.origin]}</span>
        </div>
        {editing === null && <CoachVerdict coaching={coaching} quietWhenOpen busy={update.isPending} onUseRewrite={(rewrite) => void save({ text: rewrite })} />}
      </div>
      <div className="plan-actions">
        <button type="button" className="button button-small" disabled={index === 0} onClick={() => onMove(-1)} title="Alt+↑">
          <span aria-hidden>↑</span>
          <span className="visually-hidden">Move {label.toLowerCase()} up</span>
        </button>
        <button type="button" className="button button-small" disabled={index === count - 1} onClick={() => onMove(1)} title="Alt+↓">
          <span aria-hidden>↓</span>
          <span className="visually-hidden">Move {label.toLowerCase()} down</span>
        </button>
        {editing === null && (
          <button type="button" className="button button-small" onClick={() => setEditing(question.text)}>
            Edit<span className="visually-hidden"> {label.toLowerCase()}</span>
          </button>
        )}
        <button type="button" className="button button-small button-quiet" onClick={onRemove}>
          Remove<span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
    </li>
  )
}
