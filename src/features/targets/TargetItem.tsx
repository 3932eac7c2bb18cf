import type { AccountStatus, TargetEntry } from '@shared/contract/targets'
import { accountStatuses } from '@shared/contract/targets'
import { targetListLimits } from '@shared/domain/targetList'
import { useToast } from '../../components/Toaster'
import { plural } from '../../lib/format'
import { TargetReadiness } from '../checklist/TargetReadiness'
import { FitBadge } from './FitBadge'
import { NextStepEditor } from './NextStepEditor'
import { statusLabels } from './labels'
import { useRemoveTarget, useRestoreTarget, useSetAccountStatus } from './queries'

/** One target in the list: who it is, how well it fits, where it stands and what happens next. */
export function TargetItem({ target, index }: { target: TargetEntry; index: number }) {
  const remove = useRemoveTarget()
  const restore = useRestoreTarget()
  const setStatus = useSetAccountStatus()
  const toast = useToast()

  async function onRemove() {
    try {
      await remove.mutateAsync(target.accountId)
      toast({
        message: `Took ${target.name} off the target list.`,
        action: {
          label: 'Undo',
          onAction: () =>
            restore.mutate(target.accountId, {
              onSuccess: () => toast({ message: `${target.name} is back on the list.` }),
              onError: (error) => toast({ tone: 'error', message: error.message }),
            }),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'Could not remove the target.' })
    }
  }

  function onStatus(status: AccountStatus) {
    setStatus.mutate(
      { accountId: target.accountId, status },
      { onError: (error) => toast({ tone: 'error', message: error.message }) },
    )
  }

  const place = [target.industry, target.region ?? target.country].filter(Boolean).join(' · ')
  return (
    <tr className={index >= targetListLimits.max ? 'target-row target-row-over' : 'target-row'}>
      <td className="target-position">{index + 1}</td>
      <td>
        <a href={`#/prep/${target.accountId}`} className="target-name">
          {target.name}
        </a>
        {place && <div className="muted target-place">{place}</div>}
        {target.offLimits && <span className="off-limits-badge">Do not contact</span>}
        {target.reasonOverLimit && <div className="target-reason">Kept past {targetListLimits.max}: {target.reasonOverLimit}</div>}
      </td>
      <td>
        <FitBadge band={target.band} score={target.score} />
        {target.unknownCount > 0 && <div className="muted target-unknowns">{plural(target.unknownCount, 'thing')} to find out</div>}
      </td>
      <td className="target-readiness">
        <TargetReadiness accountId={target.accountId} name={target.name} />
      </td>
      <td>
        <select aria-label={`Status of ${target.name}`} value={target.status} onChange={(event) => onStatus(event.target.value as AccountStatus)}>
          {accountStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </td>
      <td className="target-next-step">
        <NextStepEditor target={target} />
      </td>
      <td className="target-contacts">
        {target.contactCount > 0 ? plural(target.contactCount, 'contact') : <span className="muted">No contacts yet</span>}
        {target.contactCount > 0 && target.decisionMakerCount === 0 && <div className="muted target-place">No decision maker yet</div>}
      </td>
      <td className="row-actions">
        <button type="button" className="button button-small button-quiet" onClick={() => void onRemove()} disabled={remove.isPending}>
          Remove<span className="visually-hidden"> {target.name}</span>
        </button>
      </td>
    </tr>
  )
}
