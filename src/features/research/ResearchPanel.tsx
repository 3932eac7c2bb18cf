import { useMemo, useState } from 'react'
import type { ResearchNote } from '@shared/contract/research'
import { defaultStaleAfterDays, localIsoDate, researchNoteKinds, type ResearchNoteKind } from '@shared/domain/research'
import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { useToast } from '../../components/Toaster'
import { useShortcut } from '../../lib/useShortcut'
import { useContacts } from '../contacts/queries'
import { noteKindGroupTitles } from './noteLabels'
import { useDeleteResearchNote, useResearchNotes, useResearchSettings, useRestoreResearchNote } from './queries'
import { ResearchNoteCard } from './ResearchNoteCard'
import { ResearchNoteDialog } from './ResearchNoteDialog'
import { StaleAgeSetting } from './StaleAgeSetting'

type Editing = { mode: 'closed' } | { mode: 'new'; kind: ResearchNoteKind } | { mode: 'edit'; note: ResearchNote }

const noNotes: ResearchNote[] = []

/** The Research tab: what the rep knows and believes about the account, each with its source and age. */
export function ResearchPanel({ accountId }: { accountId: string }) {
  const notes = useResearchNotes(accountId)
  const settings = useResearchSettings()
  const contacts = useContacts(accountId)
  const remove = useDeleteResearchNote()
  const restore = useRestoreResearchNote()
  const toast = useToast()
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const today = localIsoDate(new Date())
  const staleAfterDays = settings.data?.staleAfterDays ?? defaultStaleAfterDays
  const list = notes.data ?? noNotes

  const groups = useMemo(
    () => researchNoteKinds.map((kind) => ({ kind, notes: list.filter((note) => note.kind === kind) })).filter((group) => group.notes.length > 0),
    [list],
  )
  const names = useMemo(() => new Map((contacts.data ?? []).map((person) => [person.id, person.name])), [contacts.data])

  // Ctrl+N adds a note while this tab is open, as it adds an account on the Accounts screen.
  useShortcut('n', () => setEditing((current) => (current.mode === 'closed' ? { mode: 'new', kind: 'fact' } : current)))

  async function onDelete(note: ResearchNote) {
    try {
      await remove.mutateAsync(note.id)
      toast({
        message: 'Note deleted.',
        action: {
          label: 'Undo',
          onAction: () =>
            restore.mutate(note.id, {
              onSuccess: () => toast({ message: 'The note is back.' }),
              onError: (error) => toast({ tone: 'error', message: error.message }),
            }),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'Could not delete the note.' })
    }
  }

  return (
    <section className="research-panel" aria-label="Research">
      <div className="panel-header">
        <div>
          <h2>Research</h2>
          <p className="muted">Keep each thing you learn with where it came from and when. Facts you have not confirmed are assumptions.</p>
        </div>
        <div className="toolbar">
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new', kind: 'fact' })} title="Ctrl+N">
            Add note
          </button>
        </div>
      </div>
      {settings.data && <StaleAgeSetting staleAfterDays={staleAfterDays} />}

      {notes.isPending && <p className="muted">Loading research…</p>}
      {notes.isError && <QueryError error={notes.error} onRetry={() => void notes.refetch()} retrying={notes.isFetching} />}

      {notes.isSuccess && list.length === 0 && (
        <EmptyState
          title="No research yet"
          actions={
            <>
              <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new', kind: 'fact' })}>
                Add a fact
              </button>
              <button type="button" className="button" onClick={() => setEditing({ mode: 'new', kind: 'assumption' })}>
                Add an assumption
              </button>
            </>
          }
        >
          <p>
            Note what the company does, who its customers are, what it likely needs and any recent news, each with its source.
            Anything you are not sure of becomes something to verify on the call.
          </p>
        </EmptyState>
      )}

      {groups.map((group) => (
        <section key={group.kind} className="note-group" aria-label={noteKindGroupTitles[group.kind]}>
          <h3>
            {noteKindGroupTitles[group.kind]} <span className="muted">({group.notes.length})</span>
          </h3>
          <ul className="note-list">
            {group.notes.map((note) => (
              <ResearchNoteCard
                key={note.id}
                note={note}
                today={today}
                staleAfterDays={staleAfterDays}
                aboutName={note.contactId === null ? null : (names.get(note.contactId) ?? null)}
                onEdit={() => setEditing({ mode: 'edit', note })}
                onDelete={() => void onDelete(note)}
              />
            ))}
          </ul>
        </section>
      ))}

      {editing.mode !== 'closed' && (
        <ResearchNoteDialog
          accountId={accountId}
          note={editing.mode === 'edit' ? editing.note : undefined}
          initialKind={editing.mode === 'new' ? editing.kind : undefined}
          today={today}
          onClose={() => setEditing({ mode: 'closed' })}
          onSaved={(saved) => {
            setEditing({ mode: 'closed' })
            toast({ message: editing.mode === 'edit' ? 'Note saved.' : `${saved.kind === 'fact' ? 'Fact' : 'Note'} added.` })
          }}
        />
      )}
    </section>
  )
}
