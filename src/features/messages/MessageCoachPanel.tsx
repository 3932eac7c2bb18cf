import { useDeferredValue, useMemo } from 'react'
import type { MessageKindName } from '@shared/contract/messages'
import { coachMessage, EMAIL_WORD_LIMIT, SPEAKING_LIMITS, type MessageCoaching } from '@shared/domain/messageCoach'
import { findingTitles, messageKindLabels } from './messageLabels'

interface MessageCoachPanelProps {
  kind: MessageKindName
  text: string
}

function lengthLine(kind: MessageKindName, coaching: MessageCoaching): string {
  const seconds = Math.round(coaching.speakingSeconds)
  if (kind === 'email') {
    // The count the coach judged the length by, so the line and its "too long" finding agree.
    const words = coaching.wordCount
    return words <= EMAIL_WORD_LIMIT ? `${words} words: quick to read` : `${words} words: long for an email (aim for under ${EMAIL_WORD_LIMIT})`
  }
  // Past the first limit the coach starts to flag it, so that is what the line aims for.
  const [aim] = SPEAKING_LIMITS[kind]
  if (kind === 'voicemail') {
    return coaching.speakingSeconds <= aim ? `About ${seconds} s: fits a voicemail` : `About ${seconds} s: too long for a voicemail (aim for ${aim} s)`
  }
  return coaching.speakingSeconds <= aim ? `About ${seconds} s: short enough to open a call` : `About ${seconds} s: long for an opener (aim for ${aim} s)`
}

function focusLine({ you, we }: MessageCoaching['focus']): string {
  if (you === 0 && we === 0) return 'No "you" or "we" yet'
  if (you > we) return 'Mostly about them'
  if (you === we) return 'As much about you as about them'
  return 'Mostly about you and your company'
}

/** The coach's live verdict on one message: pass or fail, how long it takes to say, who it is about, and what to fix. */
export function MessageCoachPanel({ kind, text }: MessageCoachPanelProps) {
  const settled = useDeferredValue(text)
  const coaching = useMemo(() => coachMessage(settled, kind), [settled, kind])
  const empty = coaching.findings.some((f) => f.id === 'empty')
  return (
    <aside className="message-coach" aria-label={`Coach on your ${messageKindLabels[kind].toLowerCase()}`}>
      <p className="message-coach-verdict" aria-live="polite">
        <span className={`message-badge ${empty ? '' : coaching.pass ? 'message-badge-pass' : 'message-badge-fail'}`}>
          {coaching.pass ? 'Passes the coach ✓' : empty ? 'Not written yet' : 'Needs work ✗'}
        </span>
      </p>
      {!empty && (
        <dl className="message-coach-facts">
          <div>
            <dt>{kind === 'email' ? 'Length' : 'Speaking time'}</dt>
            <dd>{lengthLine(kind, coaching)}</dd>
          </div>
          <div>
            <dt>Prospect focus</dt>
            <dd>
              {focusLine(coaching.focus)}: “you/your” {coaching.focus.you} · “I/we” {coaching.focus.we}
            </dd>
          </div>
        </dl>
      )}
      {empty && (
        <p className="muted">
          {kind === 'opener'
            ? 'The coach checks it as you type: length, who it is about, the benefit and your closing question.'
            : 'The coach checks it as you type: length, who it is about, the benefit, the next step and the easy way to say no.'}
        </p>
      )}
      {!empty && coaching.findings.length > 0 && (
        <ul className="message-findings" aria-label="What to fix">
          {coaching.findings.map((finding) => (
            <li key={finding.id} className={`message-finding message-finding-${finding.severity}`}>
              <p className="message-finding-title">
                <strong>{findingTitles[finding.id]}</strong>
                <span className="message-finding-severity">{finding.severity === 'fail' ? 'Must fix' : 'Worth a look'}</span>
              </p>
              <p className="message-finding-text">{finding.message}</p>
            </li>
          ))}
        </ul>
      )}
      {coaching.pass && coaching.findings.length === 0 && (
        <p className="muted message-coach-clean">
          {kind === 'opener'
            ? 'Short, about them, with a benefit and a question that gets them talking.'
            : 'Short, about them, with a benefit, a next step with a day and an easy way to say no.'}
        </p>
      )}
    </aside>
  )
}
