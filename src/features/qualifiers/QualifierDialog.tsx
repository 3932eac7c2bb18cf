import { Dialog } from 'radix-ui'
import { useId } from 'react'
import type { SavedQualifier } from '@shared/contract'
import { qualifierLimits, rangeFields, valueFields, type RangeField, type ValueField } from '@shared/domain/qualifiers'
import { TextField } from '../../components/TextField'
import { useDraft } from '../../lib/useDraft'
import {
  draftFromQualifier,
  emptyQualifierDraft,
  draftToInput,
  fieldLabels,
  kindLabels,
  previewableRule,
  validateQualifier,
  weightLabels,
  type QualifierDraft,
  type QualifierKind,
} from './qualifierForm'
import { QualifierPreview } from './QualifierPreview'
import { useCreateQualifier, useUpdateQualifier } from './queries'
import { ValuesPicker } from './ValuesPicker'
import { DraftFormFooter } from '../../components/DraftFormFooter'
import { useDraftSubmit } from '../../lib/useDraftSubmit'

interface QualifierDialogProps {
  /** The qualifier to edit, or undefined for a new one. */
  qualifier: SavedQualifier | undefined
  onClose: () => void
  onSaved: (qualifier: SavedQualifier) => void
}

const kinds: QualifierKind[] = ['values', 'range', 'evidence']
const weights = [1, 2, 3, 4, 5]

export function QualifierDialog({ qualifier, onClose, onSaved }: QualifierDialogProps) {
  const { draft, restored, update, clear } = useDraft<QualifierDraft>(
    `qualifier.${qualifier?.id ?? 'new'}`,
    qualifier ? draftFromQualifier(qualifier) : emptyQualifierDraft,
  )
  const create = useCreateQualifier()
  const save = useUpdateQualifier()
  const pending = create.isPending || save.isPending
  const ids = useId()
  const { errors, setErrors, failure, onSubmit } = useDraftSubmit({
    draft,
    validate: validateQualifier,
    save: (current) => (qualifier ? save.mutateAsync({ id: qualifier.id, fields: draftToInput(current) }) : create.mutateAsync(draftToInput(current))),
    clear,
    onSaved,
  })

  function discard() {
    clear()
    onClose()
  }

  function change(patch: Partial<QualifierDraft>) {
    update(patch)
    // An error disappears as soon as the rep changes what it was about.
    const touched = Object.keys(patch)
    if (touched.length > 0) setErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !touched.some((key) => errorBelongsTo(path, key)))))
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog qualifier-dialog" aria-describedby={undefined}>
          <Dialog.Title>{qualifier ? `Edit “${qualifier.name}”` : 'New qualifier'}</Dialog.Title>
          {restored && <p className="notice">Your unsaved changes from last time are back.</p>}
          <form onSubmit={onSubmit} noValidate className="qualifier-form">
            <TextField
              label="Name"
              autoFocus
              required
              placeholder="e.g. Moves freight, Mid-sized, Has an insights team"
              maxLength={qualifierLimits.name}
              value={draft.name}
              error={errors.name}
              onChange={(event) => change({ name: event.target.value })}
            />

            <fieldset className="qualifier-choice-group">
              <legend>What decides it</legend>
              {kinds.map((kind) => (
                <label key={kind} className="qualifier-choice">
                  <input type="radio" name={`${ids}-kind`} value={kind} checked={draft.kind === kind} onChange={() => change({ kind })} />
                  <span>
                    <span className="qualifier-choice-title">{kindLabels[kind].title}</span>
                    <span className="qualifier-choice-hint">{kindLabels[kind].hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>

            {draft.kind === 'values' && (
              <div className="rule-inputs">
                <div className="field">
                  <label htmlFor={`${ids}-value-field`}>Account field</label>
                  <select id={`${ids}-value-field`} value={draft.valueField} onChange={(event) => change({ valueField: event.target.value as ValueField, values: [] })}>
                    {valueFields.map((field) => (
                      <option key={field} value={field}>
                        {fieldLabels[field]}
                      </option>
                    ))}
                  </select>
                </div>
                <ValuesPicker field={draft.valueField} values={draft.values} error={errors['rule.values']} onChange={(values) => change({ values })} />
              </div>
            )}

            {draft.kind === 'range' && (
              <div className="rule-inputs form-grid">
                <div className="field span-2">
                  <label htmlFor={`${ids}-range-field`}>Account field</label>
                  <select id={`${ids}-range-field`} value={draft.rangeField} onChange={(event) => change({ rangeField: event.target.value as RangeField })}>
                    {rangeFields.map((field) => (
                      <option key={field} value={field}>
                        {fieldLabels[field]}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField
                  label="Lowest"
                  inputMode="decimal"
                  placeholder="No lower limit"
                  value={draft.min}
                  error={errors['rule.min']}
                  onChange={(event) => change({ min: event.target.value })}
                />
                <TextField
                  label="Highest"
                  inputMode="decimal"
                  placeholder="No upper limit"
                  value={draft.max}
                  error={errors['rule.max']}
                  onChange={(event) => change({ max: event.target.value })}
                />
              </div>
            )}

            <fieldset className="qualifier-choice-group">
              <legend>How much it counts</legend>
              <label className="qualifier-choice">
                <input type="checkbox" checked={draft.mustHave} onChange={(event) => change({ mustHave: event.target.checked })} />
                <span>
                  <span className="qualifier-choice-title">Must-have</span>
                  <span className="qualifier-choice-hint">An account that misses it is ruled out, whatever else it meets.</span>
                </span>
              </label>
              {!draft.mustHave && (
                <div className="weight-picker" role="radiogroup" aria-label="Weight">
                  <span className="weight-title" aria-hidden>
                    Weight
                  </span>
                  {weights.map((weight) => (
                    <label key={weight} className={draft.weight === weight ? 'status-switch-option status-switch-on' : 'status-switch-option'} title={weightLabels[weight]}>
                      <input type="radio" name={`${ids}-weight`} value={weight} checked={draft.weight === weight} onChange={() => change({ weight })} />
                      {weight}
                    </label>
                  ))}
                  <span className="muted weight-label">{weightLabels[draft.weight]}</span>
                </div>
              )}
              {errors.weight && <p className="field-error">{errors.weight}</p>}
            </fieldset>

            <TextField
              label="Description"
              multiline
              maxLength={qualifierLimits.description}
              hint={
                draft.kind === 'evidence'
                  ? 'What to look for and how to ask. Its first line becomes the question to settle on the call.'
                  : 'Why it matters. Its first line is what to find out when an account has no value recorded.'
              }
              value={draft.description}
              error={errors.description}
              onChange={(event) => change({ description: event.target.value })}
            />

            <QualifierPreview rule={previewableRule(draft)} qualifierId={qualifier?.id ?? null} />

            <DraftFormFooter failure={failure} pending={pending} submitLabel={qualifier ? 'Save' : 'Add qualifier'} onDiscard={discard} />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

/** Which draft key an error path is about (rule.values → values, rule.min → min…). */
function errorBelongsTo(path: string, key: string): boolean {
  if (path === key) return true
  if (key === 'kind' || key === 'valueField' || key === 'rangeField') return path.startsWith('rule')
  return path === `rule.${key}`
}
