import { useId } from 'react'
import { relationships, type AccountStanding, type Relationship } from '@shared/contract/contacts'
import { useToast } from '../../components/Toaster'
import { formatDate } from '../../lib/format'
import { relationshipLabels } from './contactLabels'
import { useSetAccountRelationship } from './queries'

interface AccountStandingBarProps {
  accountName: string
  standing: AccountStanding
  onToggleDoNotContact: () => void
}

/** What the company is to the rep, and a loud banner when the company itself is off-limits. */
export function AccountStandingBar({ accountName, standing, onToggleDoNotContact }: AccountStandingBarProps) {
  const setRelationship = useSetAccountRelationship()
  const toast = useToast()
  const id = useId()

  function onRelationship(relationship: Relationship) {
    setRelationship.mutate(
      { accountId: standing.accountId, relationship },
      {
        onSuccess: () => toast({ message: `${accountName} is now tagged as a ${relationshipLabels[relationship].toLowerCase()}.` }),
        onError: (error) => toast({ tone: 'error', message: error.message }),
      },
    )
  }

  return (
    <div className="account-standing">
      <div className="account-standing-row">
        <label htmlFor={id}>{accountName} is a</label>
        <select
          id={id}
          className="account-relationship"
          value={standing.relationship}
          disabled={setRelationship.isPending}
          onChange={(event) => onRelationship(event.target.value as Relationship)}
        >
          {relationships.map((relationship) => (
            <option key={relationship} value={relationship}>
              {relationshipLabels[relationship]}
            </option>
          ))}
        </select>
        {!standing.doNotContact && (
          <button type="button" className="button button-small button-danger" onClick={onToggleDoNotContact}>
            Company asked not to be contacted…
          </button>
        )}
      </div>
      {standing.doNotContact && (
        <div className="dnc-banner" role="status">
          <div>
            <strong>Do not contact anyone at {accountName}.</strong>{' '}
            <span>
              The company asked on {formatDate(standing.doNotContactAt)}
              {standing.doNotContactReason ? `: ${standing.doNotContactReason}` : '.'}
            </span>
          </div>
          <button type="button" className="button button-small" onClick={onToggleDoNotContact}>
            Lift…<span className="visually-hidden"> the company&apos;s do-not-contact</span>
          </button>
        </div>
      )}
    </div>
  )
}
