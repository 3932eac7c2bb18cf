import { Tabs } from 'radix-ui'
import { useState } from 'react'
import type { BankQuestion } from '@shared/contract/questions'
import type { QuestionPurpose } from '@shared/domain/questionCoach'
import { QueryError } from '../../components/QueryError'
import { useToast } from '../../components/Toaster'
import { purposeLabels } from './purposeLabels'
import { useAddToPlan, useQuestionBank } from './queries'

interface BankBrowserProps {
  accountId: string
  /** Bank questions already in this target's plan. */
  planned: ReadonlySet<string>
}

/** The question bank by purpose: one click puts a question in this target's plan. */
export function BankBrowser({ accountId, planned }: BankBrowserProps) {
  const bank = useQuestionBank()
  const add = useAddToPlan(accountId)
  const toast = useToast()
  const [purpose, setPurpose] = useState<QuestionPurpose>('situation')
  // The bank question being added: its button waits until the plan has it.
  const adding = add.isPending ? add.variables.questionId : undefined

  async function onAdd(question: BankQuestion) {
    try {
      await add.mutateAsync({ text: question.text, purpose: question.purpose, questionId: question.id, origin: 'bank' })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'The question could not be added.' })
    }
  }

  if (bank.isPending) return <p className="muted">Loading the question bank…</p>
  if (bank.isError) return <QueryError error={bank.error} onRetry={() => void bank.refetch()} retrying={bank.isFetching} />
  return (
    <section className="bank-browser" aria-labelledby="bank-browser-title">
      <div className="section-heading">
        <h3 id="bank-browser-title">From your question bank</h3>
        <a href="#/questions" className="button button-small button-quiet">
          Edit the bank
        </a>
      </div>
      <Tabs.Root value={purpose} onValueChange={(value) => setPurpose(value as QuestionPurpose)}>
        <Tabs.List className="tab-list bank-tabs" aria-label="Kinds of question">
          {bank.data.map((group) => (
            <Tabs.Trigger key={group.purpose} value={group.purpose} className="tab">
              {purposeLabels[group.purpose].label} <span className="muted">({group.questions.length})</span>
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {bank.data.map((group) => (
          <Tabs.Content key={group.purpose} value={group.purpose} className="tab-panel">
            <p className="muted">{purposeLabels[group.purpose].purpose}</p>
            {group.questions.length === 0 ? (
              <p className="muted">No {purposeLabels[group.purpose].label.toLowerCase()} questions in your bank. Add some on the Question bank screen.</p>
            ) : (
              <ul className="bank-list">
                {group.questions.map((question) => {
                  const inPlan = planned.has(question.id)
                  return (
                    <li key={question.id} className={inPlan ? 'bank-item bank-item-planned' : 'bank-item'}>
                      <span className="bank-text">{question.text}</span>
                      {inPlan ? (
                        <span className="bank-planned">✓ In the plan</span>
                      ) : (
                        <button type="button" className="button button-small" disabled={adding === question.id} onClick={() => void onAdd(question)}>
                          Add<span className="visually-hidden"> to the plan: {question.text}</span>
                        </button>
                      )}
                    </li>
                  )
                })}
              </ul>
            )}
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </section>
  )
}
