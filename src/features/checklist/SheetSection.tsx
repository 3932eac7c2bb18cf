import type { ReactNode } from 'react'

/** One block of the call sheet, named for screen readers and for the print layout. */
export function SheetSection({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  return (
    <section className={`sheet-section ${className ?? ''}`} aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  )
}
