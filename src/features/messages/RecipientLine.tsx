import type { MessageRecipient } from '@shared/contract/messages'

const roleWords: Record<MessageRecipient['decisionRole'], string> = {
  'decision-maker': 'decision maker',
  influencer: 'influencer',
  champion: 'champion',
  gatekeeper: 'gatekeeper',
  user: 'user',
  unknown: 'role not known yet',
}

/** Whom the drafts greet, so the rep can see why a draft says "Hi Dana". */
export function RecipientLine({ recipient }: { recipient: MessageRecipient | null }) {
  if (!recipient) {
    return <p className="recipient-line muted">No one to greet by name yet: add the person you will call under Contacts and drafts will use their first name.</p>
  }
  const role = recipient.decisionRole === 'decision-maker' && !recipient.roleConfirmed ? 'presumed decision maker' : roleWords[recipient.decisionRole]
  return (
    <p className="recipient-line">
      <span className="muted">Drafts are written to</span> <strong>{recipient.name}</strong> <span className="muted">({role})</span>
    </p>
  )
}
