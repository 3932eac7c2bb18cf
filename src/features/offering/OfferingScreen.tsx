import { QueryError } from '../../components/QueryError'
import { OfferingEditor } from './OfferingEditor'
import { useOffering } from './queries'

/** Know what you sell: the offering, the value it brings, and how it differs from named competitors. */
export function OfferingScreen() {
  const offering = useOffering()
  return (
    <div className="screen offering-screen">
      {offering.isPending && <p className="muted">Loading your offering…</p>}
      {offering.isError && <QueryError error={offering.error} onRetry={() => void offering.refetch()} retrying={offering.isFetching} />}
      {offering.isSuccess && <OfferingEditor offering={offering.data} />}
    </div>
  )
}
