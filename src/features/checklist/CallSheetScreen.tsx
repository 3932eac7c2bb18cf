import { useEffect } from 'react'
import { EmptyState } from '../../components/EmptyState'
import { AccountUnavailable } from '../prep/AccountUnavailable'
import { CallSheet } from './CallSheet'
import { useCallSheet } from './queries'

/** #/sheet/<accountId>: the printable one-page brief of one target. */
export function CallSheetScreen({ subpath }: { subpath: string }) {
  const [accountId = ''] = subpath.split('/')
  if (!accountId) {
    return (
      <div className="screen">
        <EmptyState
          title="Choose a target for its call sheet"
          actions={
            <a className="button button-primary" href="#/queue">
              Open the call queue
            </a>
          }
        >
          <p>A call sheet is the one-page brief of one target. Open it from the call queue or from a target’s call prep.</p>
        </EmptyState>
      </div>
    )
  }
  return <SheetFor accountId={accountId} />
}

function SheetFor({ accountId }: { accountId: string }) {
  const sheet = useCallSheet(accountId)
  const name = sheet.data?.account.name

  // The title names the printed page and the saved PDF.
  useEffect(() => {
    if (name === undefined) return
    const previous = document.title
    document.title = `Call sheet – ${name}`
    return () => {
      document.title = previous
    }
  }, [name])

  return (
    <div className="screen call-sheet-screen">
      {sheet.isPending && <p className="muted">Preparing the call sheet…</p>}
      {sheet.isError && <AccountUnavailable error={sheet.error} onRetry={() => void sheet.refetch()} retrying={sheet.isFetching} />}
      {sheet.data && <CallSheet sheet={sheet.data} />}
    </div>
  )
}
