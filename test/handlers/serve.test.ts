import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { tokenHeader } from '../../electron/server/bridge'
import { listenFailure, serve } from '../../electron/server/serve'
import { databaseFileName } from '../../electron/store/database'
import { makeTempDir, removeTempDirs } from '../support/tempDatabase'

const urlForm = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)$/
const running: { close: () => Promise<void> }[] = []

afterEach(async () => {
  for (const app of running.splice(0)) await app.close()
})
afterAll(removeTempDirs)

/** A folder laid out like the build: out/main (where serve.js lives) beside out/renderer. */
function builtApp(): string {
  const root = makeTempDir('gw-serve-')
  fs.mkdirSync(path.join(root, 'out', 'main'), { recursive: true })
  fs.mkdirSync(path.join(root, 'out', 'renderer'), { recursive: true })
  fs.writeFileSync(path.join(root, 'out', 'renderer', 'index.html'), '<!doctype html><title>served</title>')
  return path.join(root, 'out', 'main')
}

async function start(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; port: number; token: string }> {
  const app = await serve({ argv, env, builtDir: builtApp() })
  running.push(app)
  const match = urlForm.exec(app.url)
  if (!match) throw new Error(`unexpected address ${app.url}`)
  return { url: app.url, port: Number(match[1]), token: match[2] ?? '' }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

function appInfo(port: number, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/invoke/app.info', headers: { 'content-type': 'application/json', [tokenHeader]: token } },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end('{}')
  })
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

describe('serve', () => {
  it('prints an address of the form http://127.0.0.1:PORT/?token=... that opens the app', async () => {
    const dataDir = makeTempDir()
    const { url, port, token } = await start(['--data-dir', dataDir])
    expect(url).toMatch(urlForm)
    expect(port).toBeGreaterThan(0)
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>served</title>')
    expect((await appInfo(port, token)).status).toBe(200)
  })

  it('generates a token of at least 128 bits that differs on every start', async () => {
    const tokens: string[] = []
    for (let i = 0; i < 3; i += 1) tokens.push((await start(['--data-dir', makeTempDir()])).token)
    for (const token of tokens) expect(token.length).toBeGreaterThanOrEqual(22)
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  it('uses GROUNDWORK_TOKEN when it is hard enough to guess', async () => {
    const chosen = 'chosen-token-for-a-test-run-0123456789'
    const withEnv = await start(['--data-dir', makeTempDir()], { GROUNDWORK_TOKEN: chosen })
    expect(withEnv.token).toBe(chosen)
    expect((await appInfo(withEnv.port, chosen)).status).toBe(200)
  })

  it('refuses to start with a weak or unsafe GROUNDWORK_TOKEN, saying why, and opens no database', async () => {
    const refusals: [string, RegExp][] = [
      ['short', /at least 22 characters; it has 5/],
      ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', /too few different characters/],
      ['abababababababababababab', /too few different characters/],
      ['chosen token&with=parts#in-the-address', /only hold letters, digits, - and _/],
    ]
    for (const [token, reason] of refusals) {
      const dataDir = makeTempDir()
      await expect(serve({ argv: ['--data-dir', dataDir], env: { GROUNDWORK_TOKEN: token }, builtDir: builtApp() }), token).rejects.toThrow(reason)
      expect(fs.readdirSync(dataDir), token).toEqual([])
    }
  })

  it('listens on the port given by --port N or --port=N', async () => {
    const first = await freePort()
    expect((await start(['--port', String(first), '--data-dir', makeTempDir()])).port).toBe(first)
    const second = await freePort()
    expect((await start([`--port=${second}`, '--data-dir', makeTempDir()])).port).toBe(second)
  })

  it('says what to do when the port is already in use, instead of a raw EADDRINUSE', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    try {
      const taken = (blocker.address() as net.AddressInfo).port
      const dataDir = makeTempDir()
      const refusal = serve({ argv: ['--port', String(taken), '--data-dir', dataDir], env: {}, builtDir: builtApp() })
      await expect(refusal).rejects.toThrow(
        `Port ${taken} is already in use. Stop the other program using it, or start with --port and another number (or leave --port out to get a free one).`,
      )
      await expect(refusal).rejects.not.toThrow(/EADDRINUSE|listen/)
      // The database it opened is closed again: the same folder starts fine on a free port.
      const { port, token } = await start(['--data-dir', dataDir])
      expect((await appInfo(port, token)).status).toBe(200)
    } finally {
      await new Promise((resolve) => blocker.close(resolve))
    }
  })

  it('says what to do for a port that needs special permission, and passes other listen errors on as they are', () => {
    const denied = Object.assign(new Error('listen EACCES: permission denied 127.0.0.1:80'), { code: 'EACCES' })
    expect(listenFailure(denied, 80).message).toMatch(/^Port 80 needs special permission.*--port and a number above 1023/)
    const other = Object.assign(new Error('listen EADDRNOTAVAIL'), { code: 'EADDRNOTAVAIL' })
    expect(listenFailure(other, 8080)).toBe(other)
  })

  it('refuses a port that is not a number from 0 to 65535', async () => {
    for (const argv of [['--port', 'eighty'], ['--port=70000'], ['--port', '-1'], ['--port', '80.5']]) {
      await expect(serve({ argv: [...argv, '--data-dir', makeTempDir()], env: {}, builtDir: builtApp() }), argv.join(' ')).rejects.toThrow(/--port/)
    }
  })

  it('opens the database in --data-dir', async () => {
    const dataDir = path.join(makeTempDir(), 'nested', 'data')
    const { port, token } = await start(['--data-dir', dataDir])
    const info = JSON.parse((await appInfo(port, token)).body) as { data: { databasePath: string; mode: string } }
    expect(info.data.databasePath).toBe(path.join(dataDir, databaseFileName))
    expect(info.data.mode).toBe('browser')
    expect(fs.existsSync(path.join(dataDir, databaseFileName))).toBe(true)
  })

  it('opens the database in GROUNDWORK_DATA_DIR, unless --data-dir says otherwise', async () => {
    const fromEnv = makeTempDir()
    const a = await start([], { GROUNDWORK_DATA_DIR: fromEnv })
    expect(JSON.parse((await appInfo(a.port, a.token)).body).data.databasePath).toBe(path.join(fromEnv, databaseFileName))

    const fromArgs = makeTempDir()
    const b = await start([`--data-dir=${fromArgs}`], { GROUNDWORK_DATA_DIR: makeTempDir() })
    expect(JSON.parse((await appInfo(b.port, b.token)).body).data.databasePath).toBe(path.join(fromArgs, databaseFileName))
  })

  it('refuses to start on a database from a newer version', async () => {
    const dataDir = makeTempDir()
    await start(['--data-dir', dataDir])
    for (const app of running.splice(0)) await app.close()
    const { default: BetterSqlite3 } = await import('better-sqlite3')
    const raw = new BetterSqlite3(path.join(dataDir, databaseFileName))
    raw.pragma('user_version = 9999')
    raw.close()
    await expect(serve({ argv: ['--data-dir', dataDir], env: {}, builtDir: builtApp() })).rejects.toMatchObject({ code: 'DATABASE_TOO_NEW' })
  })

  it('binds 127.0.0.1 only', async () => {
    const { port } = await start(['--data-dir', makeTempDir()])
    expect(await connects('127.0.0.1', port)).toBe(true)
    // Linux routes all of 127/8 to loopback: a server on 0.0.0.0 would answer here, ours must not.
    expect(await connects('127.0.0.2', port)).toBe(false)
    expect(await connects('::1', port)).toBe(false)
  })
})
