import { useEffect, useRef, useState } from 'react'
import type { Objection } from '@shared/contract/questions'
import { EmptyState } from '../../components/EmptyState'
import { shuffled } from '@shared/domain/listOrder'

type Order = 'in-order' | 'shuffled'

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null
  return Boolean(element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable))
}

function isButtonLike(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null
  return Boolean(element && (element.tagName === 'BUTTON' || element.tagName === 'A'))
}

/**
 * Rehearsal: one reaction at a time, the planned answer hidden until the rep asks for it.
 * Space shows or hides the answer, → and ← step through.
 */
export function ObjectionPractice({ objections, onDone }: { objections: Objection[]; onDone: () => void }) {
  const [order, setOrder] = useState<Order>('in-order')
  const [deck, setDeck] = useState<Objection[]>(objections)
  const [index, setIndex] = useState(0)
  const [revealed, setRevealed] = useState(false)
  const current = deck[index]
  const region = useRef<HTMLElement>(null)

  // Entering practice puts the focus on the card, so Space and the arrows work straight away.
  useEffect(() => {
    region.current?.focus()
  }, [])

  function go(to: number) {
    setIndex(Math.min(deck.length - 1, Math.max(0, to)))
    setRevealed(false)
  }

  function reorder(next: Order) {
    setOrder(next)
    setDeck(next === 'shuffled' ? shuffled(objections) : objections)
    setIndex(0)
    setRevealed(false)
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return
      if (event.key === ' ' && !isButtonLike(event.target)) {
        event.preventDefault()
        setRevealed((shown) => !shown)
      } else if (event.key === 'ArrowRight') {
        event.preventDefault()
        setIndex((at) => Math.min(deck.length - 1, at + 1))
        setRevealed(false)
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault()
        setIndex((at) => Math.max(0, at - 1))
        setRevealed(false)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [deck.length])

  if (!current) {
    return (
      <EmptyState
        title="Nothing to practise yet"
        actions={
          <button type="button" className="button" onClick={onDone}>
            Back to preparing
          </button>
        }
      >
        <p>Add the reactions you expect from this prospect, with the answer you plan to give, then practise them here.</p>
      </EmptyState>
    )
  }

  return (
    <section ref={region} tabIndex={-1} className="practice" aria-labelledby="practice-title">
      <div className="practice-toolbar">
        <h3 id="practice-title">
          Reaction {index + 1} of {deck.length}
        </h3>
        <div className="toolbar" role="group" aria-label="Order">
          <button type="button" className="button button-small" aria-pressed={order === 'in-order'} onClick={() => reorder('in-order')}>
            In order
          </button>
          <button type="button" className="button button-small" aria-pressed={order === 'shuffled'} onClick={() => reorder('shuffled')}>
            Shuffled
          </button>
        </div>
      </div>
      <figure className="practice-card">
        <blockquote className="practice-reaction">“{current.reaction}”</blockquote>
        <figcaption className="muted">What do you say?</figcaption>
      </figure>
      <div className="practice-answer" aria-live="polite">
        {revealed &&
          (current.answer ? (
            <>
              <h4>My planned answer</h4>
              <p className="practice-answer-text">{current.answer}</p>
            </>
          ) : (
            <p className="muted">No answer planned for this one yet. Write one under Prepare.</p>
          ))}
      </div>
      <div className="toolbar practice-controls">
        <button type="button" className="button" disabled={index === 0} onClick={() => go(index - 1)} title="←">
          Previous
        </button>
        <button type="button" className="button button-primary" onClick={() => setRevealed((shown) => !shown)} title="Space">
          {revealed ? 'Hide my answer' : 'Show my answer'}
        </button>
        <button type="button" className="button" disabled={index === deck.length - 1} onClick={() => go(index + 1)} title="→">
          Next
        </button>
      </div>
      <p className="muted practice-keys">Keys: Space shows or hides the answer, ← and → move between reactions.</p>
    </section>
  )
}
