import { CappedList, type CappedListProps } from './CappedList'
import { SheetSection } from './SheetSection'

type SheetListSectionProps<T> = Omit<CappedListProps<T>, 'label'> & {
  /** Names both the section and its list. */
  title: string
  className?: string
}

/** A call sheet section that is one capped list, named once for the heading and the list. */
export function SheetListSection<T>({ title, className, ...list }: SheetListSectionProps<T>) {
  return (
    <SheetSection title={title} className={className}>
      <CappedList label={title} {...list} />
    </SheetSection>
  )
}
