import { useId, useState, type KeyboardEvent } from 'react'
import { valueKey, type ValueField } from '@shared/domain/qualifiers'
import { formatCount } from '../../lib/format'
import { fieldLabels } from './qualifierForm'
import { useFieldValues } from './queries'

interface ValuesPickerProps {
  field: ValueField
  values: string[]
  error: string | undefined
  onChange: (values: string[]) => void
}

const suggestionCount = 18

/** Several values for one account field: picked from those in the territory, or typed. */
export function ValuesPicker({ field, values, error, onChange }: ValuesPickerProps) {
  const known = useFieldValues(field)
  const [typed, setTyped] = useState('')
  const id = useId()
  const chosen = new Set(values.map(valueKey))
  const filter = valueKey(typed)
  const suggestions = (known.data ?? []).filter((candidate) => filter === '' || valueKey(candidate.value).includes(filter)).slice(0, suggestionCount)

  function add(value: string) {
    const trimmed = value.trim()
    if (trimmed === '' || chosen.has(valueKey(trimmed))) return
    onChange([...values, trimmed])
  }

  function remove(value: string) {
    onChange(values.filter((candidate) => valueKey(candidate) !== valueKey(value)))
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return
    event.preventDefault()
    add(typed)
    setTyped('')
  }

  const label = fieldLabels[field].toLowerCase()
  return (
    <div className={`field values-picker ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={id}>Values that qualify</label>
      {values.length > 0 ? (
        <ul className="value-chips" aria-label="Values that qualify">
          {values.map((value) => (
            <li key={valueKey(value)} className="value-chip">
              {value}
              <button type="button" className="value-chip-remove" aria-label={`Remove ${value}`} onClick={() => remove(value)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">None yet: pick from your accounts below or type one.</p>
      )}
      <div className="values-add">
        <input
          id={id}
          value={typed}
          list={`${id}-known`}
          placeholder={`Type a ${label} and press Enter`}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="button"
          disabled={typed.trim() === ''}
          onClick={() => {
            add(typed)
            setTyped('')
          }}
        >
          Add
        </button>
      </div>
      <datalist id={`${id}-known`}>
        {(known.data ?? []).map((candidate) => (
          <option key={candidate.value} value={candidate.value} />
        ))}
      </datalist>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {suggestions.length > 0 && (
        <div className="value-suggestions" aria-label={`${fieldLabels[field]} values in your accounts`} role="group">
          {suggestions.map((candidate) => {
            const on = chosen.has(valueKey(candidate.value))
            return (
              <button
                key={candidate.value}
                type="button"
                className={on ? 'value-suggestion value-suggestion-on' : 'value-suggestion'}
                aria-pressed={on}
                onClick={() => (on ? remove(candidate.value) : add(candidate.value))}
              >
                {candidate.value} <span className="value-suggestion-count">{formatCount(candidate.count)}</span>
              </button>
            )
          })}
        </div>
      )}
      {known.isSuccess && known.data.length === 0 && <p className="field-hint">No account has a {label} yet: type the values you want.</p>}
    </div>
  )
}
