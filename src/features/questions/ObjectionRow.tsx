import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import { objectionFieldsSchema, type Objection } from '@shared/contract/questions'
import { issuesByField, saveErrors } from '../../lib/client'
import { autosaveLabels, readBackup, useBackedUpAutosave } from '../../lib/useBackedUpAutosave'
import { useUpdateObjection } from './objectionQueries'
import { reorderDelta } from './reorder'

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

function sameAs(value: ObjectionText, objection: Objection): boolean {
  return value.reaction === objection.reaction && value.answer === (objection.answer ?? '')
}

/** One reaction and the planned answer, edited in place and saved as the rep types. */
export function ObjectionRow({ objection, index, count, onMove, onDelete, extraAction }: ObjectionRowProps) {
  const id = useId()
  const backupKey = `objection.${objection.id}`
  const [restored] = useState(() => {
    const backup = readBackup<ObjectionText>(backupKey)
    return backup && typeof backup.reaction === 'string' && typeof backup.answer === 'string' && !sameAs(backup, objection) ? backup : undefined
  })
  const [text, setText] = useState<ObjectionText>(() => restored ?? { reaction: objection.reaction, answer: objection.answer ?? '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const update = useUpdateObjection()
  const { state, schedule, flush } = useBackedUpAutosave<ObjectionText>(backupKey, async (value) => {
    const parsed = objectionFieldsSchema.safeParse(value)
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error))
      return false
    }
    try {
      await update.mutateAsync({ id: objection.id, fields: value })
      setErrors({})
      return true
    } catch (error) {
      setErrors(saveErrors(error))
      return false
    }
  })

  // What was typed before a reload or a crash goes to the store as soon as the row is back.
  useEffect(() => {
    if (restored) schedule(restored)
  }, [restored, schedule])

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
        {restored && <p className="notice">What you typed last time had not been saved yet. It is back, and saving now.</p>}
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
            onBlur={() => void flush()}
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
            onBlur={() => void flush()}
          />
          {errors.answer && (
            <p id={`${id}-answer-error`} className="field-error" role="alert">
              {errors.answer}
            </p>
          )}
        </div>
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
      </div>
      <div className="objection-actions">
        <span className={`save-state save-state-${state}`} aria-live="polite">
          {autosaveLabels[state]}
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
            void flush()
            onDelete()
          }}
        >
          Delete<span className="visually-hidden"> {label}</span>
        </button>
      </div>
    </li>
  )
}
