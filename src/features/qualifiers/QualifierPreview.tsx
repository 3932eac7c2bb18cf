import type { QualifierRule } from '@shared/domain/qualifiers'
import { QueryError } from '../../components/QueryError'
import { formatCount } from '../../lib/format'
import { CoverageBar } from './CoverageBar'
import { useQualifierPreview } from './queries'
import { useDebouncedValue } from '../../lib/useDebouncedValue'

/** Live: how the rule being edited would split the territory. */
export function QualifierPreview({ rule: editing, qualifierId }: { rule: QualifierRule | null; qualifierId: string | null }) {
  const rule = useDebouncedValue(editing, 250)
  const preview = useQualifierPreview(rule, qualifierId)
  return (
    <section className="qualifier-preview" aria-label="Across your territory" aria-live="polite">
      <h3>Across your territory</h3>
      {editing === null && <p className="muted">Complete the rule to see how many accounts it fits.</p>}
      {editing !== null && preview.isError && (
        <QueryError error={preview.error} onRetry={() => void preview.refetch()} retrying={preview.isFetching} />
      )}
      {editing !== null && preview.data && (
        <>
          <p className="muted">Of {formatCount(preview.data.accounts)} accounts:</p>
          <CoverageBar coverage={preview.data} accounts={preview.data.accounts} />
        </>
      )}
    </section>
  )
}
