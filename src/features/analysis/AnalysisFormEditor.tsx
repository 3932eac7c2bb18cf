import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import {
  analysisFieldsSchema, analysisLimits, analysisSaveSchema, fitVerdicts, type AnalysisFields, type AnalysisTextField, type AnalysisVersion,
  type FitVerdict,
} from '@shared/contract/messages'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toaster'
import { CallError } from '../../lib/client'
import { formatDate } from '../../lib/format'
import { autosaveLabels, readBackup, useCheckedAutosave } from '../../lib/useBackedUpAutosave'
import { analysisFieldTexts, analysisSections, assumptionFields, fitVerdictLabels } from './analysisLabels'
import { AnalysisFormView } from './AnalysisFormView'
import { analysisKeys, useSaveAnalysis, useStartNewCall } from './queries'

interface AnalysisFormEditorProps {
  accountId: string
  /** null before the rep first writes in the form: the first save creates call 1. */
  version: AnalysisVersion | null
}

interface AnalysisBackup {
  versionId: string | null
  fields: AnalysisFields
}

const emptyFields: AnalysisFields = analysisFieldsSchema.parse({})

/** A backup belongs to this version, or to the first call's form before the store had given it an id. */
function backupFor(backup: AnalysisBackup | undefined, version: AnalysisVersion | null): AnalysisFields | undefined {
  if (!backup || typeof backup.fields !== 'object') return undefined
  const parsed = analysisFieldsSchema.safeParse(backup.fields)
  if (!parsed.success) return undefined
  const matches = backup.versionId === (version?.id ?? null) || (backup.versionId === null && version?.callNumber === 1)
  if (!matches || JSON.stringify(parsed.data) === JSON.stringify(version?.fields ?? emptyFields)) return undefined
  return parsed.data
}

/** The current call's form: every field saves as the rep types, and a new call starts from a copy. */
export function AnalysisFormEditor({ accountId, version }: AnalysisFormEditorProps) {
  const id = useId()
  const toast = useToast()
  const queryClient = useQueryClient()
  const save = useSaveAnalysis()
  const startNewCall = useStartNewCall()
  const backupKey = `analysis.${accountId}`
  const versionId = useRef<string | null>(version?.id ?? null)
  const [restored] = useState(() => backupFor(readBackup<AnalysisBackup>(backupKey), version))
  const [fields, setFields] = useState<AnalysisFields>(() => restored ?? version?.fields ?? emptyFields)
  const callNumber = version?.callNumber ?? 1

  const { state, schedule, flush, errors } = useCheckedAutosave(backupKey, {
    schema: analysisSaveSchema,
    toInput: (next: AnalysisBackup) => ({ accountId, versionId: versionId.current, fields: next.fields }),
    send: async (input) => {
      versionId.current = (await save.mutateAsync(input)).id
    },
    // The form moved on elsewhere (another window started it, or a newer call): show it as it now stands.
    onRefused: (error) => {
      if (error instanceof CallError && error.code === 'CONFLICT') void queryClient.invalidateQueries({ queryKey: analysisKeys.account(accountId) })
    },
  })

  useEffect(() => {
    if (restored) schedule({ versionId: versionId.current, fields: restored })
  }, [restored, schedule])

  function change(patch: Partial<AnalysisFields>) {
    const next = { ...fields, ...patch }
    setFields(next)
    schedule({ versionId: versionId.current, fields: next })
  }

  async function newCall() {
    // The new call starts from a copy of this one: never over edits that did not reach the store.
    if (!(await flush())) {
      toast({ message: 'Not started: your latest changes to this call are not saved yet. They are kept here; try again in a moment.', tone: 'error' })
      return
    }
    try {
      const created = await startNewCall.mutateAsync(accountId)
      toast({ message: `Started the form for call ${created.callNumber}. Call ${created.callNumber - 1}'s form is kept as it was.` })
    } catch (error) {
      toast({ message: error instanceof Error ? error.message : 'The new call could not be started. Please try again.', tone: 'error' })
    }
  }

  function textField(field: AnalysisTextField) {
    const text = analysisFieldTexts[field]
    return (
      <TextField
        key={field}
        label={text.label}
        multiline
        rows={field === 'needs' ? 6 : 3}
        value={fields[field]}
        placeholder={text.placeholder}
        maxLength={analysisLimits.field}
        error={errors[field]}
        onChange={(event) => change({ [field]: event.target.value })}
        onBlur={() => void flush()}
      />
    )
  }

  return (
    <div className="analysis-editor">
      <div className="analysis-editor-head">
        <p className="analysis-call-title">
          <strong>Call {callNumber}</strong>
          {version && <span className="muted"> · started {formatDate(version.createdAt)}</span>}
        </p>
        <span className={`autosave-state autosave-state-${state}`} aria-live="polite">
          {autosaveLabels[state]}
        </span>
        {version && (
          <button type="button" className="button analysis-new-call" disabled={startNewCall.isPending} onClick={() => void newCall()}>
            Start a new call
          </button>
        )}
      </div>
      {restored && <p className="notice">What you typed last time had not been saved yet. It is back, and saving now.</p>}
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <form className="analysis-form" aria-label={`Prospect Analysis Form, call ${callNumber}`} onSubmit={(event) => event.preventDefault()}>
        {analysisSections.map((section) => (
          <fieldset key={section.title} className="analysis-section">
            <legend>{section.title}</legend>
            {section.fields.map(textField)}
          </fieldset>
        ))}
        <fieldset className="analysis-section">
          <legend>Fit</legend>
          <div className={errors.verdict ? 'field field-invalid' : 'field'}>
            <label htmlFor={`${id}-verdict`}>Fit verdict</label>
            <select
              id={`${id}-verdict`}
              value={fields.verdict}
              onChange={(event) => {
                const verdict = fitVerdicts.find((v) => v === event.target.value)
                if (verdict) change({ verdict: verdict satisfies FitVerdict })
              }}
              onBlur={() => void flush()}
            >
              {fitVerdicts.map((verdict) => (
                <option key={verdict} value={verdict}>
                  {fitVerdictLabels[verdict]}
                </option>
              ))}
            </select>
          </div>
          {textField('verdictReason')}
        </fieldset>
        <fieldset className="analysis-section">
          <legend>Your assumptions</legend>
          {assumptionFields.map(textField)}
        </fieldset>
      </form>
      <AnalysisFormView className="analysis-print-copy" fields={fields} />
    </div>
  )
}
