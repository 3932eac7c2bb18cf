import { useState } from 'react'
import type { TargetAddInput, TargetAddResult } from '@shared/contract/targets'
import { targetListLimits } from '@shared/domain/targetList'
import { useToast } from '../../components/Toaster'
import { CallError } from '../../lib/client'
import { plural } from '../../lib/format'
import { useAddTargets, useUndoAddition } from './queries'

export interface AccountToAdd {
  id: string
  name: string
}

/** Accounts waiting on the rep's choice: swap one target out, or say why the list grows past 20. */
export interface PendingAddition {
  accounts: AccountToAdd[]
  message: string
}

function addedMessage(result: TargetAddResult, accounts: readonly AccountToAdd[]): string {
  const first = accounts.find((account) => account.id === result.added[0])
  const what = result.added.length === 1 && first ? first.name : plural(result.added.length, 'account')
  const already = result.alreadyListed.length > 0 ? ` (${plural(result.alreadyListed.length, 'was', 'were')} already on it)` : ''
  return `Added ${what} to the target list: ${result.count} of ${targetListLimits.min}–${targetListLimits.max}${already}.`
}

/**
 * Adds accounts to the target list. When the server says the list would pass 20, the accounts wait
 * in `pending` until the rep answers the over-limit dialog.
 */
export function useTargetAdder(onAdded?: (result: TargetAddResult) => void) {
  const add = useAddTargets()
  const undo = useUndoAddition()
  const toast = useToast()
  const [pending, setPending] = useState<PendingAddition | null>(null)

  function announce(result: TargetAddResult, accounts: readonly AccountToAdd[]) {
    onAdded?.(result)
    if (result.added.length === 0) {
      toast({ message: accounts.length === 1 ? 'That account is already on the target list.' : 'Those accounts are already on the target list.' })
      return
    }
    toast({
      message: addedMessage(result, accounts),
      action: {
        label: 'Undo',
        onAction: () =>
          undo.mutate(
            { added: result.added, swappedOut: result.swappedOut },
            { onError: (error) => toast({ tone: 'error', message: error.message || 'Could not undo the addition.' }) },
          ),
      },
    })
  }

  async function addToList(accounts: AccountToAdd[]): Promise<void> {
    if (accounts.length === 0) return
    try {
      announce(await add.mutateAsync({ accountIds: accounts.map((account) => account.id) }), accounts)
    } catch (error) {
      if (error instanceof CallError && error.code === 'LIMIT_REACHED') setPending({ accounts, message: error.message })
      else toast({ tone: 'error', message: error instanceof Error ? error.message : 'Could not add to the target list.' })
    }
  }

  /** The rep's answer from the over-limit dialog; throws so the dialog can show what went wrong. */
  async function resolvePending(choice: Pick<TargetAddInput, 'reason' | 'swapOutAccountId'>): Promise<void> {
    if (!pending) return
    const result = await add.mutateAsync({ accountIds: pending.accounts.map((account) => account.id), ...choice })
    setPending(null)
    announce(result, pending.accounts)
  }

  return { addToList, resolvePending, pending, cancelPending: () => setPending(null), isAdding: add.isPending }
}
