import type { AccountMessages } from '@shared/contract/messages'

/** Impossible to miss: this company, or someone there, asked not to be contacted. */
export function OffLimitsBanner({ standing }: { standing: AccountMessages }) {
  if (!standing.offLimits && standing.contactsOffLimits.length === 0) return null
  return (
    <div className="off-limits-banner" role="alert">
      {standing.offLimits ? (
        <>
          <p className="off-limits-banner-title">Do not contact this prospect</p>
          <p>
            The company asked not to be contacted{standing.offLimitsReason ? `: “${standing.offLimitsReason}”.` : '.'} Do not call, leave a
            voicemail or send an email. Drafting is switched off; what is written here stays for your records.
          </p>
        </>
      ) : (
        <>
          <p className="off-limits-banner-title">
            {standing.contactsOffLimits.length === 1 ? 'One person here' : 'Some people here'} asked not to be contacted
          </p>
          <ul>
            {standing.contactsOffLimits.map((person) => (
              <li key={person.id}>
                <strong>{person.name}</strong>
                {person.reason ? `: “${person.reason}”` : ''}
              </li>
            ))}
          </ul>
          <p>Do not address a message to them. Drafts greet someone else, or no one by name.</p>
        </>
      )}
    </div>
  )
}
