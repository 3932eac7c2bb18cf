import { useEffect, useRef, useState } from 'react'
import type { PlanQuestion } from '@shared/contract/questions'
import { useToast } from '../../components/Toaster'
import { PlanQuestionItem } from './PlanQuestionItem'
import { useRemoveFromPlan, useReorderPlan, useRestoreToPlan } from './queries'
import { moveId } from '@shared/domain/listOrder'

/** The questions for the next call, in the order the rep will ask them. */
export function CallPlanList({ accountId, questions }: { accountId: string; questions: PlanQuestion[] }) {
  const reorder = useReorderPlan(accountId)
  const remove = useRemoveFromPlan(accountId)
  const restore = useRestoreToPlan(accountId)
  const toast = useToast()
  const items = useRef(new Map<string, HTMLLIElement>())
  // Keyboard reordering keeps the moved question focused, once the list shows it in its new place.
  const pendingFocus = useRef<{ id: string; index: number } | null>(null)
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    const pending = pendingFocus.current
    if (pending === null || questions[pending.index]?.id !== pending.id) return
    pendingFocus.current = null
    items.current.get(pending.id)?.focus()
  }, [questions])

  function move(question: PlanQuestion, delta: number) {
    const ids = questions.map((candidate) => candidate.id)
    const next = moveId(ids, question.id, delta)
    const to = next.indexOf(question.id)
    if (to === ids.indexOf(question.id)) return
    pendingFocus.current = { id: question.id, index: to }
    setAnnouncement(`Moved to position ${to + 1} of ${ids.length}.`)
    reorder.mutate(next, { onError: (error) => toast({ tone: 'error', message: error.message }) })
  }

  async function onRemove(question: PlanQuestion) {
    try {
      await remove.mutateAsync(question.id)
      toast({
        message: 'Question removed from the plan.',
        action: {
          label: 'Undo',
          onAction: () => restore.mutate(question.id, { onError: (error) => toast({ tone: 'error', message: error.message }) }),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'The question could not be removed.' })
    }
  }

  return (
    <>
      <p className="muted plan-keys">Tip: select a question and press Alt+↑ or Alt+↓ to move it.</p>
      <ol className="plan-list" aria-label="Call plan">
        {questions.map((question, index) => (
          <PlanQuestionItem
            key={question.id}
            question={question}
            index={index}
            count={questions.length}
            itemRef={(element) => {
              if (element) items.current.set(question.id, element)
              else items.current.delete(question.id)
            }}
            onMove={(delta) => move(question, delta)}
            onRemove={() => void onRemove(question)}
          />
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  )
}
