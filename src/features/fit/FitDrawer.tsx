import { Dialog } from 'radix-ui'
import { FitExplanation } from './FitExplanation'

interface FitDrawerProps {
  accountId: string
  accountName: string
  onClose: () => void
}

/** An account's fit in a side drawer, for screens that list accounts. */
export function FitDrawer({ accountId, accountName, onClose }: FitDrawerProps) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="fit-drawer" aria-describedby={undefined}>
          <div className="fit-drawer-head">
            <Dialog.Title>Fit of {accountName}</Dialog.Title>
            <Dialog.Close className="button button-small button-quiet" aria-label="Close fit">
              Close
            </Dialog.Close>
          </div>
          <FitExplanation accountId={accountId} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
