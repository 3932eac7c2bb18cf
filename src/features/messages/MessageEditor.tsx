import { AlertDialog } from 'radix-ui'
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { messageLimits, messageSaveSchema, type MessageDraftResult, type SavedMessage } from '@shared/contract/messages'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toaster'
import { autosaveLabels, readBackup, useCheckedAutosave } from '../../lib/useBackedUpAutosave'
import { MessageCoachPanel } from './MessageCoachPanel'
import { messageKindHints, messageKindLabels, messageTextLabels } from './messageLabels'
import { useDraftMessage, useSaveMessage } from './queries'

interface MessageEditorProps {
  accountId: string
  message: SavedMessage
  /** False when the prospect asked not to be contacted: nothing new is drafted for them. */
  canDraft: boolean
}

interface MessageText {
  subject: string
  text: string
}

function sameAs(value: MessageText, message: SavedMessage): boolean {
  return value.text === message.text && value.subject === (message.subject ?? '')
}

/** One message: edited in place, saved as the rep types, coached live beside the text. */
export function MessageEditor({ accountId, message, canDraft }: MessageEditorProps) {
  const { kind } = message
  const id = useId()
  const toast = useToast()
  const saveMessage = useSaveMessage()
  const draftMessage = useDraftMessage()
  const backupKey = `message.${accountId}.${kind}`
  const label = messageKindLabels[kind]
  const [restored] = useState(() => {
    const backup = readBackup<MessageText>(backupKey)
    return backup && typeof backup.text === 'string' && typeof backup.subject === 'string' && !sameAs(backup, message) ? backup : undefined
  })
  const [value, setValue] = useState<MessageText>(() => restored ?? { subject: message.subject ?? '', text: message.text })
  const [proposal, setProposal] = useState<MessageDraftResult | null>(null)
  const [gaps, setGaps] = useState<string[]>([])

  const { state, schedule, flush, errors } = useCheckedAutosave(backupKey, {
    schema: messageSaveSchema,
    toInput: (next: MessageText) => ({ accountId, kind, subject: kind === 'email' ? next.subject : null, text: next.text }),
    send: (input) => saveMessage.mutateAsync(input),
  })

  // What was typed before a reload or a crash goes to the store as soon as the editor is back.
  useEffect(() => {
    if (restored) schedule(restored)
  }, [restored, schedule])

  function change(patch: Partial<MessageText>) {
    const next = { ...value, ...patch }
    setValue(next)
    schedule(next)
  }

  function replaceWith(next: MessageText, note: string) {
    const previous = value
    setValue(next)
    schedule(next)
    void flush()
    toast({
      message: note,
      action: {
        label: 'Undo',
        onAction: () => {
          setValue(previous)
          schedule(previous)
          void flush()
        },
      },
    })
  }

  async function requestDraft() {
    try {
      const draft = await draftMessage.mutateAsync({ accountId, kind })
      setGaps(draft.gaps)
      if (value.text.trim() === '' && value.subject.trim() === '') accept(draft)
      else setProposal(draft)
    } catch (error) {
      toast({ message: error instanceof Error ? error.message : 'No draft this time. Please try again.', tone: 'error' })
    }
  }

  function accept(draft: MessageDraftResult) {
    setProposal(null)
    replaceWith({ subject: draft.subject ?? '', text: draft.text }, `Drafted your ${label.toLowerCase()}. Now make it sound like you.`)
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      void flush()
    }
  }

  return (
    <section className="message-editor" aria-labelledby={`${id}-title`}>
      <div className="message-editor-body" onKeyDown={onKeyDown}>
        <div className="message-editor-head">
          <h3 id={`${id}-title`}>{label}</h3>
          <span className={`autosave-state autosave-state-${state}`} aria-live="polite">
            {autosaveLabels[state]}
          </span>
        </div>
        <p className="field-hint">{messageKindHints[kind]}</p>
        {restored && <p className="notice">What you typed last time had not been saved yet. It is back, and saving now.</p>}
        {kind === 'email' && (
          <TextField
            label="Subject"
            value={value.subject}
            maxLength={messageLimits.subject}
            placeholder="Their challenge or the result, in a few words"
            error={errors.subject}
            onChange={(event) => change({ subject: event.target.value })}
            onBlur={() => void flush()}
          />
        )}
        <TextField
          label={messageTextLabels[kind]}
          multiline
          rows={kind === 'email' ? 11 : 6}
          value={value.text}
          maxLength={messageLimits.text}
          placeholder={canDraft ? 'Write it yourself, or start from a draft below.' : undefined}
          error={errors.text}
          onChange={(event) => change({ text: event.target.value })}
          onBlur={() => void flush()}
        />
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="message-actions">
          <button type="button" className="button" disabled={!canDraft || draftMessage.isPending} onClick={() => void requestDraft()}>
            {draftMessage.isPending ? 'Drafting…' : 'Draft from my offering and research'}
            <span className="visually-hidden"> ({label.toLowerCase()})</span>
          </button>
        </div>
        {gaps.length > 0 && (
          <div className="message-gaps">
            <p>For a stronger draft:</p>
            <ul>
              {gaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="message-print-text">
          {value.subject && <p>Subject: {value.subject}</p>}
          <p>{value.text}</p>
        </div>
      </div>
      <MessageCoachPanel kind={kind} text={value.text} />
      <AlertDialog.Root open={proposal !== null} onOpenChange={(open) => (open ? undefined : setProposal(null))}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog">
            <AlertDialog.Title>Replace your {label.toLowerCase()} with this draft?</AlertDialog.Title>
            <AlertDialog.Description>What you wrote will be replaced. You can undo it straight after.</AlertDialog.Description>
            {proposal && (
              <div className="message-proposal">
                {proposal.subject && <p className="message-proposal-subject">Subject: {proposal.subject}</p>}
                <p className="message-proposal-text">{proposal.text}</p>
              </div>
            )}
            <div className="dialog-actions">
              <AlertDialog.Cancel className="button">Keep mine</AlertDialog.Cancel>
              <AlertDialog.Action className="button button-primary" onClick={() => proposal && accept(proposal)}>
                Replace with the draft
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </section>
  )
}
