import { useId, useState, type FormEvent } from 'react'
import { repProfileFieldsSchema, type RepProfile } from '@shared/contract/messages'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toaster'
import { issuesByField, saveErrors } from '../../lib/client'
import { useDraft } from '../../lib/useDraft'
import { useSaveRepProfile } from './queries'

interface ProfileDraft {
  name: string
  company: string
  phone: string
}

function isComplete(profile: RepProfile): boolean {
  return Boolean(profile.name && profile.company)
}

/** Who is calling: asked for once, at the top of the Messages tab, so every draft can say it. */
export function RepProfileSection({ profile }: { profile: RepProfile }) {
  const [editing, setEditing] = useState(!isComplete(profile))
  if (!editing) {
    return (
      <p className="rep-profile-line">
        <span className="muted">Messages are signed as</span> <strong>{profile.name}</strong>, {profile.company}
        {profile.phone && <span> · {profile.phone}</span>}{' '}
        <button type="button" className="button button-small button-quiet" onClick={() => setEditing(true)}>
          Change
        </button>
      </p>
    )
  }
  return (
    <RepProfileForm profile={profile} onSaved={() => setEditing(false)} onCancel={isComplete(profile) ? () => setEditing(false) : undefined} />
  )
}

interface RepProfileFormProps {
  profile: RepProfile
  onSaved: () => void
  /** Only once the profile is complete: before that there is nothing to go back to. */
  onCancel: (() => void) | undefined
}

function RepProfileForm({ profile, onSaved, onCancel }: RepProfileFormProps) {
  const headingId = useId()
  const toast = useToast()
  const save = useSaveRepProfile()
  const { draft, update, clear } = useDraft<ProfileDraft>('messages.profile', {
    name: profile.name ?? '',
    company: profile.company ?? '',
    phone: profile.phone ?? '',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})

  async function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = repProfileFieldsSchema.safeParse(draft)
    const found: Record<string, string> = parsed.success ? {} : issuesByField(parsed.error)
    if (!draft.name.trim()) found.name ??= 'Add your name: the prospect needs to know who is calling'
    if (!draft.company.trim()) found.company ??= 'Add your company'
    setErrors(found)
    if (Object.keys(found).length > 0) return
    try {
      await save.mutateAsync(draft)
      clear()
      toast({ message: 'Saved. Drafts now say who is calling.' })
      onSaved()
    } catch (error) {
      setErrors(saveErrors(error))
    }
  }

  return (
    <form className="rep-profile" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={headingId}>Who is calling?</h3>
      <p className="field-hint">Drafts introduce you and sign the email with these. You only need to fill this in once.</p>
      <div className="rep-profile-fields">
        <TextField label="Your name" value={draft.name} error={errors.name} autoComplete="name" onChange={(e) => update({ name: e.target.value })} />
        <TextField
          label="Your company"
          value={draft.company}
          error={errors.company}
          autoComplete="organization"
          onChange={(e) => update({ company: e.target.value })}
        />
        <TextField
          label="Your phone (optional)"
          value={draft.phone}
          error={errors.phone}
          hint="Read out at the end of a voicemail when there is time."
          autoComplete="tel"
          onChange={(e) => update({ phone: e.target.value })}
        />
      </div>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="rep-profile-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save who is calling
        </button>
        {onCancel && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              // Going back means keeping the saved details: what was typed here is dropped, not brought back later.
              clear()
              onCancel()
            }}
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
