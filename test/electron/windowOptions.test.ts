import { describe, expect, it, vi } from 'vitest'
import { mainWindowOptions } from '../../electron/main/windowOptions'

// The real package would try to fetch the Electron binary: nothing here may load it.
vi.mock('electron', () => ({}))

describe('mainWindowOptions', () => {
  it('locks the renderer down: isolated, sandboxed, no Node, web security on, no webview', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs')
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
  })

  it('waits to be shown until the page is ready', () => {
    expect(mainWindowOptions('/p').show).toBe(false)
  })
})
