import { useId } from 'react'
import type { FitQualifier } from '@shared/contract'
import type { QualifierStatus } from '@shared/domain/qualifiers'
import { useToast } from '../../components/Toaster'
import { AssessmentNote } from './AssessmentNote'
import { statusLabels } from './fitLabels'
import { useClearAssessment, useSetAssessment } from './queries'

type Choice = QualifierStatus | 'record'

const statuses: QualifierStatus[] = ['met', 'not-met', 'unknown']

/**
 * Met / not met / unknown for one qualifier on one account, with an optional note. A qualifier the
 * record can answer (industry, size…) also offers "as recorded", which drops the rep's override.
 */
export function AssessmentControl({ accountId, qualifier }: { accountId: string; qualifier: FitQualifier }) {
  const set = useSetAssessment()
  const clear = useClearAssessment()
  const toast = useToast()
  const group = useId()
  const pending = set.isPending || clear.isPending
  const stored: Choice = qualifier.assessment?.status ?? (qualifier.fromRecord ? 'record' : 'unknown')
  // Shows the rep's choice at once; the score follows when the store answers.
  const chosen: Choice = set.isPending && set.variables ? set.variables.status : clear.isPending ? 'record' : stored
  const options: { value: Choice; label: string }[] = [
    ...(qualifier.fromRecord ? [{ value: 'record' as const, label: `As recorded (${statusLabels[qualifier.fromRecord.status].toLowerCase()})` }] : []),
    ...statuses.map((status) => ({ value: status, label: statusLabels[status] })),
  ]
  const onError = (error: Error) => toast({ tone: 'error', message: error.message })

  function choose(choice: Choice) {
    if (choice === stored) return
    if (choice === 'record') clear.mutate({ accountId, qualifierId: qualifier.qualifierId }, { onError })
    else set.mutate({ accountId, qualifierId: qualifier.qualifierId, status: choice, note: qualifier.assessment?.note ?? null }, { onError })
  }

  // A note belongs to the rep's own assessment; evidence always has one to write (unknown until found out).
  const canNote = qualifier.assessment !== null || qualifier.fromRecord === null
  return (
    <div className="assessment">
      <div className="status-switch" role="radiogroup" aria-label={`How “${qualifier.name}” stands for this account`}>
        {options.map((option) => (
          <label key={option.value} className={option.value === chosen ? 'status-switch-option status-switch-on' : 'status-switch-option'}>
            <input
              type="radio"
              name={group}
              value={option.value}
              checked={option.value === chosen}
              disabled={pending}
              onChange={() => choose(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {canNote && <AssessmentNote accountId={accountId} qualifier={qualifier} />}
    </div>
  )
}
