import { useEffect, useRef, useState } from 'react'
import { offeringLimits, type Offering } from '@shared/contract'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toaster'
import { CallError } from '../../lib/client'
import { moveItem } from '@shared/domain/listOrder'
import { readBackup, useBackedUpAutosave } from '../../lib/useBackedUpAutosave'
import { useShortcut } from '../../lib/useShortcut'
import { DifferentiatorCard } from './DifferentiatorCard'
import {
  draftFromOffering,
  draftToInput,
  errorsByDraftPath,
  newDifferentiator,
  newValueStatement,
  validateOffering,
  type DifferentiatorDraft,
  type OfferingDraft,
  type ValueStatementDraft,
} from './offeringForm'
import { useSaveOffering } from './queries'
import { SaveStatus } from './SaveStatus'
import { ValueStatementCard } from './ValueStatementCard'

type ListName = 'valueStatements' | 'differentiators'

const backupKey = 'offering'

/** The offering profile as one autosaved form: every keystroke is kept locally until the store has it. */
export function OfferingEditor({ offering }: { offering: Offering }) {
  const [start] = useState(() => {
    const stored = draftFromOffering(offering)
    const backup = readBackup<OfferingDraft>(backupKey)
    return { draft: backup ? { ...stored, ...backup } : stored, restored: backup !== undefined }
  })
  const { restored } = start
  const [draft, setDraft] = useState(start.draft)
  const save = useSaveOffering()
  const toast = useToast()
  const [focusId, setFocusId] = useState<string | null>(null)
  /** Why the store refused the last save, or null; cleared by the next one it takes. */
  const [refusal, setRefusal] = useState<unknown>(null)
  const latestDraft = useRef(draft)
  useEffect(() => {
    latestDraft.current = draft
  })

  // A draft with marked fields is not sent; it stays in the local copy until it is fixed.
  const { state, schedule, flush } = useBackedUpAutosave<OfferingDraft>(backupKey, async (value) => {
    if (Object.keys(validateOffering(value)).length > 0) return false
    try {
      await save.mutateAsync(draftToInput(value))
      setRefusal(null)
      return true
    } catch (error) {
      setRefusal(error)
      return false
    }
  })

  // Changes restored from an earlier session go to the store straight away.
  useEffect(() => {
    if (restored) schedule(latestDraft.current)
  }, [restored, schedule])

  const errors = { ...validateOffering(draft), ...serverErrors(refusal, draft) }
  const dirty = state === 'pending' || state === 'saving' || state === 'failed'

  useShortcut('s', () => void flush())

  function change(next: OfferingDraft) {
    setDraft(next)
    latestDraft.current = next
    schedule(next)
  }

  function addRow(list: ListName) {
    const row = list === 'valueStatements' ? newValueStatement() : newDifferentiator()
    setFocusId(row.id)
    change({ ...draft, [list]: [...draft[list], row] })
  }

  function patchRow<L extends ListName>(list: L, id: string, patch: Partial<OfferingDraft[L][number]>) {
    change({ ...draft, [list]: (draft[list] as OfferingDraft[L][number][]).map((row) => (row.id === id ? { ...row, ...patch } : row)) })
  }

  function moveRow(list: ListName, index: number, by: -1 | 1) {
    change({ ...draft, [list]: moveItem(draft[list] as (ValueStatementDraft | DifferentiatorDraft)[], index, by) })
  }

  function removeRow(list: ListName, index: number, what: string) {
    const rows = draft[list] as (ValueStatementDraft | DifferentiatorDraft)[]
    const removed = rows[index]
    if (!removed) return
    change({ ...draft, [list]: rows.filter((_, i) => i !== index) })
    const typed = Object.entries(removed).some(([key, value]) => key !== 'id' && value.trim() !== '')
    if (!typed) return
    toast({
      message: `Removed ${what}.`,
      action: {
        label: 'Undo',
        onAction: () => {
          const current = latestDraft.current
          const now = current[list] as (ValueStatementDraft | DifferentiatorDraft)[]
          if (now.some((row) => row.id === removed.id)) return
          change({ ...current, [list]: [...now.slice(0, index), removed, ...now.slice(index)] })
        },
      },
    })
  }

  const failure = refusal instanceof Error && !(refusal instanceof CallError && refusal.issues.length > 0) ? refusal.message : null
  const invalid = Object.keys(errors).length > 0

  return (
    <>
      <header className="screen-header">
        <div>
          <h1>Offering</h1>
          <p className="screen-lede">What you sell, the value it brings and how it differs. Your openers and messages draw on this.</p>
        </div>
        <SaveStatus saving={state === 'saving'} dirty={dirty} invalid={invalid} failure={failure} onRetry={flush} />
      </header>
      {restored && <p className="notice">Changes you had not saved last time are back and are being saved.</p>}

      <section className="offering-section" aria-labelledby="offering-what">
        <h2 id="offering-what">What you sell</h2>
        <div className="form-grid">
          <TextField
            label="What it is"
            className="span-2"
            placeholder="e.g. Route-planning software for regional carriers"
            maxLength={offeringLimits.whatItIs}
            value={draft.whatItIs}
            error={errors.whatItIs}
            onChange={(event) => change({ ...draft, whatItIs: event.target.value })}
          />
          <TextField
            label="In a few sentences"
            className="span-2"
            multiline
            hint="What it does for a customer, as you would say it on the phone."
            value={draft.summary}
            error={errors.summary}
            onChange={(event) => change({ ...draft, summary: event.target.value })}
          />
        </div>
      </section>

      <section className="offering-section" aria-labelledby="offering-value">
        <h2 id="offering-value">Value statements</h2>
        <p className="muted">Concrete value, not superlatives: what a customer gains, who gains it, and what shows it is true.</p>
        {draft.valueStatements.length === 0 && <p className="offering-empty">No value statements yet. Start with the benefit your customers mention most.</p>}
        <ol className="offering-list">
          {draft.valueStatements.map((statement, index) => (
            <ValueStatementCard
              key={statement.id}
              statement={statement}
              index={index}
              count={draft.valueStatements.length}
              errors={errors}
              autoFocus={focusId === statement.id}
              onChange={(patch) => patchRow('valueStatements', statement.id, patch)}
              onMove={(by) => moveRow('valueStatements', index, by)}
              onRemove={() => removeRow('valueStatements', index, 'a value statement')}
            />
          ))}
        </ol>
        {errors.valueStatements && <p className="form-error">{errors.valueStatements}</p>}
        <button
          type="button"
          className="button"
          onClick={() => addRow('valueStatements')}
          disabled={draft.valueStatements.length >= offeringLimits.valueStatements}
        >
          Add a value statement
        </button>
      </section>

      <section className="offering-section" aria-labelledby="offering-competitors">
        <h2 id="offering-competitors">Against competitors</h2>
        <p className="muted">For each competitor a prospect may compare you with, what you do differently and why it matters.</p>
        {draft.differentiators.length === 0 && <p className="offering-empty">No competitors yet. Add the one you hear about most often.</p>}
        <ol className="offering-list">
          {draft.differentiators.map((differentiator, index) => (
            <DifferentiatorCard
              key={differentiator.id}
              differentiator={differentiator}
              index={index}
              count={draft.differentiators.length}
              errors={errors}
              autoFocus={focusId === differentiator.id}
              onChange={(patch) => patchRow('differentiators', differentiator.id, patch)}
              onMove={(by) => moveRow('differentiators', index, by)}
              onRemove={() => removeRow('differentiators', index, 'a competitor')}
            />
          ))}
        </ol>
        {errors.differentiators && <p className="form-error">{errors.differentiators}</p>}
        <button
          type="button"
          className="button"
          onClick={() => addRow('differentiators')}
          disabled={draft.differentiators.length >= offeringLimits.differentiators}
        >
          Add a competitor
        </button>
      </section>
    </>
  )
}

function serverErrors(failure: unknown, draft: OfferingDraft): Record<string, string> {
  return failure instanceof CallError ? errorsByDraftPath(draft, failure.issues) : {}
}
