import { Dialog } from 'radix-ui'
import { ContactsPanel } from './ContactsPanel'

interface ContactsDrawerProps {
  accountId: string
  accountName: string
  onClose: () => void
}

/** The contacts panel in a side drawer, for screens that list accounts. */
export function ContactsDrawer({ accountId, accountName, onClose }: ContactsDrawerProps) {
  // Start inside the panel so its shortcuts (Ctrl+N: new contact) work at once.
  function focusPanel(event: Event) {
    const panel = (event.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>('.contacts-panel')
    if (!panel) return
    event.preventDefault()
    panel.focus()
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="contacts-drawer" aria-describedby={undefined} onOpenAutoFocus={focusPanel}>
          <div className="contacts-drawer-head">
            <Dialog.Title>Contacts at {accountName}</Dialog.Title>
            <Dialog.Close className="button button-small button-quiet" aria-label="Close contacts">
              Close
            </Dialog.Close>
          </div>
          <ContactsPanel accountId={accountId} accountName={accountName} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
