import type { ReactNode } from 'react'

/** What an empty screen says: what belongs here and the next thing to do. */
export function EmptyState({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <div className="empty-state-body">{children}</div>
      {actions && <div className="empty-state-actions">{actions}</div>}
    </section>
  )
}
