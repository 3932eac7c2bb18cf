import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { findElectronBinary } from '../../electron/main/electronRuntime'
import { makeTempDir, removeTempDirs } from '../support/tempDatabase'

vi.mock('electron', () => ({}))
afterAll(removeTempDirs)

/** A stand-in for node_modules/electron: path.txt names the binary inside dist/. */
function fakeElectronPackage(options: { pathTxt?: string; binary?: boolean }): string {
  const dir = makeTempDir()
  if (options.pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), options.pathTxt)
  if (options.binary) {
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '')
  }
  return dir
}

describe('findElectronBinary', () => {
  it('is undefined when the electron package is not installed', () => {
    expect(findElectronBinary(undefined)).toBeUndefined()
  })

  it('is undefined when the binary was never downloaded (no path.txt)', () => {
    expect(findElectronBinary(fakeElectronPackage({}))).toBeUndefined()
  })

  it('is undefined when path.txt names a binary that is not there', () => {
    expect(findElectronBinary(fakeElectronPackage({ pathTxt: 'electron' }))).toBeUndefined()
  })

  it('is the binary path when it is there', () => {
    const dir = fakeElectronPackage({ pathTxt: 'electron\n', binary: true })
    expect(findElectronBinary(dir)).toBe(path.join(dir, 'dist', 'electron'))
  })

  it('looks up the real package without starting a download', () => {
    const log = vi.spyOn(console, 'log')
    const found = findElectronBinary()
    if (found !== undefined) expect(fs.existsSync(found)).toBe(true)
    expect(log).not.toHaveBeenCalled()
  })
})
