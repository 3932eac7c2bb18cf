/**
 * `npm run bench` prints a table of figures; `npm run bench -- --json` prints only the JSON array
 * `[{ name, value, unit, ratio? }]` on stdout. To add a bench, write a module exporting
 * `async function run(): Promise<BenchResult[]>` and add it to `benchModules` below; keep the whole
 * run under a minute.
 */
import { pathToFileURL } from 'node:url'
import type { BenchModule, BenchResult } from './benchResult'
import * as importBench from './importBench'
import * as rescoreBench from './rescoreBench'
import * as searchBench from './searchBench'
import * as universeRenderBench from './universeRenderBench'

const benchModules: readonly { name: string; module: BenchModule }[] = [
  { name: 'import', module: importBench },
  { name: 'search', module: searchBench },
  { name: 'rescore', module: rescoreBench },
  { name: 'universe render', module: universeRenderBench },
]

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US')
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3)
}

export function formatTable(results: readonly BenchResult[]): string {
  const header = ['name', 'value', 'unit', 'target', 'ratio']
  const rows = results.map((result) => [
    result.name,
    formatValue(result.value),
    result.unit,
    result.target ?? '',
    result.ratio === undefined ? '' : result.ratio.toFixed(2),
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 1 || column === 4 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(' | ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n')
}

/** Only the documented keys, so the JSON shape does not depend on what a module adds for the table. */
export function toJson(results: readonly BenchResult[]): string {
  return JSON.stringify(
    results.map((result) => ({ name: result.name, value: result.value, unit: result.unit, ...(result.ratio === undefined ? {} : { ratio: result.ratio }) })),
    null,
    2,
  )
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json')
  const results: BenchResult[] = []
  for (const { name, module } of benchModules) {
    if (!json) console.error(`running ${name}…`)
    results.push(...(await module.run()))
  }
  console.log(json ? toJson(results) : formatTable(results))
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
