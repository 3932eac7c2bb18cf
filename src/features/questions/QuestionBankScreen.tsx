import { useState, type FormEvent } from 'react'
import { bankQuestionFieldsSchema } from '@shared/contract/questions'
import type { QuestionPurpose } from '@shared/domain/questionCoach'
import { QueryError } from '../../components/QueryError'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toaster'
import { fieldErrors, issuesByField } from '../../lib/client'
import { useDraft } from '../../lib/useDraft'
import { BankQuestionRow } from './BankQuestionRow'
import { CoachVerdict } from './CoachVerdict'
import { PurposeSelect } from './PurposeSelect'
import { purposeLabels } from './purposeLabels'
import { useCreateBankQuestion, useQuestionBank } from './queries'
import { useQuestionCoaching } from './useQuestionCoaching'

interface BankDraft {
  text: string
  /** '' while following the coach's guess. */
  purpose: QuestionPurpose | ''
}

/** #/questions: the rep's reusable questions by purpose, starting from the shipped starter set. */
export function QuestionBankScreen() {
  const bank = useQuestionBank()
  const create = useCreateBankQuestion()
  const toast = useToast()
  const { draft, update, clear } = useDraft<BankDraft>('questions.bank.new', { text: '', purpose: '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const coaching = useQuestionCoaching(draft.text)
  const purpose: QuestionPurpose = draft.purpose || coaching?.purposeGuess || 'situation'

  async function onAdd(event: FormEvent) {
    event.preventDefault()
    const fields = { purpose, text: draft.text }
    const parsed = bankQuestionFieldsSchema.safeParse(fields)
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error))
      return
    }
    try {
      await create.mutateAsync(fields)
      update({ text: '', purpose: '' })
      clear()
      setErrors({})
      toast({ message: `Added to ${purposeLabels[purpose].label.toLowerCase()} questions.` })
    } catch (error) {
      const byField = fieldErrors(error)
      setErrors(byField)
      if (Object.keys(byField).length === 0) toast({ tone: 'error', message: error instanceof Error ? error.message : 'The question was not added.' })
    }
  }

  return (
    <div className="screen">
      <header className="screen-header">
        <div>
          <h1>Question bank</h1>
          <p className="screen-lede">Questions you reuse from call to call, by what they are for. Pick from them when you prepare a target.</p>
        </div>
      </header>
      <form className="add-question" onSubmit={onAdd} noValidate aria-label="Add a question to the bank">
        <div className="add-question-row">
          <TextField
            label="New question"
            value={draft.text}
            error={errors.text}
            maxLength={1000}
            autoComplete="off"
            onChange={(event) => update({ text: event.target.value })}
            className="add-question-text"
          />
          <PurposeSelect label="Purpose" value={purpose} onChange={(chosen) => chosen && update({ purpose: chosen })} />
          <button type="submit" className="button button-primary add-question-submit" disabled={create.isPending}>
            Add to the bank
          </button>
        </div>
        {coaching && <CoachVerdict coaching={coaching} onUseRewrite={(rewrite) => update({ text: rewrite })} />}
      </form>

      {bank.isPending && <p className="muted">Loading the question bank…</p>}
      {bank.isError && <QueryError error={bank.error} onRetry={() => void bank.refetch()} retrying={bank.isFetching} />}
      {bank.data?.map((group) => (
        <section key={group.purpose} className="bank-section" aria-labelledby={`bank-${group.purpose}`}>
          <h2 id={`bank-${group.purpose}`}>
            {purposeLabels[group.purpose].label} <span className="muted">({group.questions.length})</span>
          </h2>
          <p className="muted">{purposeLabels[group.purpose].purpose}</p>
          {group.questions.length === 0 ? (
            <p className="muted">None left. Add one above.</p>
          ) : (
            <ul className="bank-list">
              {group.questions.map((question) => (
                <BankQuestionRow key={question.id} question={question} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  )
}
