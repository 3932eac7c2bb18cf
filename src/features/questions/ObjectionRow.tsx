import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react'
import { objectionFieldsSchema, type Objection } from '@shared/contract/questions'
import { TextField } from '../../components/TextField'
import { autosaveLabels, readBackup, useCheckedAutosave } from '../../lib/useBackedUpAutosave'
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
  const backupKey = `objection.${objection.id}`
  const [restored] = useState(() => {
    const backup = readBackup<ObjectionText>(backupKey)
    return backup && typeof backup.reaction === 'string' && typeof backup.answer === 'string' && !sameAs(backup, objection) ? backup : undefined
  })
  const [text, setText] = useState<ObjectionText>(() => restored ?? { reaction: objection.reaction, answer: objection.answer ?? '' })
  const update = useUpdateObjection()
  const { state, schedule, flush, errors } = useCheckedAutosave(backupKey, {
    schema: objectionFieldsSchema,
    toInput: (value: ObjectionText) => value,
    send: (fields) => update.mutateAsync({ id: objection.id, fields }),
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
        <TextField
          label="They might say"
          multiline
          rows={2}
          maxLength={1000}
          value={text.reaction}
          error={errors.reaction}
          onChange={(event) => change({ reaction: event.target.value })}
          onBlur={() => void flush()}
        />
        <TextField
          label="My planned answer"
          multiline
          rows={2}
          maxLength={4000}
          value={text.answer}
          placeholder="How you will respond"
          error={errors.answer}
          onChange={(event) => change({ answer: event.target.value })}
          onBlur={() => void flush()}
        />
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
