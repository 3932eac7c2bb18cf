import Papa from 'papaparse'

/** Written first so Excel reads the file as UTF-8 rather than the local code page. */
export const UTF8_BOM = '\uFEFF'

export const CSV_LINE_BREAK = '\r\n'

/** Leading characters a spreadsheet may read as the start of a formula (OWASP's CSV-injection list). */
const DANGEROUS_LEADS = new Set(['=', '+', '-', '@', '\t', '\r'])

/**
 * Index of the first character after any run of leading single quotes, or -1 when the value is safe.
 * A value is "at risk" when that character is dangerous: `=1`, but also `'=1` and `''=1`, because
 * neutralising and restoring work on that whole family so the round trip stays exact.
 */
function riskyLead(value: string): number {
  let i = 0
  while (value.charCodeAt(i) === 39) i++
  return DANGEROUS_LEADS.has(value.charAt(i)) ? i : -1
}

/**
 * Formula-injection defence: a cell that a spreadsheet could run as a formula gets a leading `'`,
 * which spreadsheets show as text. Values that already start with quotes followed by a dangerous
 * character (`'=x`) get one more quote too; otherwise restoring a real `'=x` would drop its quote.
 */
export function neutraliseCell(value: string): string {
  return riskyLead(value) === -1 ? value : `'${value}`
}

/** Undoes neutraliseCell exactly: strips one `'` when quotes are followed by a dangerous character. */
export function restoreCell(value: string): string {
  return riskyLead(value) > 0 ? value.slice(1) : value
}

/**
 * Undoes the export's formula protection on every cell of a file Groundwork wrote. It works in place,
 * so a 50 MB file is not copied. Only for Groundwork's own files: in a CRM export a leading `'=` is the
 * data itself, and stripping its quote would change what the rep imports.
 */
export function restoreExportedCells(parsed: ParsedCsv): void {
  parsed.headers = parsed.headers.map(restoreCell)
  for (const cells of parsed.rows) {
    for (let column = 0; column < cells.length; column++) cells[column] = restoreCell(cells[column] ?? '')
  }
}

export type CsvCell = string | number | null

function cellText(cell: CsvCell): string {
  if (cell === null) return ''
  // A typed number prints as digits, a sign, a point or an exponent and cannot carry a formula; leaving
  // it unquoted keeps negative numbers numeric in the spreadsheet.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  return neutraliseCell(cell)
}

/**
 * A spreadsheet-safe CSV: BOM, CRLF line breaks, every text cell neutralised. Header cells are always
 * quoted so delimiter detection on re-import cannot be fooled by a `;` or tab in a column name. A row
 * whose cells are all empty is written but, like a blank line, skipped by parseCsv.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const header = Papa.unparse([headers.map(neutraliseCell)], { quotes: true, newline: CSV_LINE_BREAK })
  const body = Papa.unparse(rows.map((row) => row.map(cellText)), { newline: CSV_LINE_BREAK })
  return `${UTF8_BOM}${header}${CSV_LINE_BREAK}${body === '' ? '' : body + CSV_LINE_BREAK}`
}

export interface CsvProblem {
  /** The row as a spreadsheet numbers it: the header is row 1, blank lines count. */
  row: number
  message: string
}

export interface ParsedCsv {
  headers: string[]
  /** Data rows, each exactly as wide as the header; cells are as written (restoreExportedCells undoes the export's protection). */
  rows: string[][]
  /** The spreadsheet row number of each entry in rows. */
  rowNumbers: number[]
  problems: CsvProblem[]
}

const DELIMITERS = [',', ';', '\t'] as const

/**
 * Picks the delimiter that splits the header row into the most columns without tripping over quotes;
 * comma on a tie. Quotes matter: `"a;b","c"` read with `;` splits inside a quoted name.
 */
function guessDelimiter(text: string): string {
  let best: string = ','
  let bestCount = 1
  for (const delimiter of DELIMITERS) {
    const preview = Papa.parse<string[]>(text, { delimiter, preview: 1, skipEmptyLines: 'greedy' })
    const count = preview.errors.some((e) => e.type === 'Quotes') ? 0 : (preview.data[0]?.length ?? 0)
    if (count > bestCount) {
      best = delimiter
      bestCount = count
    }
  }
  return best
}

const isBlankRow = (row: readonly string[]): boolean => row.every((cell) => cell === '')

function quoteProblem(code: string): string {
  if (code === 'MissingQuotes') return 'A quoted value is never closed, so the rest of the file was read as one value'
  if (code === 'InvalidQuotes') return 'A quote mark appears in the middle of a quoted value; check this row looks right'
  return 'This row could not be read cleanly'
}

/**
 * Reads CSV text with papaparse. Never throws: everything wrong comes back as a problem, so the import
 * screen can show them all at once. Fatal shape: no header at all yields `headers: []`. Empty or
 * duplicate column names are reported but the columns are kept, since mapping works by position.
 * Rows whose cells are all empty (blank lines, trailing `,,,` rows) are skipped; short rows are
 * padded and long rows cut to the header's width, each with a problem.
 */
export function parseCsv(input: string, options: { delimiter?: string } = {}): ParsedCsv {
  const text = input.startsWith(UTF8_BOM) ? input.slice(1) : input
  const delimiter = options.delimiter ?? guessDelimiter(text)
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false })
  const problems: CsvProblem[] = []
  const records = parsed.data

  const headerIndex = records.findIndex((record) => !isBlankRow(record))
  const headerRecord = headerIndex === -1 ? undefined : records[headerIndex]
  if (headerRecord === undefined) {
    return { headers: [], rows: [], rowNumbers: [], problems: [{ row: 1, message: 'The file is empty: there is no header row' }] }
  }

  for (const error of parsed.errors) {
    if (error.type === 'Delimiter') continue
    problems.push({ row: (error.row ?? headerIndex) + 1, message: quoteProblem(error.code) })
  }

  const headers = [...headerRecord]
  const headerRow = headerIndex + 1
  const firstSeen = new Map<string, number>()
  headers.forEach((name, column) => {
    const key = name.trim().toLowerCase()
    if (key === '') {
      problems.push({ row: headerRow, message: `Column ${column + 1} has no name` })
      return
    }
    const earlier = firstSeen.get(key)
    if (earlier === undefined) firstSeen.set(key, column)
    else problems.push({ row: headerRow, message: `Columns ${earlier + 1} and ${column + 1} are both named "${name.trim()}"` })
  })

  const width = headers.length
  const rows: string[][] = []
  const rowNumbers: number[] = []
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i]
    if (record === undefined || isBlankRow(record)) continue
    const row = i + 1
    if (record.length < width) {
      problems.push({ row, message: `Only ${record.length} of ${width} values; the missing ones are left empty` })
      rows.push([...record, ...Array<string>(width - record.length).fill('')])
    } else {
      if (record.length > width) problems.push({ row, message: `${record.length} values but only ${width} columns; the extra values are ignored` })
      rows.push(record.slice(0, width))
    }
    rowNumbers.push(row)
  }
  problems.sort((a, b) => a.row - b.row)
  return { headers, rows, rowNumbers, problems }
}
