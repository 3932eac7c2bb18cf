import type { CallSheet as CallSheetData } from '@shared/contract/checklist'
import type { SavedMessage } from '@shared/contract/messages'
import { researchNoteKindLabels } from '@shared/domain/research'
import { formatCount, formatMoney } from '../../lib/format'
import { roleBadgeText } from '../contacts/contactLabels'
import { NoteSource } from '../research/NoteSource'
import { FitBadge } from '../targets/FitBadge'
import { AnalysisFormBlank } from './AnalysisFormBlank'
import { prepTabHref } from './checklistLinks'
import { DayDate } from './DayDate'
import { PrintButton } from './PrintButton'
import { ReadyBadge } from './ReadyBadge'
import { SheetListSection } from './SheetListSection'
import { SheetSection } from './SheetSection'

function Message({ message, kind }: { message: SavedMessage; kind: 'opener' | 'voicemail' }) {
  if (message.text.trim() === '') return <p className="muted sheet-empty">No {kind} written yet.</p>
  return (
    <>
      <blockquote className="sheet-message">{message.text}</blockquote>
      <p className="sheet-note">
        {message.coaching.pass ? 'The coach passes it.' : 'The coach does not pass it yet.'} About {Math.round(message.coaching.speakingSeconds)} seconds aloud.
      </p>
    </>
  )
}

/** The one-page brief: everything to have in front of you when you pick up the phone. */
export function CallSheet({ sheet }: { sheet: CallSheetData }) {
  const { account, fit } = sheet
  const basics = [
    account.industry,
    [account.city, account.region, account.country].filter(Boolean).join(', '),
    account.employees !== null ? `${formatCount(account.employees)} employees` : null,
    account.annualRevenue !== null ? `${formatMoney(account.annualRevenue)} revenue` : null,
    account.website,
  ].filter((part): part is string => Boolean(part))
  const barred = sheet.contacts.filter((contact) => contact.doNotContact)
  const fitLines = [
    { lead: 'Meets', outcomes: fit.met },
    { lead: 'Misses', outcomes: fit.missed },
    { lead: 'Find out', outcomes: fit.unknown },
  ].filter((line) => line.outcomes.length > 0)

  return (
    <article className="call-sheet" aria-label={`Call sheet for ${account.name}`}>
      <header className="call-sheet-head">
        <div>
          <p className="call-sheet-kicker">
            Call sheet · <DayDate iso={sheet.today} />
          </p>
          <h1>{account.name}</h1>
          {basics.length > 0 && <p className="call-sheet-basics">{basics.join(' · ')}</p>}
        </div>
        <div className="toolbar">
          <PrintButton />
          <a className="button" href={prepTabHref(sheet.accountId, 'checklist')}>
            Back to prep
          </a>
        </div>
      </header>

      {sheet.offLimits && (
        <p className="sheet-warning" role="alert">
          Do not call: {account.name} asked not to be contacted.{sheet.offLimitsReason ? ` (${sheet.offLimitsReason})` : ''}
        </p>
      )}
      {barred.map((contact) => (
        <p key={contact.id} className="sheet-warning" role="alert">
          Do not contact {contact.name}: they asked not to be.{contact.doNotContactReason ? ` (${contact.doNotContactReason})` : ''}
        </p>
      ))}
      <div className="sheet-readiness">
        <ReadyBadge ready={sheet.ready} />
        {sheet.ready ? <span> Everything on the checklist is done.</span> : <span> Still to do: {sheet.missing.join(' ')}</span>}
      </div>

      <div className="sheet-grid">
        <SheetSection title="Fit" className="sheet-fit">
          <p>
            <FitBadge band={fit.band} score={fit.score} />
            {fit.disqualified && <strong> A must-have is not met.</strong>}
          </p>
          {fitLines.map(({ lead, outcomes }) => (
            <p key={lead} className="sheet-note">
              {lead}: {outcomes.map((outcome) => outcome.name).join(', ')}
            </p>
          ))}
          {sheet.nextStep && (
            <p className="sheet-note">
              Next step: {sheet.nextStep}
              {sheet.nextStepDue && (
                <>
                  {' '}
                  (by <DayDate iso={sheet.nextStepDue} />)
                </>
              )}
            </p>
          )}
        </SheetSection>

        <SheetListSection
          title="Who decides"
          className="sheet-people"
          items={sheet.contacts}
          printCap={3}
          empty="No one on file yet. Ask who decides."
          keyOf={(contact) => contact.id}
          render={(contact) => (
            <>
              <strong>{contact.name}</strong>
              {contact.title && `, ${contact.title}`} <span className="muted">({roleBadgeText(contact, ', ')})</span>
              {contact.phone && ` · ${contact.phone}`}
              {contact.doNotContact && <strong className="sheet-do-not-contact"> Do not contact</strong>}
            </>
          )}
        />

        <SheetListSection
          title="Key research"
          items={sheet.research}
          printCap={3}
          empty="No fresh research on file."
          keyOf={(note) => note.id}
          render={(note) => (
            <>
              <span className="sheet-tag">{researchNoteKindLabels[note.kind]}</span> {note.text}{' '}
              <span className="sheet-source">
                (<NoteSource source={note.source} />, <DayDate iso={note.observedOn} />)
              </span>
            </>
          )}
        />

        <SheetListSection
          title="To verify on the call"
          items={sheet.toVerify}
          printCap={4}
          empty="Nothing left to verify."
          keyOf={(item) => item.key}
          render={(item) => item.text}
        />

        <SheetListSection
          title="Questions, in order"
          className="sheet-wide sheet-questions"
          items={sheet.questions}
          printCap={8}
          ordered
          empty="No questions planned."
          keyOf={(question) => question.id}
          render={(question) => question.text}
        />

        <SheetSection title="Opener">
          <Message message={sheet.opener} kind="opener" />
        </SheetSection>

        <SheetSection title="Voicemail">
          <Message message={sheet.voicemail} kind="voicemail" />
        </SheetSection>

        <SheetListSection
          title="Objections"
          className="sheet-wide"
          items={sheet.objections}
          printCap={2}
          empty="No objections rehearsed."
          keyOf={(objection) => objection.id}
          render={(objection) => (
            <>
              <strong>“{objection.reaction}”</strong> {objection.answer ?? <span className="muted">No answer planned yet.</span>}
            </>
          )}
        />
      </div>

      <SheetSection title="Prospect Analysis Form" className="sheet-form">
        <AnalysisFormBlank />
      </SheetSection>
    </article>
  )
}
