import { formatCount, plural } from '../../lib/format'
import { DuplicateList } from './DuplicateList'
import { ExportPanel } from './ExportPanel'
import { FileSource } from './FileSource'
import { ImportHistory } from './ImportHistory'
import { ImportProgressBar } from './ImportProgressBar'
import { ImportSummary } from './ImportSummary'
import { MappingStep } from './MappingStep'
import { PreviewTable } from './PreviewTable'
import { ProblemList } from './ProblemList'
import { useImportScreenFlow } from './ImportFlowProvider'

/** Bring a territory in from a CRM export or a spreadsheet, and take everything out again as CSV. */
export function ImportScreen() {
  const flow = useImportScreenFlow()
  const { analysis, stage } = flow
  const running = stage === 'running'

  return (
    <div className="screen import-screen">
      <header className="screen-header">
        <div>
          <h1>Import</h1>
          <p className="screen-lede">Bring in your territory from a CRM export or a spreadsheet. Nothing is saved until you press Import.</p>
        </div>
        {stage !== 'choose' && stage !== 'done' && (
          <div className="toolbar">
            <button type="button" className="button" onClick={flow.startOver} disabled={running}>
              Choose another file
            </button>
          </div>
        )}
      </header>

      {stage === 'choose' && (
        <>
          <FileSource busy={flow.reading} onText={(text, fileName) => void flow.read(text, fileName)} onRefused={flow.setRefusal} />
          {flow.refusal && (
            <p className="form-error import-refusal" role="alert">
              {flow.refusal}
            </p>
          )}
          <ExportPanel />
          <ImportHistory />
        </>
      )}

      {analysis && (stage === 'review' || running) && (
        <>
          <p className="import-file-line">
            <strong>{analysis.fileName ?? 'Pasted rows'}</strong>: {plural(analysis.rowCount, 'row')}
            {analysis.newCount > 0 && `, ${formatCount(analysis.newCount)} new`}
            {analysis.duplicateCount > 0 && `, ${plural(analysis.duplicateCount, 'possible duplicate')}`}
            {analysis.rowsWithErrors > 0 && `, ${plural(analysis.rowsWithErrors, 'row')} with problems`}.
          </p>
          {analysis.kind === 'contacts' ? (
            <p className="notice">
              Contacts exported from Groundwork: each person goes to the account the row names. Import the accounts file first.
            </p>
          ) : (
            <MappingStep analysis={analysis} disabled={running || flow.remapping} onChange={(mapping) => void flow.changeMapping(mapping)} />
          )}
          <PreviewTable analysis={analysis} />
          <ProblemList analysis={analysis} />
          <DuplicateList
            analysis={analysis}
            defaultChoice={flow.defaultChoice}
            rowChoices={flow.rowChoices}
            disabled={running}
            onDefaultChange={flow.setDefaultChoice}
            onRowChange={flow.chooseForRow}
          />

          <section className="import-step import-actions" aria-label="Import">
            {analysis.rowsWithErrors > 0 && (
              <label className="choice">
                <input
                  type="checkbox"
                  checked={flow.skipRowsWithProblems}
                  disabled={running}
                  onChange={(event) => flow.setSkipRowsWithProblems(event.target.checked)}
                />
                <span>
                  Import the rest: leave out the {plural(analysis.rowsWithErrors, 'row')} with problems
                </span>
              </label>
            )}
            {flow.failure && (
              <p className={flow.failure.cancelled ? 'notice' : 'form-error'} role="alert">
                {flow.failure.message}
              </p>
            )}
            {running ? (
              <>
                <ImportProgressBar
                  done={flow.progress?.done ?? 0}
                  total={flow.progress?.total ?? analysis.rowCount}
                  label={`Saving… ${formatCount(flow.progress?.done ?? 0)} of ${formatCount(flow.progress?.total ?? analysis.rowCount)} rows`}
                />
                <button type="button" className="button" onClick={flow.stop} disabled={flow.cancelling}>
                  {flow.cancelling ? 'Cancelling…' : 'Cancel import'}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => void flow.start()}
                disabled={flow.remapping || !analysis.mapping.includes('name')}
              >
                Import
              </button>
            )}
          </section>
        </>
      )}

      {stage === 'done' && flow.result && analysis && <ImportSummary result={flow.result} rowCount={analysis.rowCount} onAnother={flow.startOver} />}
    </div>
  )
}
