import type { MessageRecipient } from '@shared/contract/messages'
import { roleInWords } from '../contacts/contactLabels'

/** Whom the drafts greet, so the rep can see why a draft says "Hi Dana". */
export function RecipientLine({ recipient }: { recipient: MessageRecipient | null }) {
  if (!recipient) {
    return <p className="recipient-line muted">No one to greet by name yet: add the person you will call under Contacts and drafts will use their first name.</p>
  }
  return (
    <p className="recipient-line">
      <span className="muted">Drafts are written to</span> <strong>{recipient.name}</strong> <span className="muted">({roleInWords(recipient)})</span>
    </p>
  )
}
