import { Dialog } from 'radix-ui'
import { useId, type KeyboardEvent } from 'react'
import type { ResearchNote } from '@shared/contract/research'
import { kindsNeedingSource, researchNoteKindLabels, researchNoteKinds, type ResearchNoteKind } from '@shared/domain/research'
import { TextField } from '../../components/TextField'
import { useDraft } from '../../lib/useDraft'
import { useContacts } from '../contacts/queries'
import { draftFromNote, draftToInput, emptyNoteDraft, validateNoteDraft, type ResearchNoteDraft } from './noteForm'
import { noteKindHints } from './noteLabels'
import { useCreateResearchNote, useUpdateResearchNote } from './queries'
import { DraftFormFooter } from '../../components/DraftFormFooter'
import { useDraftSubmit } from '../../lib/useDraftSubmit'

interface ResearchNoteDialogProps {
  accountId: string
  /** The note to edit, or undefined to add one. */
  note: ResearchNote | undefined
  today: string
  /** The kind a new note starts with. */
  initialKind?: ResearchNoteKind
  onClose: () => void
  onSaved: (note: ResearchNote) => void
}

export function ResearchNoteDialog({ accountId, note, today, initialKind, onClose, onSaved }: ResearchNoteDialogProps) {
  const draftKey = note ? `research.${note.id}` : `research.new.${accountId}`
  const { draft, restored, update, clear } = useDraft<ResearchNoteDraft>(draftKey, note ? draftFromNote(note) : emptyNoteDraft(today, initialKind))
  const create = useCreateResearchNote()
  const save = useUpdateResearchNote()
  const contacts = useContacts(accountId)
  const pending = create.isPending || save.isPending
  const ids = useId()
  const { errors, failure, onSubmit } = useDraftSubmit({
    draft,
    validate: validateNoteDraft,
    save: (current) => (note ? save.mutateAsync({ id: note.id, fields: draftToInput(current) }) : create.mutateAsync({ accountId, fields: draftToInput(current) })),
    clear,
    onSaved,
  })

  // Ctrl+Enter saves from anywhere in the form, the note text included.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault()
      event.currentTarget.requestSubmit()
    }
  }

  function discard() {
    clear()
    onClose()
  }

  const text = (name: 'text' | 'source' | 'observedOn') => ({
    value: draft[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => update({ [name]: event.target.value }),
  })
  const people = contacts.data ?? []

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title>{note ? 'Edit research note' : 'New research note'}</Dialog.Title>
          {restored && <p className="notice">Your unsaved changes from last time are back.</p>}
          <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate className="form-grid">
            <fieldset className={`field note-kinds span-2 ${errors.kind ? 'field-invalid' : ''}`}>
              <legend>What is it?</legend>
              <div className="note-kind-options">
                {researchNoteKinds.map((kind) => (
                  <label key={kind} className="note-kind-option">
                    <input type="radio" name={`${ids}-kind`} value={kind} checked={draft.kind === kind} onChange={() => update({ kind })} />
                    {researchNoteKindLabels[kind]}
                  </label>
                ))}
              </div>
              {errors.kind ? (
                <p className="field-error" role="alert">
                  {errors.kind}
                </p>
              ) : (
                <p className="field-hint">{noteKindHints[draft.kind]}</p>
              )}
            </fieldset>
            <TextField label="Note" multiline autoFocus required {...text('text')} className="span-2" />
            <TextField
              label="Source"
              placeholder="https://… or “their 2024 annual report”"
              hint={kindsNeedingSource.has(draft.kind) ? 'Where this came from: a link or a few words.' : 'Optional: where the idea came from.'}
              {...text('source')}
              className="span-2"
            />
            <TextField label="Observed on" type="date" max={today} hint="When you found or heard this." {...text('observedOn')} />
            <div className={`field ${errors.contactId ? 'field-invalid' : ''}`}>
              <label htmlFor={`${ids}-contact`}>About</label>
              <select id={`${ids}-contact`} value={draft.contactId} onChange={(event) => update({ contactId: event.target.value })}>
                <option value="">The company as a whole</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
                {draft.contactId !== '' && !people.some((person) => person.id === draft.contactId) && (
                  <option value={draft.contactId}>A person no longer on file</option>
                )}
              </select>
              {errors.contactId && (
                <p className="field-error" role="alert">
                  {errors.contactId}
                </p>
              )}
            </div>
            <DraftFormFooter failure={failure} pending={pending} submitLabel={note ? 'Save' : 'Add note'} onDiscard={discard} wide submitTitle="Ctrl+Enter" />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
