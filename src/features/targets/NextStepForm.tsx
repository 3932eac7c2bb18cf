import type { KeyboardEvent } from 'react'
import { nextStepInputSchema, type TargetEntry } from '@shared/contract/targets'
import { issuesByField } from '../../lib/client'
import { useDraft } from '../../lib/useDraft'
import { useDraftSubmit } from '../../lib/useDraftSubmit'
import { useSetNextStep } from './queries'

interface NextStepDraft {
  text: string
  due: string
}

/** What was typed survives Escape, a closed screen or a crash until it is saved or cancelled. */
export function NextStepForm({ target, onDone }: { target: TargetEntry; onDone: () => void }) {
  const initial: NextStepDraft = { text: target.nextStep ?? '', due: target.nextStepDue ?? '' }
  const { draft, restored, update, clear } = useDraft<NextStepDraft>(`target.nextStep.${target.accountId}`, initial)
  const save = useSetNextStep()
  const { errors, failure, onSubmit } = useDraftSubmit({
    draft,
    validate: ({ text, due }) => {
      const checked = nextStepInputSchema.safeParse({ accountId: target.accountId, text, due })
      return checked.success ? {} : issuesByField(checked.error)
    },
    save: ({ text, due }) => save.mutateAsync({ accountId: target.accountId, text, due }),
    clear,
    onSaved: onDone,
  })

  /** Cancel discards what was typed. */
  function onCancel() {
    clear()
    onDone()
  }

  /** Escape only closes: what was typed is kept and comes back when the rep opens the next step again. */
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onDone()
    }
  }

  return (
    <form className="next-step next-step-edit" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      {restored && <p className="field-hint">Your unsaved next step is back.</p>}
      <div className="next-step-fields">
        <input
          aria-label={`Next step for ${target.name}`}
          aria-invalid={Boolean(errors.text)}
          placeholder="e.g. Call the ops director about the Q3 rollout"
          autoFocus
          value={draft.text}
          onChange={(event) => update({ text: event.target.value })}
        />
        <input
          type="date"
          aria-label={`Due date for ${target.name}`}
          aria-invalid={Boolean(errors.due)}
          value={draft.due}
          onChange={(event) => update({ due: event.target.value })}
        />
      </div>
      {(errors.text || errors.due) && (
        <p className="field-error" role="alert">
          {errors.text ?? errors.due}
        </p>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="next-step-actions">
        <button type="submit" className="button button-small button-primary" disabled={save.isPending}>
          Save
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
