import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

const root = path.resolve(import.meta.dirname, '../..')

export interface RunningApp {
  url: string
  origin: string
  token: string
  dataDir: string
  stop(): Promise<void>
}

/** Starts the built browser mode (`out/main/serve.js`) on a free port and a fresh data folder. */
export async function startBrowserMode(options: { dataDir?: string; extraArgs?: string[] } = {}): Promise<RunningApp> {
  const serveScript = path.join(root, 'out', 'main', 'serve.js')
  if (!fs.existsSync(serveScript)) throw new Error('out/main/serve.js is missing: run `npm run build` first (npm test does).')
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-e2e-'))
  const token = `e2e-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}-token`
  const child = spawn(process.execPath, [serveScript, '--port', '0', '--data-dir', dataDir, ...(options.extraArgs ?? [])], {
    env: { ...process.env, GROUNDWORK_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser mode exited with ${code}:\n${output}`))
    })
  })
  return { url, origin: new URL(url).origin, token, dataDir, stop: () => stopChild(child) }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export const chromiumPath = process.env.GROUNDWORK_CHROMIUM ?? '/usr/bin/chromium'

/** Debian's Chromium, headless, with a fresh profile and no background traffic. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium is not installed at ${chromiumPath} (apt-get install chromium).`)
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export const screenshotDir = path.join(root, 'test-results', 'screenshots')

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: false })
  return file
}

/** Calls a channel the way the renderer does, with the run's token: for setting up what a test is not about. */
export async function invokeChannel<T = unknown>(app: RunningApp, channel: string, payload: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Groundwork-Token': app.token },
    body: JSON.stringify(payload),
  })
  const envelope = (await response.json()) as { ok: true; data: T } | { ok: false; error: { code: string; message: string } }
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`)
  return envelope.data
}
