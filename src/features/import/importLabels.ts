import type { DuplicateChoice, ImportDuplicate, ImportSource } from '@shared/contract/import'

export const sourceLabels: Record<ImportSource, string> = {
  hubspot: 'Looks like a HubSpot companies export.',
  salesforce: 'Looks like a Salesforce accounts export.',
  groundwork: 'Looks like a file exported from Groundwork.',
  unknown: 'Columns were matched by their names.',
}

export const choiceLabels: Record<DuplicateChoice, string> = {
  skip: 'Skip',
  update: 'Update existing',
  'keep-both': 'Keep both',
}

export const choiceHints: Record<DuplicateChoice, string> = {
  skip: 'Leave what you have as it is.',
  update: 'Fill in and replace with the file’s values; empty cells keep what you have.',
  'keep-both': 'Add the row as a separate account.',
}

export const matchLabels: Record<ImportDuplicate['by'], string> = {
  id: 'same record id',
  domain: 'same website',
  name: 'same name',
}

const megabyte = 1024 * 1024

export function formatMegabytes(bytes: number): string {
  return `${(bytes / megabyte).toFixed(1)} MB`
}
