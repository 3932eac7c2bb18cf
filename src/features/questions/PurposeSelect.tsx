import { useId } from 'react'
import { questionPurposes } from '@shared/contract/questions'
import type { QuestionPurpose } from '@shared/domain/questionCoach'
import { purposeLabels } from './purposeLabels'

interface PurposeSelectProps {
  label: string
  value: QuestionPurpose | null
  onChange: (purpose: QuestionPurpose | null) => void
  /** Offer "not set": the coach then guesses the purpose for the balance. */
  unsetLabel?: string
  hideLabel?: boolean
  disabled?: boolean
  hint?: string | undefined
}

function isPurpose(value: string): value is QuestionPurpose {
  return (questionPurposes as readonly string[]).includes(value)
}

export function PurposeSelect({ label, value, onChange, unsetLabel, hideLabel = false, disabled = false, hint }: PurposeSelectProps) {
  const id = useId()
  return (
    <div className="field purpose-select">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(isPurpose(event.target.value) ? event.target.value : null)}
      >
        {unsetLabel !== undefined && <option value="">{unsetLabel}</option>}
        {questionPurposes.map((purpose) => (
          <option key={purpose} value={purpose}>
            {purposeLabels[purpose].label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}
