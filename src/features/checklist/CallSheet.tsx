import type { CallSheet as CallSheetData } from '@shared/contract/checklist'
import type { SavedMessage } from '@shared/contract/messages'
import { researchNoteKindLabels } from '@shared/domain/research'
import { formatCount, formatMoney } from '../../lib/format'
import { roleBadgeText } from '../contacts/contactLabels'
import { NoteSource } from '../research/NoteSource'
import { FitBadge } from '../targets/FitBadge'
import { AnalysisFormBlank } from './AnalysisFormBlank'
import { CappedList } from './CappedList'
import { PrintButton } from './PrintButton'
import { ReadyBadge } from './ReadyBadge'
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

  return (
    <article className="call-sheet" aria-label={`Call sheet for ${account.name}`}>
      <header className="call-sheet-head">
        <div>
          <p className="call-sheet-kicker">Call sheet · {sheet.today}</p>
          <h1>{account.name}</h1>
          {basics.length > 0 && <p className="call-sheet-basics">{basics.join(' · ')}</p>}
        </div>
        <div className="toolbar">
          <PrintButton />
          <a className="button" href={`#/prep/${sheet.accountId}/checklist`}>
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
          {fit.met.length > 0 && <p className="sheet-note">Meets: {fit.met.map((outcome) => outcome.name).join(', ')}</p>}
          {fit.missed.length > 0 && <p className="sheet-note">Misses: {fit.missed.map((outcome) => outcome.name).join(', ')}</p>}
          {fit.unknown.length > 0 && <p className="sheet-note">Find out: {fit.unknown.map((outcome) => outcome.name).join(', ')}</p>}
          {sheet.nextStep && (
            <p className="sheet-note">
              Next step: {sheet.nextStep}
              {sheet.nextStepDue ? ` (by ${sheet.nextStepDue})` : ''}
            </p>
          )}
        </SheetSection>

        <SheetSection title="Who decides" className="sheet-people">
          <CappedList
            items={sheet.contacts}
            clamp
            printCap={3}
            empty="No one on file yet. Ask who decides."
            label="People at the account"
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
        </SheetSection>

        <SheetSection title="Key research">
          <CappedList
            items={sheet.research}
            clamp
            printCap={3}
            empty="No fresh research on file."
            label="Key research"
            keyOf={(note) => note.id}
            render={(note) => (
              <>
                <span className="sheet-tag">{researchNoteKindLabels[note.kind]}</span> {note.text}{' '}
                <span className="sheet-source">
                  (<NoteSource source={note.source} />, {note.observedOn})
                </span>
              </>
            )}
          />
        </SheetSection>

        <SheetSection title="To verify on the call">
          <CappedList
            items={sheet.toVerify}
            clamp
            printCap={4}
            empty="Nothing left to verify."
            label="To verify on the call"
            keyOf={(item) => item.key}
            render={(item) => item.text}
          />
        </SheetSection>

        <SheetSection title="Questions, in order" className="sheet-wide sheet-questions">
          <CappedList
            items={sheet.questions}
            clamp
            printCap={8}
            ordered
            empty="No questions planned."
            label="Questions, in order"
            keyOf={(question) => question.id}
            render={(question) => question.text}
          />
        </SheetSection>

        <SheetSection title="Opener">
          <Message message={sheet.opener} kind="opener" />
        </SheetSection>

        <SheetSection title="Voicemail">
          <Message message={sheet.voicemail} kind="voicemail" />
        </SheetSection>

        <SheetSection title="Objections" className="sheet-wide">
          <CappedList
            items={sheet.objections}
            clamp
            printCap={2}
            empty="No objections rehearsed."
            label="Objections"
            keyOf={(objection) => objection.id}
            render={(objection) => (
              <>
                <strong>“{objection.reaction}”</strong> {objection.answer ?? <span className="muted">No answer planned yet.</span>}
              </>
            )}
          />
        </SheetSection>
      </div>

      <SheetSection title="Prospect Analysis Form" className="sheet-form">
        <AnalysisFormBlank />
      </SheetSection>
    </article>
  )
}
