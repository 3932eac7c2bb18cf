import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../electron/main/electronRuntime'

const root = path.resolve(import.meta.dirname, '../..')
const children: ReturnType<typeof spawn>[] = []
afterAll(() => children.forEach((child) => child.kill('SIGTERM')))

describe('npm start (out/main/start.js)', () => {
  it.skipIf(findElectronBinary() !== undefined)('falls back to browser mode with a one-line explanation when Electron is absent', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-start-'))
    const token = 'start-test-token-0123456789abcdef'
    const child = spawn(process.execPath, [path.join(root, 'out', 'main', 'start.js'), '--port', '0', '--data-dir', dataDir], {
      env: { ...process.env, GROUNDWORK_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(child)
    const output = await new Promise<string>((resolve, reject) => {
      let text = ''
      const timer = setTimeout(() => reject(new Error(`npm start printed no address:\n${text}`)), 20_000)
      const onData = (chunk: Buffer) => {
        text += chunk.toString()
        if (/\?token=\S+/.test(text)) {
          clearTimeout(timer)
          resolve(text)
        }
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
    })
    const lines = output.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/Electron runtime is not installed.*browser mode/)
    const url = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(lines[1] ?? '')?.[1]
    expect(url).toBeDefined()
    const page = await fetch(url as string)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="root">')
    expect(fs.existsSync(path.join(dataDir, 'groundwork.db'))).toBe(true)
  })
})
