import { Dialog } from 'radix-ui'
import type { Account } from '@shared/contract/accounts'
import { TextField } from '../../components/TextField'
import { useDraft } from '../../lib/useDraft'
import { draftFromAccount, draftToInput, emptyDraft, validateDraft, type AccountDraft } from './accountForm'
import { useCreateAccount, useUpdateAccount } from './queries'
import { DraftFormFooter } from '../../components/DraftFormFooter'
import { useDraftSubmit } from '../../lib/useDraftSubmit'

interface AccountDialogProps {
  /** The account to edit, or undefined to create one. */
  account: Account | undefined
  onClose: () => void
  onSaved: (account: Account) => void
}

export function AccountDialog({ account, onClose, onSaved }: AccountDialogProps) {
  const { draft, restored, update, clear } = useDraft<AccountDraft>(`account.${account?.id ?? 'new'}`, account ? draftFromAccount(account) : emptyDraft)
  const create = useCreateAccount()
  const save = useUpdateAccount()
  const pending = create.isPending || save.isPending
  const { errors, failure, onSubmit } = useDraftSubmit({
    draft,
    validate: validateDraft,
    save: (current) => (account ? save.mutateAsync({ id: account.id, fields: draftToInput(current) }) : create.mutateAsync(draftToInput(current))),
    clear,
    onSaved,
  })

  function discard() {
    clear()
    onClose()
  }

  const field = (name: keyof AccountDraft) => ({
    value: draft[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => update({ [name]: event.target.value }),
  })

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title>{account ? `Edit ${account.name}` : 'New account'}</Dialog.Title>
          {restored && <p className="notice">Your unsaved changes from last time are back.</p>}
          <form onSubmit={onSubmit} noValidate className="form-grid">
            <TextField label="Name" autoFocus required {...field('name')} className="span-2" />
            <TextField label="Website" placeholder="example.com" {...field('website')} />
            <TextField label="Industry" {...field('industry')} />
            <TextField label="City" {...field('city')} />
            <TextField label="Region" hint="State, province or region" {...field('region')} />
            <TextField label="Country" {...field('country')} />
            <TextField label="Employees" inputMode="numeric" {...field('employees')} />
            <TextField label="Annual revenue" inputMode="decimal" hint="In your reporting currency" {...field('annualRevenue')} />
            <TextField label="Description" multiline {...field('description')} className="span-2" />
            <DraftFormFooter failure={failure} pending={pending} submitLabel={account ? 'Save' : 'Add account'} onDiscard={discard} wide />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
