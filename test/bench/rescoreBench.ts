/**
 * Rescoring the whole territory after the rep changes a qualifier: 100,000 accounts in a real SQLite
 * file, six qualifiers, `scoreAll(db)` timed right after each change (median of the rounds).
 * Baseline: one bare query reading every column scoring can read, the cost no scoring can avoid.
 * ratio = rescore time ÷ bare read time.
 */
import { scoreAll } from '../../electron/store/repositories/fit'
import { updateQualifier } from '../../electron/store/repositories/qualifiers'
import { openDatabase } from '../../electron/store/database'
import { listQualifiers } from '../../electron/store/repositories/qualifiers'
import { makeTempDir, removeTempDirs } from '../support/tempDatabase'
import { median, type BenchResult } from './benchResult'
import { benchAccounts, copyBenchTerritory } from './seedUniverse'

const rounds = 5
export const rescoreTargetMs = 150

export async function run(): Promise<BenchResult[]> {
  const db = openDatabase(copyBenchTerritory(makeTempDir('groundwork-bench-')))
  try {
    const size = listQualifiers(db).find((qualifier) => qualifier.rule.kind === 'range' && qualifier.rule.field === 'employees')
    if (!size || size.rule.kind !== 'range') throw new Error('the size qualifier is missing')
    scoreAll(db)
    const bareRead = db
      .prepare('SELECT id, industry, region, country, city, employees, annual_revenue FROM account WHERE deleted_at IS NULL')
      .raw(true)

    const rescoreMs: number[] = []
    const readMs: number[] = []
    for (let round = 0; round < rounds; round++) {
      // A real change each round, so nothing can be answered from a previous result.
      const min = 100 + round * 50
      updateQualifier(db, size.id, { name: size.name, description: size.description, rule: { ...size.rule, min }, mustHave: size.mustHave, weight: 1 + (round % 5) })
      const started = performance.now()
      const fits = scoreAll(db)
      rescoreMs.push(performance.now() - started)
      if (fits.size !== benchAccounts) throw new Error(`expected ${benchAccounts} scores, got ${fits.size}`)

      const readStarted = performance.now()
      const read = bareRead.all()
      readMs.push(performance.now() - readStarted)
      if (read.length !== benchAccounts) throw new Error(`expected ${benchAccounts} accounts, read ${read.length}`)
    }
    const rescore = median(rescoreMs)
    return [
      {
        name: `rescore ${benchAccounts.toLocaleString('en-US')} accounts after a qualifier change (6 qualifiers, median of ${rounds})`,
        value: Math.round(rescore * 10) / 10,
        unit: 'ms',
        target: `≤ ${rescoreTargetMs} ms`,
        ratio: rescore / median(readMs),
      },
    ]
  } finally {
    db.close()
    removeTempDirs()
  }
}
