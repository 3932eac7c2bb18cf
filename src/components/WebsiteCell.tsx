import { normaliseDomain } from '@shared/domain/duplicates'

/** A website in a table cell: the bare domain, which is what tells companies apart; the full address on hover. */
export function WebsiteCell({ website }: { website: string | null }) {
  if (!website) return null
  return <span title={website}>{normaliseDomain(website) ?? website}</span>
}
