import { QueryError } from '../../components/QueryError'
import { AnalysisFormView } from './AnalysisFormView'
import { useAnalysisVersion } from './queries'

/** An earlier call's form, read-only. */
export function EarlierCallForm({ versionId, callNumber, onBack }: { versionId: string; callNumber: number; onBack: () => void }) {
  const version = useAnalysisVersion(versionId)
  return (
    <div className="analysis-earlier">
      <p className="notice analysis-earlier-note">
        This is the form from call {callNumber}, kept as it was. It cannot be changed.{' '}
        <button type="button" className="button button-small" onClick={onBack}>
          Back to this call
        </button>
      </p>
      {version.isError && <QueryError error={version.error} onRetry={() => void version.refetch()} retrying={version.isFetching} />}
      {version.data ? <AnalysisFormView fields={version.data.fields} /> : !version.isError && <p className="muted">Loading…</p>}
    </div>
  )
}
