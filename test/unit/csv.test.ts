import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CSV_LINE_BREAK, UTF8_BOM, neutraliseCell, parseCsv, restoreCell, restoreExportedCells, toCsv } from '@shared/domain/csv'

describe('neutraliseCell and restoreCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1+2', "'+1+2"],
    ['-2+3+cmd|" /C calc"!A0', '\'-2+3+cmd|" /C calc"!A0'],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tlead tab', "'\tlead tab"],
    ['\rlead return', "'\rlead return"],
    ["'=already quoted", "''=already quoted"],
    ["''+twice", "'''+twice"],
  ])('neutralises %j', (value, safe) => {
    expect(neutraliseCell(value)).toBe(safe)
    expect(restoreCell(safe)).toBe(value)
  })

  it.each(['', 'Acme', ' =not first', 'a=b', "'quoted text", "'", "''", '\nnewline first', '1-2', 'x@y.com'])('leaves %j alone', (value) => {
    expect(neutraliseCell(value)).toBe(value)
    expect(restoreCell(value)).toBe(value)
  })

  it('restores a cell that another tool neutralised', () => {
    expect(restoreCell("'=1+1")).toBe('=1+1')
    expect(restoreCell("'-5")).toBe('-5')
  })

  it('restore undoes neutralise for any string', () => {
    const risky = fc.tuple(fc.constantFrom('', "'", "''", "'''"), fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', 'a'), fc.string())
    fc.assert(
      fc.property(fc.oneof(fc.string(), risky.map((parts) => parts.join(''))), (value) => {
        expect(restoreCell(neutraliseCell(value))).toBe(value)
        expect(neutraliseCell(value)).not.toMatch(/^[=+\-@\t\r]/)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('toCsv', () => {
  it('writes a BOM, quoted headers, CRLF lines and neutralised cells', () => {
    const csv = toCsv(['name', 'employees', 'note'], [
      ['Acme, Inc.', 1200, '=HYPERLINK("x")'],
      ['Globex', null, 'line 1\nline 2'],
    ])
    expect(csv).toBe(`${UTF8_BOM}"name","employees","note"\r\n"Acme, Inc.",1200,"'=HYPERLINK(""x"")"\r\nGlobex,,"line 1\nline 2"\r\n`)
    expect(UTF8_BOM).toBe('\uFEFF')
    expect(CSV_LINE_BREAK).toBe('\r\n')
  })

  it('leaves typed numbers as numbers, including negative ones', () => {
    expect(toCsv(['n', 'm'], [[-5, 1.5], [Number.NaN, Number.POSITIVE_INFINITY]])).toBe(`${UTF8_BOM}"n","m"\r\n-5,1.5\r\n,\r\n`)
  })

  it('neutralises headers too', () => {
    expect(toCsv(['=cmd'], [])).toBe(`${UTF8_BOM}"'=cmd"\r\n`)
  })
})

describe('parseCsv', () => {
  it('reads headers and rows, numbering rows as a spreadsheet does', () => {
    const parsed = parseCsv('name,city\nAcme,Paris\n\nGlobex,"Rome, Italy"\n')
    expect(parsed).toEqual({ headers: ['name', 'city'], rows: [['Acme', 'Paris'], ['Globex', 'Rome, Italy']], rowNumbers: [2, 4], problems: [] })
  })

  it('strips one BOM and handles CRLF, LF and CR files alike', () => {
    for (const newline of ['\r\n', '\n', '\r']) {
      const parsed = parseCsv(`${UTF8_BOM}a,b${newline}1,2${newline}3,4${newline}`)
      expect(parsed.headers).toEqual(['a', 'b'])
      expect(parsed.rows).toEqual([['1', '2'], ['3', '4']])
    }
  })

  it('skips blank lines and rows of empty cells anywhere, including before the header', () => {
    const parsed = parseCsv('\n\nname,city\n,\n\nAcme,\n,,\n\n')
    expect(parsed.headers).toEqual(['name', 'city'])
    expect(parsed.rows).toEqual([['Acme', '']])
    expect(parsed.rowNumbers).toEqual([6])
  })

  it('keeps quoted commas, quotes and newlines inside a field', () => {
    const parsed = parseCsv('name,notes\r\n"Acme","said ""hi"",\r\nthen left"\r\nNext,x\r\n')
    expect(parsed.rows).toEqual([['Acme', 'said "hi",\r\nthen left'], ['Next', 'x']])
    expect(parsed.rowNumbers).toEqual([2, 3])
  })

  it('reads a field of 50 KB', () => {
    const big = 'lorem, "ipsum"\n'.repeat(3500)
    expect(big.length).toBeGreaterThan(50_000)
    const parsed = parseCsv(toCsv(['name', 'notes'], [['Acme', big], ['Globex', 'short']]))
    expect(parsed.rows[0]?.[1]).toBe(big)
    expect(parsed.rows[1]).toEqual(['Globex', 'short'])
  })

  it('detects semicolon and tab separated files from the header', () => {
    expect(parseCsv('name;employees\nAcme;"1,200"\n').rows).toEqual([['Acme', '1,200']])
    expect(parseCsv('name\temployees\nAcme, Inc.\t12\n').rows).toEqual([['Acme, Inc.', '12']])
    expect(parseCsv('name;city\nA;B\n', { delimiter: ',' }).headers).toEqual(['name;city'])
  })

  it('reports an empty file instead of throwing', () => {
    for (const text of ['', UTF8_BOM, '\n\n', ',,\n']) {
      expect(parseCsv(text)).toEqual({ headers: [], rows: [], rowNumbers: [], problems: [{ row: 1, message: 'The file is empty: there is no header row' }] })
    }
  })

  it('reports unnamed and duplicate columns but keeps them', () => {
    const parsed = parseCsv('Name,,name , Email\nA,B,C,D\n')
    expect(parsed.headers).toEqual(['Name', '', 'name ', ' Email'])
    expect(parsed.rows).toEqual([['A', 'B', 'C', 'D']])
    expect(parsed.problems).toEqual([
      { row: 1, message: 'Column 2 has no name' },
      { row: 1, message: 'Columns 1 and 3 are both named "name"' },
    ])
  })

  it('pads short rows and cuts long ones, saying so', () => {
    const parsed = parseCsv('a,b,c\n1\n1,2,3,4\n')
    expect(parsed.rows).toEqual([['1', '', ''], ['1', '2', '3']])
    expect(parsed.problems).toEqual([
      { row: 2, message: 'Only 1 of 3 values; the missing ones are left empty' },
      { row: 3, message: '4 values but only 3 columns; the extra values are ignored' },
    ])
  })

  it('reports an unclosed quote on the row where it starts', () => {
    const parsed = parseCsv('a,b\n1,2\n3,"never closed\n4,5\n')
    expect(parsed.problems).toContainEqual({ row: 3, message: 'A quoted value is never closed, so the rest of the file was read as one value' })
  })
})

describe('export then import', () => {
  const dangerous = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "'=", "''-", '"', ',', ';', '\r\n', '\n', ' ', UTF8_BOM)
  const cell = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.tuple(dangerous, fc.string(), dangerous, fc.string()).map((parts) => parts.join('')),
  )

  it('toCsv → parseCsv → restoreExportedCells gives back exactly the original rows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.record({
            headers: fc.uniqueArray(cell.filter((h) => h.trim() !== ''), { minLength: width, maxLength: width, selector: (h) => h.trim().toLowerCase() }),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
          }),
        ),
        ({ headers, rows }) => {
          const parsed = parseCsv(toCsv(headers, rows))
          expect(parsed.problems).toEqual([])
          restoreExportedCells(parsed)
          expect(parsed.headers).toEqual(headers)
          // Rows with every cell empty carry nothing and are skipped on import by design.
          expect(parsed.rows).toEqual(rows.filter((row) => row.some((c) => c !== '')))
        },
      ),
      { numRuns: 1500 },
    )
  })
})
