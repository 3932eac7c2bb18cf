import { Dialog } from 'radix-ui'

interface DraftFormFooterProps {
  /** A failure that belongs to no single field. */
  failure: string | null
  pending: boolean
  submitLabel: string
  onDiscard: () => void
  /** Spans both columns of a two-column form grid. */
  wide?: boolean
  submitTitle?: string
}

/**
 * The end of every draft-keeping form dialog: the form's own error, then Discard (drops the draft),
 * Keep as draft (closes; what was typed comes back next time) and the submit button.
 */
export function DraftFormFooter({ failure, pending, submitLabel, onDiscard, wide = false, submitTitle }: DraftFormFooterProps) {
  const span = wide ? ' span-2' : ''
  return (
    <>
      {failure && (
        <p className={`form-error${span}`} role="alert">
          {failure}
        </p>
      )}
      <div className={`dialog-actions${span}`}>
        <button type="button" className="button button-quiet" onClick={onDiscard}>
          Discard changes
        </button>
        <Dialog.Close asChild>
          <button type="button" className="button">
            Keep as draft
          </button>
        </Dialog.Close>
        <button type="submit" className="button button-primary" disabled={pending} title={submitTitle}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </>
  )
}
