import type { FitQualifier } from '@shared/contract'
import { AssessmentControl } from './AssessmentControl'

/** One qualifier for one account: its name and weight, why it stands as it does, and the rep's control. */
export function FitQualifierItem({ accountId, qualifier }: { accountId: string; qualifier: FitQualifier }) {
  return (
    <fieldset className="fit-qualifier">
      <legend>
        {qualifier.name}
        {qualifier.mustHave ? <span className="fit-tag fit-tag-must">Must-have</span> : <span className="fit-tag">Weight {qualifier.weight}</span>}
      </legend>
      <p className="fit-reason">{qualifier.reason}</p>
      <AssessmentControl accountId={accountId} qualifier={qualifier} />
    </fieldset>
  )
}
