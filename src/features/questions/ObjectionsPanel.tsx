import { useState } from 'react'
import type { Objection } from '@shared/contract/questions'
import { QueryError } from '../../components/QueryError'
import { useToast } from '../../components/Toaster'
import { AddObjectionForm } from './AddObjectionForm'
import { ObjectionPractice } from './ObjectionPractice'
import { ObjectionRow } from './ObjectionRow'
import { useCreateObjection, useDeleteObjection, useObjections, useReorderObjections, useRestoreObjection } from './objectionQueries'
import { moveId } from '@shared/domain/listOrder'

type Mode = 'prepare' | 'practice'

function sameReaction(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

/** Prep tab: the reactions to expect from this prospect, the planned answers, and a way to rehearse them. */
export function ObjectionsPanel({ accountId }: { accountId: string }) {
  const list = useObjections(accountId)
  const create = useCreateObjection()
  const remove = useDeleteObjection()
  const restore = useRestoreObjection()
  const reorder = useReorderObjections(accountId)
  const toast = useToast()
  const [mode, setMode] = useState<Mode>('prepare')
  const [includeGeneral, setIncludeGeneral] = useState(false)

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
  if (list.isPending) return <p className="muted">Loading reactions…</p>
  const { account, general } = list.data

  function move(scope: string | null, items: Objection[], objection: Objection, delta: number) {
    const ids = items.map((item) => item.id)
    const next = moveId(ids, objection.id, delta)
    if (next.indexOf(objection.id) === ids.indexOf(objection.id)) return
    reorder.mutate({ scope, orderedIds: next }, { onError: (error) => toast({ tone: 'error', message: error.message }) })
  }

  async function onDelete(objection: Objection) {
    try {
      await remove.mutateAsync(objection.id)
      toast({
        message: objection.accountId === null ? 'Reusable reaction deleted.' : 'Reaction deleted.',
        action: { label: 'Undo', onAction: () => restore.mutate(objection.id, { onError: (error) => toast({ tone: 'error', message: error.message }) }) },
      })
    } catch (error) {
      toast({ tone: 'error', message: error instanceof Error ? error.message : 'The reaction was not deleted.' })
    }
  }

  function copyToAccount(objection: Objection) {
    create.mutate(
      { accountId, fields: { reaction: objection.reaction, answer: objection.answer } },
      { onError: (error) => toast({ tone: 'error', message: error.message }) },
    )
  }

  const practiceSet = includeGeneral ? [...account, ...general.filter((g) => !account.some((a) => sameReaction(a.reaction, g.reaction)))] : account

  return (
    <div className="objections-panel">
      <div className="section-heading">
        <h2>Objections</h2>
        <div className="toolbar" role="group" aria-label="Mode">
          <button type="button" className="button" aria-pressed={mode === 'prepare'} onClick={() => setMode('prepare')}>
            Prepare
          </button>
          <button type="button" className="button" aria-pressed={mode === 'practice'} onClick={() => setMode('practice')}>
            Practice
          </button>
        </div>
      </div>

      {mode === 'practice' ? (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={includeGeneral} onChange={(event) => setIncludeGeneral(event.target.checked)} />
            Include my reusable reactions
          </label>
          <ObjectionPractice key={`${includeGeneral}:${practiceSet.map((o) => o.id).join(',')}`} objections={practiceSet} onDone={() => setMode('prepare')} />
        </>
      ) : (
        <>
          <section aria-labelledby="account-objections-title">
            <h3 id="account-objections-title">Reactions to expect from this prospect</h3>
            {account.length === 0 ? (
              <p className="muted">
                None yet. Think about what this prospect is likely to say (price, timing, an existing supplier, “send me something”) and how you
                will answer, or take one of your reusable reactions below.
              </p>
            ) : (
              <ol className="objection-list" aria-label="This prospect's reactions">
                {account.map((objection, index) => (
                  <ObjectionRow
                    key={objection.id}
                    objection={objection}
                    index={index}
                    count={account.length}
                    onMove={(delta) => move(accountId, account, objection, delta)}
                    onDelete={() => void onDelete(objection)}
                  />
                ))}
              </ol>
            )}
          </section>
          <AddObjectionForm accountId={accountId} />
          <section aria-labelledby="general-objections-title" className="general-objections">
            <h3 id="general-objections-title">Reusable reactions</h3>
            <p className="muted">Reactions you hear from many prospects. Edits here apply everywhere; use one to copy it to this prospect.</p>
            {general.length === 0 ? (
              <p className="muted">None yet. Tick “Keep it for every account” when you add a reaction to start this list.</p>
            ) : (
              <ol className="objection-list" aria-label="Reusable reactions">
                {general.map((objection, index) => {
                  const used = account.some((mine) => sameReaction(mine.reaction, objection.reaction))
                  return (
                    <ObjectionRow
                      key={objection.id}
                      objection={objection}
                      index={index}
                      count={general.length}
                      onMove={(delta) => move(null, general, objection, delta)}
                      onDelete={() => void onDelete(objection)}
                      extraAction={
                        used ? (
                          <span className="bank-planned">✓ Used here</span>
                        ) : (
                          <button type="button" className="button button-small" disabled={create.isPending} onClick={() => copyToAccount(objection)}>
                            Use for this account
                          </button>
                        )
                      }
                    />
                  )
                })}
              </ol>
            )}
          </section>
        </>
      )}
    </div>
  )
}
