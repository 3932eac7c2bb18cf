import { useId, useState } from 'react'
import { QueryError } from '../../components/QueryError'
import { formatDate } from '../../lib/format'
import type { PrepTabProps } from '../prep/prepTabs'
import { AnalysisFormEditor } from './AnalysisFormEditor'
import { fitVerdictLabels } from './analysisLabels'
import { EarlierCallForm } from './EarlierCallForm'
import { useAccountAnalysis } from './queries'

const current = 'current'

/** Prep tab: the Prospect Analysis Form, one version per call, with earlier calls' forms to read back. */
export function AnalysisFormPanel({ accountId }: PrepTabProps) {
  const pickerId = useId()
  const analysis = useAccountAnalysis(accountId)
  const [viewing, setViewing] = useState<string>(current)

  if (analysis.isError) return <QueryError error={analysis.error} onRetry={() => void analysis.refetch()} retrying={analysis.isFetching} />
  if (!analysis.data) return <p className="muted">Loading the form…</p>
  const { current: version, earlier } = analysis.data
  const earlierShown = earlier.find((v) => v.id === viewing)

  return (
    <div className="analysis-panel">
      <div className="panel-header">
        <div>
          <h2>Prospect Analysis Form</h2>
          <p className="muted">Keep it open on the call and note what you learn as you hear it. It saves as you type, and each call keeps its own version.</p>
        </div>
      </div>
      {earlier.length > 0 && (
        <div className="analysis-versions">
          <label htmlFor={pickerId}>Show the form from</label>
          <select id={pickerId} value={earlierShown ? earlierShown.id : current} onChange={(event) => setViewing(event.target.value)}>
            <option value={current}>Call {version?.callNumber ?? earlier.length + 1} (this call)</option>
            {earlier.map((v) => (
              <option key={v.id} value={v.id}>
                Call {v.callNumber} · {formatDate(v.createdAt)} · {fitVerdictLabels[v.verdict]}
              </option>
            ))}
          </select>
        </div>
      )}
      {earlierShown ? (
        <EarlierCallForm versionId={earlierShown.id} callNumber={earlierShown.callNumber} onBack={() => setViewing(current)} />
      ) : (
        <AnalysisFormEditor key={`${accountId}.${version?.callNumber ?? 1}`} accountId={accountId} version={version} />
      )}
    </div>
  )
}
