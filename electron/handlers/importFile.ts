import { importLimits } from '../../src/shared/contract/import'
import { AppError } from '../../src/shared/contract/envelope'
import { parseNumberCell, recogniseHeaders, type HeaderRecognition } from '../../src/shared/domain/columnMapping'
import { parseCsv, type CsvProblem, type ParsedCsv } from '../../src/shared/domain/csv'

const megabyte = 1024 * 1024

/** Files people pick by mistake, by extension, with what to do instead. */
const notCsv: Record<string, string> = {
  xlsx: 'an Excel workbook',
  xlsm: 'an Excel workbook',
  xls: 'an Excel workbook',
  ods: 'a spreadsheet',
  numbers: 'a Numbers spreadsheet',
  pdf: 'a PDF',
  doc: 'a Word document',
  docx: 'a Word document',
  zip: 'a zip archive',
  json: 'a JSON file',
  vcf: 'a contact card file',
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / megabyte).toFixed(1)} MB`
}

function refuse(message: string): never {
  throw new AppError('IMPORT_FAILED', message)
}

/** The physical line (1-based) holding a character, for pointing at a spot in a file that is not CSV-shaped. */
function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}

// parseCsv reports problems as sentences; an unclosed quote is the one that makes the rest of the file
// unreadable, so it refuses the file. Kept next to a test that feeds an unclosed quote.
function isUnclosedQuote(problem: CsvProblem): boolean {
  return problem.message.startsWith('A quoted value is never closed')
}

/** A header cell that reads like a value: a number, a web or email address. */
function looksLikeData(cell: string): boolean {
  const value = cell.trim()
  if (value === '') return false
  if (typeof parseNumberCell(value) === 'number') return true
  return /^(https?:\/\/|www\.)/i.test(value) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(value)
}

/**
 * Checks that text is a CSV file Groundwork can import and parses it. Throws IMPORT_FAILED with the
 * reason, in the rep's words, for anything that is not: too large, binary, no header row, an unclosed
 * quote, no rows. (Bytes that are not UTF-8 are caught where the bytes are: the renderer decodes files
 * strictly, since by the time text arrives here they are indistinguishable from a real U+FFFD.)
 * Returns the header recognition it made along the way, so the caller need not make it again.
 */
export function readImportFile(text: string, fileName: string | null): { parsed: ParsedCsv; recognition: HeaderRecognition } {
  const extension = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  const kind = extension === undefined ? undefined : notCsv[extension]
  if (kind !== undefined) {
    refuse(`${fileName} is ${kind}, not a CSV file. Save or export it as CSV (in Excel: File › Save As › CSV UTF-8) and import that.`)
  }

  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > importLimits.maxFileBytes) {
    refuse(
      `This file is ${formatMegabytes(bytes)}; Groundwork imports files up to ${formatMegabytes(importLimits.maxFileBytes)}. ` +
        'Split it into smaller files (for example by region) and import them one after another.',
    )
  }

  // A text file never holds NUL; spreadsheets, archives and images nearly always do near the start.
  const nul = text.indexOf('\u0000')
  if (nul !== -1) refuse(`This is not a text file (it holds binary data from line ${lineOf(text, nul)}). Choose a CSV file.`)
  if (text.replace(/^\uFEFF/, '').trim() === '') refuse('The file is empty.')

  const parsed = parseCsv(text)
  if (parsed.headers.length === 0) refuse('The file has no header row. The first row should name the columns, for example Company name, Website, City.')
  const unclosed = parsed.problems.find(isUnclosedQuote)
  if (unclosed !== undefined) {
    refuse(`Row ${unclosed.row} opens a quoted value that is never closed, so the rest of the file cannot be read. Check the quote marks in that row.`)
  }
  if (parsed.headers.length > importLimits.maxColumns) {
    refuse(`The file has ${parsed.headers.length} columns; Groundwork reads files with up to ${importLimits.maxColumns}.`)
  }
  const recognition = recogniseHeaders(parsed.headers)
  const nothingRecognised = Object.values(recognition.mapping).every((field) => field === null)
  if (nothingRecognised && parsed.headers.some(looksLikeData)) {
    refuse('The first row holds values, not column names. Add a header row that names the columns, for example Company name, Website, City.')
  }
  if (parsed.rows.length === 0) refuse('The file has column names but no rows to import.')
  return { parsed, recognition }
}
