/**
 * The universe table's first render of 100,000 accounts in Chromium. Browser mode runs on a data
 * folder holding a 100,000-account territory with six qualifiers; every measurement starts a fresh
 * server and a fresh browser context, so nothing is cached on either side. Times are read with
 * performance.now() in the page, up to the first frame painted after the first table row exists,
 * and include fetching the rows. Two figures, medians of the rounds:
 * - opening the screen: the app is already open on another screen and the rep opens the universe
 *   (from the hash change: mounting the screen, fetching, rendering);
 * - cold page load: from navigation start at #/universe, so it also includes downloading, parsing
 *   and starting the whole app bundle.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, startBrowserMode } from '../support/browserMode'
import { makeTempDir, removeTempDirs } from '../support/tempDatabase'
import { median, type BenchResult } from './benchResult'
import { benchAccounts, copyBenchTerritory } from './seedUniverse'

const root = path.resolve(import.meta.dirname, '../..')
const rounds = 3
export const firstRenderTargetMs = 500

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** Builds out/ when it is missing or older than the sources, so the bench measures the code as it is. */
export function ensureBuilt(): void {
  const built = path.join(root, 'out', 'main', 'serve.js')
  const page = path.join(root, 'out', 'renderer', 'index.html')
  const stale =
    !fs.existsSync(built) ||
    !fs.existsSync(page) ||
    Math.max(newestMtime(path.join(root, 'src')), newestMtime(path.join(root, 'electron'))) > Math.min(fs.statSync(built).mtimeMs, fs.statSync(page).mtimeMs)
  if (!stale) return
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'ignore' })
  if (result.status !== 0) throw new Error('`electron-vite build` failed; run it to see why')
}

/**
 * Runs in the page before its own scripts (playwright injects it, so the page's CSP does not apply).
 * `watchFirstRow(from)` notes when the first universe row exists and when that frame has been painted
 * (a task queued from a frame callback runs once the frame is on screen), relative to `from`.
 * `openUniverse()` starts the clock and moves to #/universe the way the sidebar link does.
 */
const pageScript = `
  window.watchFirstRow = (from) => {
    const observer = new MutationObserver(() => {
      if (window.firstRowPaintedAt !== undefined || window.firstRowAt !== undefined) return
      if (!document.querySelector('[data-universe-row]')) return
      window.firstRowAt = performance.now() - from
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => { window.firstRowPaintedAt = performance.now() - from }, 0))
    })
    observer.observe(document, { childList: true, subtree: true })
  }
  window.openUniverse = () => {
    window.firstRowAt = undefined
    window.firstRowPaintedAt = undefined
    window.watchFirstRow(performance.now())
    location.hash = '#/universe'
  }
  if (location.hash === '#/universe') window.watchFirstRow(0)
`

interface PageMarks {
  firstRowAt?: number
  firstRowPaintedAt?: number
  openUniverse(): void
}

async function paintedAfter(page: Page): Promise<number> {
  // Functions, not strings: the page's CSP forbids eval.
  await page.waitForFunction(() => (globalThis as unknown as PageMarks).firstRowPaintedAt !== undefined, undefined, { timeout: 30_000 })
  const painted = await page.evaluate(() => (globalThis as unknown as PageMarks).firstRowPaintedAt ?? Number.NaN)
  const count = await page.locator('.universe-count').textContent()
  if (!count?.replace(/\D/g, '').includes(String(benchAccounts))) throw new Error(`the table does not show ${benchAccounts} accounts: "${count}"`)
  return painted
}

/** A fresh server (nothing cached) and a fresh browser context (nothing cached) for each measurement. */
async function measure(browser: Browser, dataDir: string, how: 'in-app' | 'page-load'): Promise<number> {
  const app = await startBrowserMode({ dataDir })
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    const page = await context.newPage()
    await page.addInitScript({ content: pageScript })
    if (how === 'page-load') {
      await page.goto(`${app.url}#/universe`, { waitUntil: 'commit' })
      return await paintedAfter(page)
    }
    // The app is open on another screen (call prep, which reads nothing from the territory) and
    // settled; the rep then opens the universe.
    await page.goto(`${app.url}#/prep`)
    await page.getByRole('heading', { name: 'Choose a target to prepare' }).waitFor()
    await page.getByTestId('target-count').filter({ hasText: '0' }).waitFor()
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => (globalThis as unknown as PageMarks).openUniverse())
    return await paintedAfter(page)
  } finally {
    await context.close()
    await app.stop()
  }
}

export async function run(): Promise<BenchResult[]> {
  ensureBuilt()
  const dataDir = makeTempDir('groundwork-bench-')
  copyBenchTerritory(dataDir)
  const browser = await launchChromium()
  const inApp: number[] = []
  const pageLoad: number[] = []
  try {
    for (let round = 0; round < rounds; round++) {
      inApp.push(await measure(browser, dataDir, 'in-app'))
      pageLoad.push(await measure(browser, dataDir, 'page-load'))
    }
  } finally {
    await browser.close()
    removeTempDirs()
  }
  const accounts = benchAccounts.toLocaleString('en-US')
  return [
    {
      name: `universe first render of ${accounts} accounts in Chromium: opening the screen to first rows painted (median of ${rounds})`,
      value: Math.round(median(inApp)),
      unit: 'ms',
      target: `≤ ${firstRenderTargetMs} ms`,
    },
    {
      name: `universe first render of ${accounts} accounts in Chromium: cold page load at #/universe to first rows painted (median of ${rounds})`,
      value: Math.round(median(pageLoad)),
      unit: 'ms',
      target: `≤ ${firstRenderTargetMs} ms`,
    },
  ]
}
