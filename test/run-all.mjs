// `npm test`: typecheck, lint, build, then every vitest project (unit, store, electron, e2e).
// Every step runs even when an earlier one fails, so one run shows everything that is wrong; the
// closing line counts each check and each test, and the exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const resultsFile = path.join(root, 'test-results', 'vitest.json')

const checks = [
  { name: 'typecheck (main side)', command: bin('tsc'), args: ['-p', 'tsconfig.node.json', '--noEmit'] },
  { name: 'typecheck (renderer)', command: bin('tsc'), args: ['-p', 'tsconfig.web.json', '--noEmit'] },
  { name: 'typecheck (browser tests and bench)', command: bin('tsc'), args: ['-p', 'tsconfig.e2e.json', '--noEmit'] },
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'build', command: bin('electron-vite'), args: ['build'] },
]

let passed = 0
let failed = 0
const failures = []

for (const check of checks) {
  console.log(`\n▶ ${check.name}`)
  const result = spawnSync(check.command, check.args, { cwd: root, stdio: 'inherit' })
  if (result.status === 0) passed += 1
  else {
    failed += 1
    failures.push(check.name)
  }
}

console.log('\n▶ tests (unit, store, electron, e2e)')
fs.rmSync(resultsFile, { force: true })
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`],
  { cwd: root, stdio: 'inherit' },
)
if (fs.existsSync(resultsFile)) {
  const report = JSON.parse(fs.readFileSync(resultsFile, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A file that fails to load has no failed tests of its own: count it so it cannot pass silently.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0)
  failed += brokenFiles.length
  if (report.numTotalTests === 0) {
    failed += 1
    failures.push('no tests ran')
  }
  if (report.numFailedTests > 0 || brokenFiles.length > 0) failures.push('tests')
} else {
  failed += 1
  failures.push('tests (vitest produced no report)')
}
if (vitest.status !== 0 && !failures.includes('tests')) {
  failed += 1
  failures.push(`tests (vitest exited with ${vitest.status})`)
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
