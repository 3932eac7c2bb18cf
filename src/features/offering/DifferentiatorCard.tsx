import { TextField } from '../../components/TextField'
import type { DifferentiatorDraft } from './offeringForm'
import { RowControls } from './RowControls'

interface DifferentiatorCardProps {
  differentiator: DifferentiatorDraft
  index: number
  count: number
  errors: Record<string, string>
  autoFocus: boolean
  onChange: (patch: Partial<DifferentiatorDraft>) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

export function DifferentiatorCard({ differentiator, index, count, errors, autoFocus, onChange, onMove, onRemove }: DifferentiatorCardProps) {
  const error = (field: keyof DifferentiatorDraft) => errors[`differentiators.${differentiator.id}.${field}`]
  const label = differentiator.competitor.trim() ? `the comparison with ${differentiator.competitor.trim()}` : `competitor ${index + 1}`
  return (
    <li className="offering-card offering-card-competitor">
      <div className="offering-card-head">
        <span className="offering-card-number">{index + 1}</span>
        <RowControls label={label} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      <div className="form-grid">
        <TextField
          label="Competitor"
          placeholder="Who the prospect might buy from instead"
          value={differentiator.competitor}
          error={error('competitor')}
          autoFocus={autoFocus}
          onChange={(event) => onChange({ competitor: event.target.value })}
        />
        <TextField
          label="How you differ"
          className="span-2"
          multiline
          placeholder="What you do that they don't, and why it matters to the customer"
          value={differentiator.howWeDiffer}
          error={error('howWeDiffer')}
          onChange={(event) => onChange({ howWeDiffer: event.target.value })}
        />
      </div>
    </li>
  )
}
