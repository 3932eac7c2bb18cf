import { Dialog } from 'radix-ui'
import { accountDoNotContactSchema, contactDoNotContactSchema } from '@shared/contract/contacts'
import { TextField } from '../../components/TextField'
import { issuesByField } from '../../lib/client'
import { useDraft } from '../../lib/useDraft'
import { useDraftSubmit } from '../../lib/useDraftSubmit'
import { useSetAccountDoNotContact, useSetContactDoNotContact } from './queries'

/** Whose flag changes: one person, or the whole company. */
export type DoNotContactSubject = { kind: 'contact'; id: string; name: string } | { kind: 'account'; accountId: string; name: string }

interface DoNotContactDialogProps {
  subject: DoNotContactSubject
  /** true to mark, false to lift. */
  doNotContact: boolean
  onClose: () => void
  onDone: () => void
}

function subjectKey(subject: DoNotContactSubject): string {
  return subject.kind === 'contact' ? `contact.${subject.id}` : `account.${subject.accountId}`
}

/**
 * Marking takes one click and an optional reason, so nothing slows down honouring a request. Lifting
 * asks for a reason, which is kept in the record with the date.
 */
export function DoNotContactDialog({ subject, doNotContact, onClose, onDone }: DoNotContactDialogProps) {
  const { draft, update, clear } = useDraft<{ reason: string }>(`doNotContact.${doNotContact ? 'mark' : 'lift'}.${subjectKey(subject)}`, { reason: '' })
  const forContact = useSetContactDoNotContact()
  const forAccount = useSetAccountDoNotContact()
  const pending = forContact.isPending || forAccount.isPending
  const { errors, failure, onSubmit } = useDraftSubmit({
    draft,
    validate: ({ reason }) => {
      const parsed =
        subject.kind === 'contact'
          ? contactDoNotContactSchema.safeParse({ id: subject.id, doNotContact, reason })
          : accountDoNotContactSchema.safeParse({ accountId: subject.accountId, doNotContact, reason })
      return parsed.success ? {} : issuesByField(parsed.error)
    },
    save: ({ reason }) =>
      subject.kind === 'contact'
        ? forContact.mutateAsync({ id: subject.id, doNotContact, reason })
        : forAccount.mutateAsync({ accountId: subject.accountId, doNotContact, reason }),
    clear,
    onSaved: onDone,
  })

  const who = subject.kind === 'account' ? `anyone at ${subject.name}` : subject.name
  const title = doNotContact ? `Do not contact ${who}` : `Allow contacting ${who} again`

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dnc-dialog" aria-describedby={undefined}>
          <Dialog.Title>{title}</Dialog.Title>
          <form onSubmit={onSubmit} noValidate className="dnc-form">
            {doNotContact ? (
              <p>
                Groundwork will show {subject.kind === 'account' ? 'this company and everyone there' : 'this person'} as off-limits on every
                screen, from today. The flag stays until someone lifts it with a reason.
              </p>
            ) : (
              <p>
                They asked not to be contacted. Only lift this if they have asked to hear from you again or it was set by mistake. Your reason
                and today&apos;s date are kept on record.
              </p>
            )}
            <TextField
              label={doNotContact ? 'Reason (optional)' : 'Why it is all right now'}
              placeholder={doNotContact ? 'e.g. Asked on the phone never to be called again' : 'e.g. Emailed on 3 May asking for a demo'}
              multiline
              autoFocus
              required={!doNotContact}
              value={draft.reason}
              error={errors.reason}
              onChange={(event: { target: { value: string } }) => update({ reason: event.target.value })}
            />
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
              <button type="submit" className={`button ${doNotContact ? 'button-primary contact-button-stop' : 'button-primary'}`} disabled={pending}>
                {pending ? 'Saving…' : doNotContact ? 'Mark do not contact' : 'Lift do-not-contact'}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
