import { useState } from 'react'
import type { SavedQualifier } from '@shared/contract'
import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { useToast } from '../../components/Toaster'
import { moveItem } from '@shared/domain/listOrder'
import { useShortcut } from '../../lib/useShortcut'
import { FitSummaryLine } from './FitSummaryLine'
import { LessonsPanel } from './LessonsPanel'
import { QualifierDialog } from './QualifierDialog'
import { QualifierRow } from './QualifierRow'
import { useDeleteQualifier, useQualifierCoverage, useQualifiers, useReorderQualifiers, useRestoreQualifier } from './queries'

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; qualifier: SavedQualifier }

/** Define the ideal prospect: the qualifiers every account is scored against. */
export function QualifiersScreen() {
  const qualifiers = useQualifiers()
  const coverage = useQualifierCoverage()
  const remove = useDeleteQualifier()
  const restore = useRestoreQualifier()
  const reorder = useReorderQualifiers()
  const toast = useToast()
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const list = qualifiers.data ?? []
  const byId = new Map((coverage.data?.byQualifier ?? []).map((entry) => [entry.qualifierId, entry]))

  useShortcut('n', () => setEditing({ mode: 'new' }))

  async function onDelete(qualifier: SavedQualifier) {
    try {
      await remove.mutateAsync(qualifier.id)
      toast({
        message: `Deleted “${qualifier.name}”. Scores no longer count it.`,
        action: {
          label: 'Undo',
          onAction: () =>
            restore.mutate(qualifier.id, {
              onSuccess: () => toast({ message: `“${qualifier.name}” is back, with what you had recorded for it.` }),
              onError: (error) => toast({ tone: 'error', message: error.message }),
            }),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'Could not delete the qualifier.' })
    }
  }

  function onMove(index: number, by: -1 | 1) {
    reorder.mutate(
      moveItem(list, index, by).map((qualifier) => qualifier.id),
      { onError: (error) => toast({ tone: 'error', message: error.message }) },
    )
  }

  return (
    <div className="screen qualifiers-screen">
      <header className="screen-header">
        <div>
          <h1>Ideal prospect</h1>
          <p className="screen-lede">What makes an account worth your call. Every account is scored against these, and scores follow each change.</p>
        </div>
        <div className="toolbar">
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })} title="Ctrl+N">
            New qualifier
          </button>
        </div>
      </header>
      <FitSummaryLine />

      {qualifiers.isPending && <p className="muted">Loading qualifiers…</p>}
      {qualifiers.isError && <QueryError error={qualifiers.error} onRetry={() => void qualifiers.refetch()} retrying={qualifiers.isFetching} />}

      <div className="qualifiers-layout">
        <div>
          {qualifiers.isSuccess && list.length === 0 && (
            <EmptyState
              title="No qualifiers yet"
              actions={
                <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
                  Add your first qualifier
                </button>
              }
            >
              <p>
                Say what a good prospect looks like: the industries or regions you can serve, the size that fits, and the things
                only a call can tell you, such as which team buys. Mark the ones you cannot do without as must-haves.
              </p>
            </EmptyState>
          )}
          {list.length > 0 && (
            <ol className="qualifier-list" aria-label="Qualifiers">
              {list.map((qualifier, index) => (
                <QualifierRow
                  key={qualifier.id}
                  qualifier={qualifier}
                  index={index}
                  count={list.length}
                  coverage={byId.get(qualifier.id)}
                  accounts={coverage.data?.accounts ?? 0}
                  onEdit={() => setEditing({ mode: 'edit', qualifier })}
                  onDelete={() => void onDelete(qualifier)}
                  onMove={(by) => onMove(index, by)}
                />
              ))}
            </ol>
          )}
        </div>
        <LessonsPanel />
      </div>

      {editing.mode !== 'closed' && (
        <QualifierDialog
          key={editing.mode === 'edit' ? editing.qualifier.id : 'new'}
          qualifier={editing.mode === 'edit' ? editing.qualifier : undefined}
          onClose={() => setEditing({ mode: 'closed' })}
          onSaved={(saved) => {
            setEditing({ mode: 'closed' })
            toast({ message: `Saved “${saved.name}”. Scores are up to date.` })
          }}
        />
      )}
    </div>
  )
}
