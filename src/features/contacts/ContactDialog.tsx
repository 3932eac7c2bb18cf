import { Dialog } from 'radix-ui'
import { useId } from 'react'
import { decisionRoles, relationships, type Contact, type DecisionRole, type Relationship } from '@shared/contract/contacts'
import { TextField } from '../../components/TextField'
import { useDraft } from '../../lib/useDraft'
import { draftFromContact, draftToInput, emptyContactDraft, validateContactDraft, type ContactDraft } from './contactForm'
import { decisionRoleLabels, relationshipLabels } from './contactLabels'
import { useCreateContact, useUpdateContact } from './queries'
import { DraftFormFooter } from '../../components/DraftFormFooter'
import { useDraftSubmit } from '../../lib/useDraftSubmit'

interface ContactDialogProps {
  accountId: string
  /** The person to edit, or undefined to add one. */
  contact: Contact | undefined
  onClose: () => void
  onSaved: (contact: Contact) => void
}

export function ContactDialog({ accountId, contact, onClose, onSaved }: ContactDialogProps) {
  const draftKey = contact ? `contact.${contact.id}` : `contact.new.${accountId}`
  const { draft, restored, update, clear } = useDraft<ContactDraft>(draftKey, contact ? draftFromContact(contact) : emptyContactDraft)
  const create = useCreateContact()
  const save = useUpdateContact()
  const pending = create.isPending || save.isPending
  const ids = useId()
  const { errors, failure, onSubmit } = useDraftSubmit({
    draft,
    validate: validateContactDraft,
    save: (current) => (contact ? save.mutateAsync({ id: contact.id, fields: draftToInput(current) }) : create.mutateAsync({ accountId, fields: draftToInput(current) })),
    clear,
    onSaved,
  })

  function discard() {
    clear()
    onClose()
  }

  const text = (name: 'name' | 'title' | 'department' | 'email' | 'phone' | 'notes') => ({
    value: draft[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => update({ [name]: event.target.value }),
  })

  const roleKnown = draft.decisionRole !== 'unknown'

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title>{contact ? `Edit ${contact.name}` : 'New contact'}</Dialog.Title>
          {restored && <p className="notice">Your unsaved changes from last time are back.</p>}
          <form onSubmit={onSubmit} noValidate className="form-grid">
            <TextField label="Name" autoFocus required {...text('name')} className="span-2" />
            <TextField label="Title" placeholder="Head of Operations" {...text('title')} />
            <TextField label="Department" {...text('department')} />
            <TextField label="Email" type="email" placeholder="name@example.com" {...text('email')} />
            <TextField label="Phone" type="tel" placeholder="+1 555 010 2030 x 12" {...text('phone')} />

            <div className={`field ${errors.decisionRole ? 'field-invalid' : ''}`}>
              <label htmlFor={`${ids}-role`}>Role in the decision</label>
              <select
                id={`${ids}-role`}
                value={draft.decisionRole}
                aria-invalid={Boolean(errors.decisionRole)}
                onChange={(event) => {
                  const decisionRole = event.target.value as DecisionRole
                  update(decisionRole === 'unknown' ? { decisionRole, roleConfirmed: false } : { decisionRole })
                }}
              >
                {decisionRoles.map((role) => (
                  <option key={role} value={role}>
                    {role === 'unknown' ? 'Not known yet' : decisionRoleLabels[role]}
                  </option>
                ))}
              </select>
              {errors.decisionRole && <p className="field-error" role="alert">{errors.decisionRole}</p>}
            </div>

            <fieldset className={`field contact-certainty ${errors.roleConfirmed ? 'field-invalid' : ''}`} disabled={!roleKnown}>
              <legend>How sure are you?</legend>
              <label>
                <input type="radio" name={`${ids}-certainty`} checked={!draft.roleConfirmed} onChange={() => update({ roleConfirmed: false })} />
                Presumed
              </label>
              <label>
                <input type="radio" name={`${ids}-certainty`} checked={draft.roleConfirmed} onChange={() => update({ roleConfirmed: true })} />
                Confirmed
              </label>
              {errors.roleConfirmed ? (
                <p className="field-error" role="alert">{errors.roleConfirmed}</p>
              ) : (
                <p className="field-hint">{roleKnown ? 'Confirmed means they or a colleague told you so.' : 'Choose a role first.'}</p>
              )}
            </fieldset>

            <div className={`field ${errors.relationship ? 'field-invalid' : ''}`}>
              <label htmlFor={`${ids}-relationship`}>This person is a</label>
              <select
                id={`${ids}-relationship`}
                value={draft.relationship}
                onChange={(event) => update({ relationship: event.target.value as Relationship })}
              >
                {relationships.map((relationship) => (
                  <option key={relationship} value={relationship}>
                    {relationshipLabels[relationship]}
                  </option>
                ))}
              </select>
              {errors.relationship && <p className="field-error" role="alert">{errors.relationship}</p>}
            </div>

            <TextField label="Notes" multiline {...text('notes')} className="span-2" />
            <DraftFormFooter failure={failure} pending={pending} submitLabel={contact ? 'Save' : 'Add contact'} onDiscard={discard} wide />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
