import { QueryError } from '../../components/QueryError'
import type { PrepTabProps } from '../prep/prepTabs'
import { MessageEditor } from './MessageEditor'
import { OffLimitsBanner } from './OffLimitsBanner'
import { useAccountMessages, useRepProfile } from './queries'
import { RepProfileSection } from './RepProfileSection'
import { RecipientLine } from './RecipientLine'

/** Prep tab: the opener, voicemail and follow-up email for one target, each coached as it is written. */
export function MessagesPanel({ accountId }: PrepTabProps) {
  const messages = useAccountMessages(accountId)
  const profile = useRepProfile()

  if (messages.isError || profile.isError) {
    return (
      <QueryError
        error={messages.error ?? profile.error}
        onRetry={() => {
          // Only what failed is read again.
          if (messages.isError) void messages.refetch()
          if (profile.isError) void profile.refetch()
        }}
        retrying={messages.isFetching || profile.isFetching}
      />
    )
  }
  if (!messages.data || !profile.data) return <p className="muted">Loading the messages…</p>
  const standing = messages.data
  return (
    <div className="messages-panel">
      <div className="panel-header">
        <div>
          <h2>Messages</h2>
          <p className="muted">What you will say when they pick up, the voicemail if they don&apos;t, and the email after. Everything saves as you type.</p>
        </div>
      </div>
      <OffLimitsBanner standing={standing} />
      <RepProfileSection profile={profile.data} />
      {!standing.offLimits && <RecipientLine recipient={standing.recipient} />}
      {standing.messages.map((message) => (
        <MessageEditor key={`${accountId}.${message.kind}`} accountId={accountId} message={message} canDraft={!standing.offLimits} />
      ))}
    </div>
  )
}
