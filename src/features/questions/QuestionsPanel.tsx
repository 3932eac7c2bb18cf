import { useMemo } from 'react'
import { EmptyState } from '../../components/EmptyState'
import { QueryError } from '../../components/QueryError'
import { AddQuestionForm } from './AddQuestionForm'
import { BankBrowser } from './BankBrowser'
import { CallPlanList } from './CallPlanList'
import { SpinBalance } from './SpinBalance'
import { useCallPlan } from './queries'

/** Prep tab: the questions for the next call with this target, coached as the rep writes and orders them. */
export function QuestionsPanel({ accountId }: { accountId: string }) {
  const plan = useCallPlan(accountId)
  const planned = useMemo(
    () => new Set((plan.data?.questions ?? []).flatMap((question) => (question.questionId ? [question.questionId] : []))),
    [plan.data],
  )

  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} retrying={plan.isFetching} />
  return (
    <div className="questions-panel">
      <div className="questions-main">
        <section aria-labelledby="call-plan-title">
          <h2 id="call-plan-title">Questions for the next call</h2>
          <AddQuestionForm accountId={accountId} />
          {plan.isPending && <p className="muted">Loading the plan…</p>}
          {plan.data && plan.data.questions.length === 0 && (
            <EmptyState title="No questions planned yet">
              <p>
                Write your own above or pick some from the bank below. Open questions (“How…”, “What…”, “Walk me through…”) let the
                prospect tell you about their situation in their own words.
              </p>
            </EmptyState>
          )}
          {plan.data && plan.data.questions.length > 0 && <CallPlanList accountId={accountId} questions={plan.data.questions} />}
        </section>
        <BankBrowser accountId={accountId} planned={planned} />
      </div>
      <aside className="questions-side">{plan.data && <SpinBalance coaching={plan.data.coaching} />}</aside>
    </div>
  )
}
