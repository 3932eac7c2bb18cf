import type { AccountStanding, Contact } from '@shared/contract/contacts'
import { formatDate } from '../../lib/format'
import { relationshipLabels, roleBadgeText } from './contactLabels'
import { DoNotContactBadge } from './DoNotContactBadge'

interface ContactCardProps {
  contact: Contact
  standing: AccountStanding | undefined
  onEdit: () => void
  onDelete: () => void
  onToggleDoNotContact: () => void
}

/** One person: who they are, their part in the decision, and whether they may be contacted at all. */
export function ContactCard({ contact, standing, onEdit, onDelete, onToggleDoNotContact }: ContactCardProps) {
  const companyOffLimits = standing?.doNotContact === true
  const offLimits = contact.doNotContact || companyOffLimits
  const role = contact.decisionRole === 'unknown' ? 'unknown' : contact.roleConfirmed ? 'confirmed' : 'presumed'
  const position = [contact.title, contact.department].filter(Boolean).join(', ')

  return (
    <li className={`contact-card ${offLimits ? 'contact-card-off-limits' : ''}`} aria-label={contact.name}>
      <div className="contact-card-head">
        <div>
          <h3 className="contact-name">{contact.name}</h3>
          {position && <p className="contact-position">{position}</p>}
        </div>
        <div className="contact-badges">
          {contact.doNotContact ? (
            <DoNotContactBadge since={contact.doNotContactAt} reason={contact.doNotContactReason} source="person" />
          ) : (
            companyOffLimits && <DoNotContactBadge since={standing.doNotContactAt} reason={standing.doNotContactReason} source="company" />
          )}
          <span className={`contact-role contact-role-${role}`}>{roleBadgeText(contact)}</span>
          <span className={`relationship-tag relationship-${contact.relationship}`}>{relationshipLabels[contact.relationship]}</span>
        </div>
      </div>

      {(contact.email || contact.phone) && (
        <dl className={`contact-reach ${offLimits ? 'contact-reach-blocked' : ''}`}>
          {contact.email && (
            <div>
              <dt>Email</dt>
              <dd>{offLimits ? <s>{contact.email}</s> : contact.email}</dd>
            </div>
          )}
          {contact.phone && (
            <div>
              <dt>Phone</dt>
              <dd>{offLimits ? <s>{contact.phone}</s> : contact.phone}</dd>
            </div>
          )}
        </dl>
      )}

      {contact.doNotContact && (
        <p className="contact-dnc-note">
          Asked not to be contacted on {formatDate(contact.doNotContactAt)}
          {contact.doNotContactReason ? `: ${contact.doNotContactReason}` : '.'}
        </p>
      )}
      {!contact.doNotContact && companyOffLimits && <p className="contact-dnc-note">The whole company asked not to be contacted.</p>}
      {contact.notes && <p className="contact-notes">{contact.notes}</p>}

      <div className="contact-actions">
        <button type="button" className="button button-small" onClick={onEdit}>
          Edit<span className="visually-hidden"> {contact.name}</span>
        </button>
        <button type="button" className={`button button-small ${contact.doNotContact ? '' : 'button-danger'}`} onClick={onToggleDoNotContact}>
          {contact.doNotContact ? 'Lift do-not-contact…' : 'Do not contact…'}
          <span className="visually-hidden"> {contact.name}</span>
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={onDelete}
          disabled={contact.doNotContact}
          title={contact.doNotContact ? 'Kept on file so the request is honoured. Lift the flag first if it was a mistake.' : undefined}
        >
          Delete<span className="visually-hidden"> {contact.name}</span>
        </button>
      </div>
    </li>
  )
}
