import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { CallError } from '../../lib/client'

/** An address that names no account Groundwork has: deleted since, or not an account id at all. */
function isMissingAccount(error: Error): boolean {
  return error instanceof CallError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_INPUT')
}

/**
 * What a screen about one account shows when that account could not be read: a way back to the target
 * list when it is gone, or the reason and Try again when the read itself failed.
 */
export function AccountUnavailable({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  if (isMissingAccount(error)) {
    return (
      <EmptyState
        title="This account is not here any more"
        actions={
          <a className="button button-primary" href="#/targets">
            Open the target list
          </a>
        }
      >
        <p>It may have been deleted, or the link is out of date. Pick a target from your list to carry on.</p>
      </EmptyState>
    )
  }
  return <QueryError error={error} onRetry={onRetry} retrying={retrying} />
}
