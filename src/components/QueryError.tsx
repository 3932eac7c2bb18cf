interface QueryErrorProps {
  /** What went wrong; a plain fallback is shown when there is no message. */
  error: Error | null | undefined
  /** Loads again, e.g. a query's refetch. */
  onRetry: () => void
  /** While the retry is under way, so a second click does not pile up calls. */
  retrying?: boolean
}

/** A load that failed: what happened, and a way to try again without leaving the screen. */
export function QueryError({ error, onRetry, retrying = false }: QueryErrorProps) {
  return (
    <div className="toolbar query-error" role="alert">
      <p className="form-error">{error?.message || 'Something went wrong while loading this.'}</p>
      <button type="button" className="button button-small" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  )
}
