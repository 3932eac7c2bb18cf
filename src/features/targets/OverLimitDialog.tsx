import { Dialog } from 'radix-ui'
import { useMemo, useState } from 'react'
import type { TargetAddInput } from '@shared/contract/targets'
import { targetListLimits } from '@shared/domain/targetList'
import { QueryError } from '../../components/QueryError'
import { TextField } from '../../components/TextField'
import { useDraft } from '../../lib/useDraft'
import { useDraftSubmit } from '../../lib/useDraftSubmit'
import { FitBadge } from './FitBadge'
import { bandWeakness } from './labels'
import { useTargets } from './queries'
import type { PendingAddition } from './useTargetAdder'

interface OverLimitDialogProps {
  pending: PendingAddition
  busy: boolean
  onResolve: (choice: Pick<TargetAddInput, 'reason' | 'swapOutAccountId'>) => Promise<void>
  onCancel: () => void
}

type Choice = 'swap' | 'reason'

/** Going past 20 is a conscious choice: swap a weaker target out, or write down why this one earns a place. */
export function OverLimitDialog({ pending, busy, onResolve, onCancel }: OverLimitDialogProps) {
  const targets = useTargets()
  const canSwap = pending.accounts.length === 1
  // One draft per set of accounts, so a reason written for one never turns up for another.
  const draftKey = `targets.overLimitReason.${pending.accounts
    .map((account) => account.id)
    .sort()
    .join('+')}`
  const { draft, restored, update, clear } = useDraft(draftKey, { reason: '' })
  const reasonRestored = restored && draft.reason.trim() !== ''
  const [choice, setChoice] = useState<Choice>(canSwap && !reasonRestored ? 'swap' : 'reason')
  const [swapOut, setSwapOut] = useState<string | null>(null)

  const weakestFirst = useMemo(
    () =>
      [...(targets.data ?? [])].sort(
        (a, b) => bandWeakness[a.band] - bandWeakness[b.band] || a.score - b.score || a.name.localeCompare(b.name),
      ),
    [targets.data],
  )
  const names = pending.accounts.map((account) => account.name)
  const subject = names.length === 1 ? names[0] : `${names.length} accounts`

  const { errors, failure, onSubmit } = useDraftSubmit({
    draft: { reason: draft.reason, choice, swapOut },
    validate: (current): Record<string, string> => {
      if (current.choice === 'swap' && !current.swapOut) return { swapOutAccountId: 'Choose the target to take off the list' }
      if (current.choice === 'reason' && current.reason.trim() === '') return { reason: `Say why the list should go past ${targetListLimits.max}` }
      return {}
    },
    save: (current) => onResolve(current.choice === 'swap' && current.swapOut ? { swapOutAccountId: current.swapOut } : { reason: current.reason }),
    clear,
    // Resolving closes the dialog.
    onSaved: () => undefined,
  })

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog over-limit-dialog">
          <Dialog.Title>Your list is full</Dialog.Title>
          <Dialog.Description className="muted">
            {pending.message} Fewer, better-prepared calls beat the numbers game.
          </Dialog.Description>
          <form onSubmit={onSubmit} noValidate className="over-limit-form">
            {reasonRestored && <p className="notice">Your unsaved reason from last time is back.</p>}
            <fieldset className="over-limit-choices">
              <legend className="visually-hidden">How to make room for {subject}</legend>
              {canSwap && (
                <label className="choice">
                  <input type="radio" name="over-limit" checked={choice === 'swap'} onChange={() => setChoice('swap')} />
                  Swap it for one of your targets
                </label>
              )}
              <label className="choice">
                <input type="radio" name="over-limit" checked={choice === 'reason'} onChange={() => setChoice('reason')} />
                Keep {canSwap ? 'it' : 'them'} too, and note why
              </label>
            </fieldset>

            {choice === 'swap' && (
              <div className="swap-list" role="radiogroup" aria-label="Target to take off the list (weakest fit first)">
                {targets.isPending && <p className="muted">Loading your targets…</p>}
                {targets.isError && <QueryError error={targets.error} onRetry={() => void targets.refetch()} retrying={targets.isFetching} />}
                {weakestFirst.map((target) => (
                  <label key={target.accountId} className={swapOut === target.accountId ? 'swap-option swap-option-chosen' : 'swap-option'}>
                    <input
                      type="radio"
                      name="swap-out"
                      value={target.accountId}
                      checked={swapOut === target.accountId}
                      onChange={() => setSwapOut(target.accountId)}
                    />
                    <span className="swap-option-name">{target.name}</span>
                    <FitBadge band={target.band} score={target.score} />
                    <span className="muted swap-option-step">{target.nextStep ?? 'No next step yet'}</span>
                  </label>
                ))}
                {errors.swapOutAccountId && (
                  <p className="field-error" role="alert">
                    {errors.swapOutAccountId}
                  </p>
                )}
              </div>
            )}

            {choice === 'reason' && (
              <TextField
                label={`Why go past ${targetListLimits.max}?`}
                multiline
                autoFocus
                required
                value={draft.reason}
                error={errors.reason}
                hint="Kept with the target, so you can revisit the choice later."
                onChange={(event) => update({ reason: event.target.value })}
              />
            )}

            {failure && (
              <p className="form-error" role="alert">
                {failure}
              </p>
            )}
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  Cancel
                </button>
              </Dialog.Close>
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? 'Saving…' : choice === 'swap' ? 'Swap' : `Add ${canSwap ? 'it' : 'them'} anyway`}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
