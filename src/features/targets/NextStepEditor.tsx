import { useState } from 'react'
import type { TargetEntry } from '@shared/contract/targets'
import { formatDate } from '../../lib/format'
import { NextStepForm } from './NextStepForm'

/** A target's next step and its date, edited in place. */
export function NextStepEditor({ target }: { target: TargetEntry }) {
  const [editing, setEditing] = useState(false)
  if (editing) return <NextStepForm target={target} onDone={() => setEditing(false)} />
  return (
    <button type="button" className="next-step next-step-view" onClick={() => setEditing(true)} title="Edit the next step">
      {target.nextStep ? (
        <>
          <span className="next-step-text">{target.nextStep}</span>
          {target.nextStepDue && <span className="next-step-due">by {formatDate(`${target.nextStepDue}T12:00:00`)}</span>}
        </>
      ) : (
        <span className="muted">Add a next step</span>
      )}
      <span className="visually-hidden"> for {target.name}</span>
    </button>
  )
}
