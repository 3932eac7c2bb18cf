import { useDeferredValue, useMemo } from 'react'
import { coachQuestion, type QuestionCoaching } from '@shared/domain/questionCoach'

/**
 * The coach reading along as a question is typed: its verdict on a deferred copy of the text, so
 * typing never waits for it; null while there is nothing to judge.
 */
export function useQuestionCoaching(text: string): QuestionCoaching | null {
  const typed = useDeferredValue(text)
  return useMemo(() => (typed.trim() === '' ? null : coachQuestion(typed)), [typed])
}
