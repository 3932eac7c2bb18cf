import type { ColumnMapping, DuplicateChoice, ImportAnalysis, ImportResult } from '@shared/contract/import'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useToast } from '../../components/Toaster'
import { CallError } from '../../lib/client'
import { navigate } from '../../app/useHashRoute'
import { formatCount } from '../../lib/format'
import { clearPastedRows } from './pastedRowsDraft'
import { useAnalyseImport, useCancelImport, useImportProgress, useRemapImport, useRunImport } from './queries'

type ImportStage = 'choose' | 'review' | 'running' | 'done'

interface RunFailure {
  message: string
  cancelled: boolean
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.message !== '' ? error.message : fallback
}

interface ImportFlowOptions {
  /** True when the rep is not on the import screen, so its end must be told in a toast. */
  announce: () => boolean
}

/** The import screen's steps: choose → review (mapping, problems, duplicates) → running → done. */
export function useImportFlow({ announce }: ImportFlowOptions) {
  const toast = useToast()
  const analyse = useAnalyseImport()
  const remap = useRemapImport()
  const run = useRunImport()
  const cancel = useCancelImport()
  const [stage, setStage] = useState<ImportStage>('choose')
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [defaultChoice, setDefaultChoice] = useState<DuplicateChoice>('skip')
  const [rowChoices, setRowChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map())
  const [skipRowsWithProblems, setSkipRowsWithProblems] = useState(false)
  const [failure, setFailure] = useState<RunFailure | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  const progress = useImportProgress(analysis?.importId ?? null, stage === 'running')
  const stageRef = useRef(stage)
  useEffect(() => {
    stageRef.current = stage
  })

  async function read(text: string, fileName: string | null) {
    setRefusal(null)
    try {
      const analysed = await analyse.mutateAsync({ text, fileName })
      setAnalysis(analysed)
      setDefaultChoice('skip')
      setRowChoices(new Map())
      setSkipRowsWithProblems(false)
      setFailure(null)
      setStage('review')
    } catch (error) {
      setRefusal(messageOf(error, 'The file could not be read.'))
    }
  }

  async function changeMapping(mapping: ColumnMapping) {
    if (!analysis) return
    setFailure(null)
    try {
      setAnalysis(await remap.mutateAsync({ importId: analysis.importId, mapping }))
    } catch (error) {
      setFailure({ message: messageOf(error, 'The columns could not be changed.'), cancelled: false })
    }
  }

  function chooseForRow(row: number, choice: DuplicateChoice | null) {
    setRowChoices((current) => {
      const next = new Map(current)
      if (choice === null) next.delete(row)
      else next.set(row, choice)
      return next
    })
  }

  async function start() {
    if (!analysis) return
    setFailure(null)
    setStage('running')
    try {
      const finished = await run.mutateAsync({
        importId: analysis.importId,
        mapping: analysis.mapping,
        duplicates: { default: defaultChoice, rows: [...rowChoices].map(([row, choice]) => ({ row, choice })) },
        skipRowsWithProblems,
      })
      setResult(finished)
      setStage('done')
      clearPastedRows()
      if (announce()) {
        toast({
          message: `Import finished: ${formatCount(finished.added)} added, ${formatCount(finished.updated)} updated.`,
          action: { label: 'Open Import', onAction: () => navigate('import') },
        })
      }
    } catch (error) {
      const cancelled = error instanceof CallError && error.code === 'CANCELLED'
      const message = messageOf(error, 'The import did not finish. Nothing was changed.')
      setStage('review')
      setFailure({ message, cancelled })
      if (!cancelled && announce()) toast({ tone: 'error', message, action: { label: 'Open Import', onAction: () => navigate('import') } })
    }
  }

  /** Stops a running import; import.run then rejects with CANCELLED and nothing is written. */
  function stop() {
    if (analysis) cancel.mutate(analysis.importId)
  }

  /** Back to choosing a file; a file analysed but not imported is let go on the main side. */
  function startOver() {
    if (analysis && stage === 'review') cancel.mutate(analysis.importId)
    setAnalysis(null)
    setResult(null)
    setFailure(null)
    setRefusal(null)
    setStage('choose')
  }

  /** The rep left the import screen: a finished import has been seen, so next time starts afresh. */
  const leaveScreen = useCallback(() => {
    if (stageRef.current !== 'done') return
    setAnalysis(null)
    setResult(null)
    setStage('choose')
  }, [])

  return {
    stage,
    analysis,
    refusal,
    setRefusal,
    reading: analyse.isPending,
    remapping: remap.isPending,
    cancelling: cancel.isPending,
    defaultChoice,
    setDefaultChoice,
    rowChoices,
    chooseForRow,
    skipRowsWithProblems,
    setSkipRowsWithProblems,
    failure,
    result,
    progress: progress.data,
    read,
    changeMapping,
    start,
    stop,
    startOver,
    leaveScreen,
  }
}

export type ImportFlow = ReturnType<typeof useImportFlow>
