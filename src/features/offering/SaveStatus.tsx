interface SaveStatusProps {
  saving: boolean
  /** What the screen holds differs from what is stored. */
  dirty: boolean
  /** Fields are marked with errors, so nothing is sent until they are fixed. */
  invalid: boolean
  /** The store refused or could not be reached. */
  failure: string | null
  onRetry: () => void
}

/** Where the autosave stands, in a few words, announced politely to screen readers. */
export function SaveStatus({ saving, dirty, invalid, failure, onRetry }: SaveStatusProps) {
  let text: string
  let tone: 'ok' | 'busy' | 'error'
  if (saving) [text, tone] = ['Saving…', 'busy']
  else if (invalid && dirty) [text, tone] = ['Not saved: fix the marked field', 'error']
  else if (failure && dirty) [text, tone] = [`Not saved: ${failure}`, 'error']
  else if (dirty) [text, tone] = ['Unsaved changes', 'busy']
  else [text, tone] = ['Saved', 'ok']
  return (
    <div className={`save-status save-status-${tone}`} role="status" aria-live="polite">
      <span>{text}</span>
      {tone === 'error' && !invalid && (
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
