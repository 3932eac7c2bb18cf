import type { Coverage, SavedQualifier } from '@shared/contract'
import { CoverageBar } from './CoverageBar'
import { ruleSummary } from './qualifierForm'

interface QualifierRowProps {
  qualifier: SavedQualifier
  index: number
  count: number
  coverage: Coverage | undefined
  accounts: number
  onEdit: () => void
  onDelete: () => void
  onMove: (by: -1 | 1) => void
}

/** One qualifier in the profile: what it checks, how much it counts, and how the territory meets it. */
export function QualifierRow({ qualifier, index, count, coverage, accounts, onEdit, onDelete, onMove }: QualifierRowProps) {
  return (
    <li className="qualifier-row">
      <div className="qualifier-row-main">
        <h3>
          {qualifier.name}
          {qualifier.mustHave ? <span className="fit-tag fit-tag-must">Must-have</span> : <span className="fit-tag">Weight {qualifier.weight}</span>}
        </h3>
        <p className="qualifier-rule">{ruleSummary(qualifier.rule)}</p>
        {qualifier.description && <p className="muted qualifier-description">{qualifier.description}</p>}
        {coverage && <CoverageBar coverage={coverage} accounts={accounts} />}
      </div>
      <div className="qualifier-row-actions">
        <button type="button" className="button button-small button-quiet" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move ${qualifier.name} up`}>
          ↑
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move ${qualifier.name} down`}>
          ↓
        </button>
        <button type="button" className="button button-small" onClick={onEdit}>
          Edit<span className="visually-hidden"> {qualifier.name}</span>
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onDelete}>
          Delete<span className="visually-hidden"> {qualifier.name}</span>
        </button>
      </div>
    </li>
  )
}
