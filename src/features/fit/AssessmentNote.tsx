import { useId, useState } from 'react'
import type { FitQualifier } from '@shared/contract'
import { useToast } from '../../components/Toaster'
import { useDraft } from '../../lib/useDraft'
import { useSetAssessment } from './queries'

/** The rep's note on one assessment: shown, then edited in place; kept locally until saved. */
export function AssessmentNote({ accountId, qualifier }: { accountId: string; qualifier: FitQualifier }) {
  const saved = qualifier.assessment?.note ?? ''
  const { draft, restored, update, clear } = useDraft(`assessment-note.${accountId}.${qualifier.qualifierId}`, { note: saved })
  const [open, setOpen] = useState(restored && draft.note !== saved)
  const set = useSetAssessment()
  const toast = useToast()
  const noteId = useId()

  function save() {
    set.mutate(
      { accountId, qualifierId: qualifier.qualifierId, status: qualifier.assessment?.status ?? 'unknown', note: draft.note },
      {
        onSuccess: () => {
          clear()
          setOpen(false)
        },
        onError: (error) => toast({ tone: 'error', message: error.message }),
      },
    )
  }

  if (!open) {
    return (
      <div className="assessment-note">
        {saved && <p className="assessment-note-text">“{saved}”</p>}
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            update({ note: saved })
            setOpen(true)
          }}
        >
          {saved ? 'Edit note' : 'Add a note'}
          <span className="visually-hidden"> on {qualifier.name}</span>
        </button>
      </div>
    )
  }
  return (
    <div className="assessment-note field">
      <label htmlFor={noteId}>Note on {qualifier.name}</label>
      <textarea
        id={noteId}
        rows={2}
        value={draft.note}
        autoFocus
        maxLength={2000}
        onChange={(event) => update({ note: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save()
          if (event.key === 'Escape') {
            event.stopPropagation()
            setOpen(false)
          }
        }}
      />
      <div className="toolbar">
        <button type="button" className="button button-small button-primary" onClick={save} disabled={set.isPending}>
          {set.isPending ? 'Saving…' : 'Save note'}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            clear()
            setOpen(false)
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  )
}
