/** Columns that hold numbers: right-aligned in both territory tables (accounts and universe). */
export const numericColumns: ReadonlySet<string> = new Set(['employees', 'annualRevenue'])

/** A text cell: blank for a value not recorded. */
export const textCell = (value: string | null): string => value ?? ''
