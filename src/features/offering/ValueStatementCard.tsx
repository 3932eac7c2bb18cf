import { TextField } from '../../components/TextField'
import type { ValueStatementDraft } from './offeringForm'
import { RowControls } from './RowControls'

interface ValueStatementCardProps {
  statement: ValueStatementDraft
  index: number
  count: number
  errors: Record<string, string>
  autoFocus: boolean
  onChange: (patch: Partial<ValueStatementDraft>) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

export function ValueStatementCard({ statement, index, count, errors, autoFocus, onChange, onMove, onRemove }: ValueStatementCardProps) {
  const error = (field: keyof ValueStatementDraft) => errors[`valueStatements.${statement.id}.${field}`]
  return (
    <li className="offering-card">
      <div className="offering-card-head">
        <span className="offering-card-number">{index + 1}</span>
        <RowControls label={`value statement ${index + 1}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      <div className="form-grid">
        <TextField
          label="Benefit"
          className="span-2"
          placeholder="e.g. Cuts empty truck miles by a tenth"
          hint="The money, time or risk a customer saves, in plain words."
          value={statement.benefit}
          error={error('benefit')}
          autoFocus={autoFocus}
          onChange={(event) => onChange({ benefit: event.target.value })}
        />
        <TextField
          label="For whom"
          placeholder="e.g. Dispatch managers at regional carriers"
          value={statement.forWhom}
          error={error('forWhom')}
          onChange={(event) => onChange({ forWhom: event.target.value })}
        />
        <TextField
          label="Proof"
          placeholder="e.g. A 40-truck fleet saved 12% in six months"
          value={statement.proof}
          error={error('proof')}
          onChange={(event) => onChange({ proof: event.target.value })}
        />
      </div>
    </li>
  )
}
