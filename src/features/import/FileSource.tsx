import { importLimits } from '@shared/contract/import'
import { useId, useState, type ChangeEvent, type DragEvent } from 'react'
import { formatMegabytes } from './importLabels'
import { keepPastedRows, readPastedRows } from './pastedRowsDraft'

interface FileSourceProps {
  busy: boolean
  onText: (text: string, fileName: string | null) => void
  onRefused: (message: string) => void
}

/** Where the rows come from: a chosen or dropped CSV file, or rows pasted from a spreadsheet. */
export function FileSource({ busy, onText, onRefused }: FileSourceProps) {
  const [dragging, setDragging] = useState(false)
  const [pasted, setPasted] = useState(readPastedRows)
  const pasteId = useId()

  async function readFile(file: File | undefined) {
    if (!file) return
    // Checked before reading: a file this large would only be refused after a long wait.
    if (file.size > importLimits.maxFileBytes) {
      onRefused(
        `${file.name} is ${formatMegabytes(file.size)}; Groundwork imports files up to ${formatMegabytes(importLimits.maxFileBytes)}. ` +
          'Split it into smaller files (for example by region) and import them one after another.',
      )
      return
    }
    let text: string
    try {
      // Strict: a file saved in another encoding is refused here rather than imported with garbled names.
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())
    } catch {
      onRefused(`${file.name} is not UTF-8 text, so names would come out garbled. Save it as CSV UTF-8 and choose it again.`)
      return
    }
    onText(text, file.name)
  }

  function onChoose(event: ChangeEvent<HTMLInputElement>) {
    void readFile(event.target.files?.[0])
    // Cleared so that choosing the same file again (after fixing it) is noticed.
    event.target.value = ''
  }

  function onDrop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    if (!busy) void readFile(event.dataTransfer.files[0])
  }

  return (
    <section className="import-source" aria-label="Choose what to import">
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-zone-title">Drop a CSV file here</p>
        <label className={busy ? 'button button-primary file-button file-button-busy' : 'button button-primary file-button'}>
          {busy ? 'Reading…' : 'Choose a CSV file'}
          <input type="file" accept=".csv,.tsv,.txt,text/csv" className="visually-hidden" disabled={busy} onChange={onChoose} />
        </label>
        <p className="field-hint">
          Company exports from HubSpot and account exports from Salesforce are recognised; other files can be matched by hand. Up to{' '}
          {formatMegabytes(importLimits.maxFileBytes)}, UTF-8.
        </p>
      </div>
      <div className="field paste-area">
        <label htmlFor={pasteId}>Or paste rows from a spreadsheet, with the column names in the first row</label>
        <textarea
          id={pasteId}
          rows={5}
          value={pasted}
          spellCheck={false}
          onChange={(event) => {
            setPasted(event.target.value)
            keepPastedRows(event.target.value)
          }}
        />
        <div className="toolbar">
          <button type="button" className="button" disabled={busy || pasted.trim() === ''} onClick={() => onText(pasted, null)}>
            Read pasted rows
          </button>
          {pasted !== '' && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setPasted('')
                keepPastedRows('')
              }}
            >
              Clear
            </button>
          )}
        </div>
      </div>
    </section>
  )
}
