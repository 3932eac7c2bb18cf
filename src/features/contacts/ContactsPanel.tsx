import { useState, type KeyboardEvent } from 'react'
import type { Contact } from '@shared/contract/contacts'
import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { useToast } from '../../components/Toaster'
import { plural } from '../../lib/format'
import { useAccount } from '../accounts/queries'
import { AccountStandingBar } from './AccountStandingBar'
import { ContactCard } from './ContactCard'
import { ContactDialog } from './ContactDialog'
import { DoNotContactDialog, type DoNotContactSubject } from './DoNotContactDialog'
import { DoNotContactRecord } from './DoNotContactRecord'
import { useAccountStanding, useContacts, useDeleteContact, useDoNotContactHistory, useRestoreContact } from './queries'

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; contact: Contact }
type Flagging = { subject: DoNotContactSubject; doNotContact: boolean } | null

interface ContactsPanelProps {
  accountId: string
  /** The company's name when the caller has it; otherwise the panel reads the account itself. */
  accountName?: string
}

/** The people at one account: their roles, tags and do-not-contact state, and the company's own. */
export function ContactsPanel({ accountId, accountName: knownName }: ContactsPanelProps) {
  const account = useAccount(accountId, { enabled: knownName === undefined })
  const contacts = useContacts(accountId)
  const standing = useAccountStanding(accountId)
  const history = useDoNotContactHistory(accountId)
  const remove = useDeleteContact()
  const restore = useRestoreContact()
  const toast = useToast()
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [flagging, setFlagging] = useState<Flagging>(null)
  const accountName = knownName ?? account.data?.name ?? 'This account'
  const people = contacts.data ?? []
  // What could not be read says so once, with Try again; whatever did load keeps working.
  const failed = [contacts, standing, history].filter((query) => query.isError)

  /**
   * Ctrl/Cmd+N adds a person while the focus is in the panel. Not useShortcut: in a drawer the panel is
   * itself inside a dialog. React also hands this handler the keys typed in the dialogs the panel opens
   * (portals, outside it on the page): those belong to that dialog.
   */
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!event.currentTarget.contains(event.target as Node)) return
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n') {
      event.preventDefault()
      event.stopPropagation()
      setEditing({ mode: 'new' })
    }
  }

  async function onDelete(contact: Contact) {
    try {
      await remove.mutateAsync(contact.id)
      toast({
        message: `Deleted ${contact.name}.`,
        action: {
          label: 'Undo',
          onAction: () =>
            restore.mutate(contact.id, {
              onSuccess: () => toast({ message: `${contact.name} is back.` }),
              onError: (error) => toast({ tone: 'error', message: error.message }),
            }),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'Could not delete the contact.' })
    }
  }

  return (
    <section className="contacts-panel" aria-label={`Contacts at ${accountName}`} tabIndex={-1} onKeyDown={onKeyDown}>
      {failed.length > 0 && (
        <QueryError
          error={failed[0]?.error}
          onRetry={() => failed.forEach((query) => void query.refetch())}
          retrying={failed.some((query) => query.isFetching)}
        />
      )}
      {standing.data && (
        <AccountStandingBar
          accountName={accountName}
          standing={standing.data}
          onToggleDoNotContact={() =>
            setFlagging({ subject: { kind: 'account', accountId, name: accountName }, doNotContact: !standing.data.doNotContact })
          }
        />
      )}

      <div className="contacts-heading">
        <h2>People</h2>
        {contacts.isSuccess && people.length > 0 && <span className="muted">{plural(people.length, 'contact')}</span>}
        <button type="button" className="button button-primary button-small" onClick={() => setEditing({ mode: 'new' })} title="Ctrl+N">
          Add contact
        </button>
      </div>

      {contacts.isPending && <p className="muted">Loading contacts…</p>}
      {contacts.isSuccess && people.length === 0 && (
        <EmptyState title="No one on file yet">
          <p>Add the people you know here, even if you only presume their part in the decision. A call can confirm it later.</p>
        </EmptyState>
      )}
      {people.length > 0 && (
        <ul className="contact-list">
          {people.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              standing={standing.data}
              onEdit={() => setEditing({ mode: 'edit', contact })}
              onDelete={() => void onDelete(contact)}
              onToggleDoNotContact={() =>
                setFlagging({ subject: { kind: 'contact', id: contact.id, name: contact.name }, doNotContact: !contact.doNotContact })
              }
            />
          ))}
        </ul>
      )}

      <DoNotContactRecord events={history.data ?? []} />

      {editing.mode !== 'closed' && (
        <ContactDialog
          key={editing.mode === 'edit' ? editing.contact.id : 'new'}
          accountId={accountId}
          contact={editing.mode === 'edit' ? editing.contact : undefined}
          onClose={() => setEditing({ mode: 'closed' })}
          onSaved={(saved) => {
            setEditing({ mode: 'closed' })
            toast({ message: `Saved ${saved.name}.` })
          }}
        />
      )}
      {flagging && (
        <DoNotContactDialog
          subject={flagging.subject}
          doNotContact={flagging.doNotContact}
          onClose={() => setFlagging(null)}
          onDone={() => {
            const { subject, doNotContact } = flagging
            setFlagging(null)
            toast({
              message: doNotContact
                ? `${subject.kind === 'account' ? `Everyone at ${subject.name}` : subject.name} is now marked do not contact.`
                : `${subject.name} may be contacted again. The change is on record.`,
            })
          }}
        />
      )}
    </section>
  )
}
