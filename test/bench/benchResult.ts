/** One figure the bench prints. */
export interface BenchResult {
  name: string
  value: number
  unit: string
  /** What the figure should reach, shown in the table (e.g. "≤ 3 s"). */
  target?: string
  /** A figure relative to a baseline measured in the same run (e.g. throughput ÷ a bare insert's). */
  ratio?: number
}

/** A bench module: measures something and returns its figures. Add new ones to the list in run.ts. */
export interface BenchModule {
  run(): Promise<BenchResult[]>
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
