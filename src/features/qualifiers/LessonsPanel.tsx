import { useState, type FormEvent } from 'react'
import { lessonLimits } from '@shared/contract'
import { QueryError } from '../../components/QueryError'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toaster'
import { fieldErrors } from '../../lib/client'
import { formatDate } from '../../lib/format'
import { useDraft } from '../../lib/useDraft'
import { useAddLesson, useDeleteLesson, useLessons, useRestoreLesson } from './queries'

/** Why accounts turned out to be no fit: kept beside the qualifiers so they can be sharpened. */
export function LessonsPanel() {
  const lessons = useLessons()
  const add = useAddLesson()
  const remove = useDeleteLesson()
  const restore = useRestoreLesson()
  const toast = useToast()
  const { draft, update, clear } = useDraft('lesson.new', { text: '' })
  const [error, setError] = useState<string | undefined>()

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (draft.text.trim() === '') {
      setError('Write what the call taught you first')
      return
    }
    try {
      await add.mutateAsync({ text: draft.text })
      clear()
      update({ text: '' })
      setError(undefined)
    } catch (failure) {
      setError(fieldErrors(failure).text ?? (failure instanceof Error ? failure.message : 'Could not keep the lesson.'))
    }
  }

  async function onDelete(id: string) {
    try {
      await remove.mutateAsync(id)
      toast({
        message: 'Deleted the lesson.',
        action: { label: 'Undo', onAction: () => restore.mutate(id, { onError: (failure) => toast({ tone: 'error', message: failure.message }) }) },
      })
    } catch (failure) {
      toast({ tone: 'error', message: failure instanceof Error ? failure.message : 'Could not delete the lesson.' })
    }
  }

  return (
    <section className="lessons" aria-labelledby="lessons-title">
      <h2 id="lessons-title">Lessons from calls</h2>
      <p className="muted">When an account turns out to be no fit, write down why. Then sharpen a qualifier so the next list is better.</p>
      <form onSubmit={onSubmit} noValidate className="lesson-form">
        <TextField
          label="What did the call teach you?"
          multiline
          maxLength={lessonLimits.text}
          placeholder="e.g. Distributors that outsource their fleet don't plan routes in house"
          value={draft.text}
          error={error}
          onChange={(event) => {
            update({ text: event.target.value })
            setError(undefined)
          }}
        />
        <button type="submit" className="button" disabled={add.isPending}>
          Keep this lesson
        </button>
      </form>
      {lessons.isPending && <p className="muted">Loading lessons…</p>}
      {lessons.isError && <QueryError error={lessons.error} onRetry={() => void lessons.refetch()} retrying={lessons.isFetching} />}
      {lessons.data?.length === 0 && <p className="muted">No lessons yet. The ones you keep are listed here, newest first.</p>}
      {lessons.data && lessons.data.length > 0 && (
        <ul className="lesson-list">
          {lessons.data.map((lesson) => (
            <li key={lesson.id} className="lesson">
              <p>{lesson.text}</p>
              <p className="muted lesson-meta">
                {[lesson.accountName, formatDate(lesson.createdAt)].filter(Boolean).join(' · ')}
                <button type="button" className="button button-small button-quiet" onClick={() => void onDelete(lesson.id)}>
                  Delete<span className="visually-hidden"> lesson</span>
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
