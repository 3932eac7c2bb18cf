import type { ReactNode } from 'react'
import { accountStatuses, universeBandSchema, type AccountStatus, type UniverseBand, type UniverseFacets } from '@shared/contract/targets'
import { bandLabels, statusLabels } from '../targets/labels'
import { FilterMenu, type FilterOption } from './FilterMenu'
import { SearchBox } from './SearchBox'

export interface UniverseFilterState {
  industries: (string | null)[]
  regions: (string | null)[]
  bands: UniverseBand[]
  statuses: AccountStatus[]
  onList: 'any' | 'on' | 'off'
}

export const noUniverseFilters: UniverseFilterState = { industries: [], regions: [], bands: [], statuses: [], onList: 'any' }

interface UniverseToolbarProps {
  searchText: string
  onSearchText: (text: string) => void
  filters: UniverseFilterState
  onFilters: (filters: UniverseFilterState) => void
  facets: UniverseFacets | undefined
  children?: ReactNode
}

const bandOptions: FilterOption<UniverseBand>[] = universeBandSchema.options.map((band) => ({ value: band, label: bandLabels[band] }))
const statusOptions: FilterOption<AccountStatus>[] = accountStatuses.map((status) => ({ value: status, label: statusLabels[status] }))

function facetOptions(values: UniverseFacets['industries'] | undefined): FilterOption<string | null>[] {
  return (values ?? []).map((facet) => ({ value: facet.value, label: facet.value ?? 'Not recorded', count: facet.count }))
}

/** Search and filters over the whole territory. */
export function UniverseToolbar({ searchText, onSearchText, filters, onFilters, facets, children }: UniverseToolbarProps) {
  const active = filters.industries.length + filters.regions.length + filters.bands.length + filters.statuses.length > 0 || filters.onList !== 'any'
  return (
    <div className="universe-toolbar">
      <SearchBox
        className="universe-search"
        placeholder="Search name, website, industry or place"
        label="Search the universe"
        value={searchText}
        onChange={onSearchText}
      />
      <FilterMenu label="Industry" options={facetOptions(facets?.industries)} selected={filters.industries} onChange={(industries) => onFilters({ ...filters, industries })} />
      <FilterMenu label="Region" options={facetOptions(facets?.regions)} selected={filters.regions} onChange={(regions) => onFilters({ ...filters, regions })} />
      <FilterMenu label="Fit" options={bandOptions} selected={filters.bands} onChange={(bands) => onFilters({ ...filters, bands })} />
      <FilterMenu label="Status" options={statusOptions} selected={filters.statuses} onChange={(statuses) => onFilters({ ...filters, statuses })} />
      <select
        aria-label="Target list filter"
        className="universe-onlist"
        value={filters.onList}
        onChange={(event) => onFilters({ ...filters, onList: event.target.value as UniverseFilterState['onList'] })}
      >
        <option value="any">On the list or not</option>
        <option value="on">On the target list</option>
        <option value="off">Not on the list</option>
      </select>
      {active && (
        <button type="button" className="button button-quiet" onClick={() => onFilters(noUniverseFilters)}>
          Clear filters
        </button>
      )}
      <span className="universe-toolbar-end">{children}</span>
    </div>
  )
}
