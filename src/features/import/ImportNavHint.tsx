import { useImportActivity } from './ImportFlowProvider'

/** The Import entry's line in the sidebar: what an import is doing, or else what the screen is for. */
export function ImportNavHint({ hint }: { hint: string }) {
  const activity = useImportActivity()
  return activity === null ? hint : <span className="nav-activity">{activity}</span>
}
