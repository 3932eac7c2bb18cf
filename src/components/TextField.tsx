import { useId, type InputHTMLAttributes } from 'react'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string
  error?: string | undefined
  hint?: string
  multiline?: boolean
  /** Height of a multiline field, in lines. */
  rows?: number
}

/** A labelled input with its error right beneath it, announced to screen readers. */
export function TextField({ label, error, hint, multiline = false, rows = 4, className, ...inputProps }: TextFieldProps) {
  const id = useId()
  const messageId = `${id}-message`
  const described = error || hint ? messageId : undefined
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          aria-invalid={Boolean(error)}
          aria-describedby={described}
          rows={rows}
          {...(inputProps as InputHTMLAttributes<HTMLTextAreaElement>)}
        />
      ) : (
        <input id={id} aria-invalid={Boolean(error)} aria-describedby={described} {...inputProps} />
      )}
      {(error || hint) && (
        <p id={messageId} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
          {error ?? hint}
        </p>
      )}
    </div>
  )
}
