import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import { objectionFieldsSchema, type Objection } from '@shared/contract/questions'
import { toFieldIssues } from '@shared/contract/envelope'
import { fieldErrors } from '../../lib/client'
import { useUpdateObjection } from './objectionQueries'
import { reorderDelta } from './reorder'
import { useAutosave, type SaveState } from './useAutosave'

interface ObjectionRowProps {
  objection: Objection
  index: number
  count: number
  onMove: (delta: number) => void
  onDelete: () => void
  /** e.g. "Use for this account" on a reusable reaction. */
  extraAction?: ReactNode
}

interface ObjectionText {
  reaction: string
  answer: string
}

const stateLabels: Record<SaveState, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved',
}

/** One reaction and the planned answer, edited in place and saved as the rep types. */
export function ObjectionRow({ objection, index, count, onMove, onDelete, extraAction }: ObjectionRowProps) {
  const id = useId()
  const [text, setText] = useState<ObjectionText>({ reaction: objection.reaction, answer: objection.answer ?? '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const update = useUpdateObjection()
  const { state, schedule, flush } = useAutosave<ObjectionText>(async (value) => {
    const parsed = objectionFieldsSchema.safeParse(value)
    if (!parsed.success) {
      const found: Record<string, string> = {}
      for (const issue of toFieldIssues(parsed.error)) found[issue.path] ??= issue.message
      setErrors(found)
      return false
    }
    try {
      await update.mutateAsync({ id: objection.id, fields: value })
      setErrors({})
      return true
    } catch (error) {
      const byField = fieldErrors(error)
      setErrors(Object.keys(byField).length > 0 ? byField : { reaction: error instanceof Error ? error.message : 'Not saved.' })
      return false
    }
  })

  function change(patch: Partial<ObjectionText>) {
    const next = { ...text, ...patch }
    setText(next)
    schedule(next)
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    const delta = reorderDelta(event)
    if (delta !== 0) {
      event.preventDefault()
      onMove(delta)
    }
  }

  const label = `reaction ${index + 1}`
  return (
    <li className="objection-row" onKeyDown={onKeyDown}>
      <div className="objection-fields">
        <div className={errors.reaction ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-reaction`}>They might say</label>
          <textarea
            id={`${id}-reaction`}
            rows={2}
            maxLength={1000}
            value={text.reaction}
            aria-invalid={Boolean(errors.reaction)}
            aria-describedby={errors.reaction ? `${id}-reaction-error` : undefined}
            onChange={(event) => change({ reaction: event.target.value })}
            onBlur={flush}
          />
          {errors.reaction && (
            <p id={`${id}-reaction-error`} className="field-error" role="alert">
              {errors.reaction}
            </p>
          )}
        </div>
        <div className={errors.answer ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-answer`}>My planned answer</label>
          <textarea
            id={`${id}-answer`}
            rows={2}
            maxLength={4000}
            value={text.answer}
            placeholder="How you will respond"
            aria-invalid={Boolean(errors.answer)}
            aria-describedby={errors.answer ? `${id}-answer-error` : undefined}
            onChange={(event) => change({ answer: event.target.value })}
            onBlur={flush}
          />
          {errors.answer && (
            <p id={`${id}-answer-error`} className="field-error" role="alert">
              {errors.answer}
            </p>
          )}
        </div>
      </div>
      <div className="objection-actions">
        <span className={`save-state save-state-${state}`} aria-live="polite">
          {stateLabels[state]}
        </span>
        {extraAction}
        <button type="button" className="button button-small" disabled={index === 0} onClick={() => onMove(-1)} title="Alt+↑">
          <span aria-hidden>↑</span>
          <span className="visually-hidden">Move {label} up</span>
        </button>
        <button type="button" className="button button-small" disabled={index === count - 1} onClick={() => onMove(1)} title="Alt+↓">
          <span aria-hidden>↓</span>
          <span className="visually-hidden">Move {label} down</span>
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            flush()
            onDelete()
          }}
        >
          Delete<span className="visually-hidden"> {label}</span>
        </button>
      </div>
    </li>
  )
}
