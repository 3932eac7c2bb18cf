import { startTransition, useOptimistic, useState, type KeyboardEvent } from 'react'
import { checklistItemTextSchema } from '@shared/contract/checklist'
import { useToast } from '../../components/Toaster'
import { useDraft } from '../../lib/useDraft'
import { useDeleteOwnItem, useRestoreOwnItem, useToggleOwnItem, useUpdateOwnItem } from './queries'

/** One of the rep's own items: tick it, reword it, or delete it (with Undo). */
export function OwnItemRow({ id, text, done }: { id: string; text: string; done: boolean }) {
  const toggle = useToggleOwnItem()
  const update = useUpdateOwnItem()
  const remove = useDeleteOwnItem()
  const restore = useRestoreOwnItem()
  const toast = useToast()
  // The rewording in progress (null when not editing) is kept locally, so leaving the tab or a reload keeps it.
  const { draft, update: updateDraft, clear } = useDraft<{ text: string | null }>(`checklist.own.edit.${id}`, { text: null })
  const editing = draft.text
  const [error, setError] = useState<string | undefined>()

  // The tick shows at once, and for as long as the toggle is under way: that is until the checklist has
  // been read again (the toggle's success waits for that read), or until the save failed.
  const [shownDone, showDone] = useOptimistic(done)

  function onToggle() {
    const next = !shownDone
    startTransition(async () => {
      showDone(next)
      try {
        await toggle.mutateAsync({ id, done: next })
      } catch (failure) {
        toast({ tone: 'error', message: failure instanceof Error ? failure.message : 'Could not save the tick.' })
      }
    })
  }

  /** Starts, changes or (with null) ends the rewording; ending it drops the kept copy. */
  function setEditing(next: string | null) {
    updateDraft({ text: next })
    if (next === null) {
      clear()
      setError(undefined)
    }
  }

  async function onSave() {
    if (editing === null) return
    const parsed = checklistItemTextSchema.safeParse(editing)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message)
      return
    }
    try {
      await update.mutateAsync({ id, text: parsed.data })
      setEditing(null)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not save the item.')
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault()
      void onSave()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      setEditing(null)
    }
  }

  async function onDelete() {
    try {
      await remove.mutateAsync(id)
      toast({
        message: `Deleted “${text}” from the checklist.`,
        action: { label: 'Undo', onAction: () => restore.mutate(id, { onError: (failure) => toast({ tone: 'error', message: failure.message }) }) },
      })
    } catch (failure) {
      toast({ tone: 'error', message: failure instanceof Error ? failure.message : 'Could not delete the item.' })
    }
  }

  return (
    <li className={shownDone ? 'checklist-item checklist-item-done' : 'checklist-item'}>
      <input
        type="checkbox"
        className="own-item-check"
        checked={shownDone}
        onChange={onToggle}
        disabled={toggle.isPending}
        aria-label={`Done: ${text}`}
      />
      {editing === null ? (
        <span className="checklist-label">{text}</span>
      ) : (
        <span className="own-item-edit">
          <input
            value={editing}
            onChange={(event) => setEditing(event.target.value)}
            onKeyDown={onKeyDown}
            aria-label="Reword the item"
            aria-invalid={Boolean(error)}
            // Focus follows the rep's own click on Edit.
            autoFocus
          />
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </span>
      )}
      <span className="row-actions">
        {editing === null ? (
          <button type="button" className="button button-small button-quiet" onClick={() => setEditing(text)}>
            Edit<span className="visually-hidden"> {text}</span>
          </button>
        ) : (
          <>
            <button type="button" className="button button-small" onClick={() => void onSave()} disabled={update.isPending}>
              Save
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </>
        )}
        <button type="button" className="button button-small button-quiet" onClick={() => void onDelete()} disabled={remove.isPending}>
          Delete<span className="visually-hidden"> {text}</span>
        </button>
      </span>
    </li>
  )
}
