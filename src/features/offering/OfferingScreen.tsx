import { OfferingEditor } from './OfferingEditor'
import { useOffering } from './queries'

/** Know what you sell: the offering, the value it brings, and how it differs from named competitors. */
export function OfferingScreen() {
  const offering = useOffering()
  return (
    <div className="screen offering-screen">
      {offering.isPending && <p className="muted">Loading your offering…</p>}
      {offering.isError && (
        <p className="form-error" role="alert">
          {offering.error.message}
        </p>
      )}
      {offering.isSuccess && <OfferingEditor offering={offering.data} />}
    </div>
  )
}
