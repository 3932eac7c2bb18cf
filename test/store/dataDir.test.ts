import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appFolderName, dataDirFromArgs, defaultDataDir, resolveDataDir } from '../../electron/store/dataDir'

const home = '/home/rep'

describe('defaultDataDir', () => {
  it('is the Electron userData folder for Groundwork on each platform', () => {
    expect(appFolderName).toBe('Groundwork')
    expect(defaultDataDir('darwin', {}, home)).toBe(path.join(home, 'Library', 'Application Support', 'Groundwork'))
    expect(defaultDataDir('linux', {}, home)).toBe(path.join(home, '.config', 'Groundwork'))
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/custom/config' }, home)).toBe(path.join('/custom/config', 'Groundwork'))
    expect(defaultDataDir('win32', { APPDATA: '/appdata/Roaming' }, home)).toBe(path.join('/appdata/Roaming', 'Groundwork'))
    expect(defaultDataDir('win32', {}, home)).toBe(path.join(home, 'AppData', 'Roaming', 'Groundwork'))
  })
})

describe('dataDirFromArgs', () => {
  it('reads --data-dir DIR and --data-dir=DIR', () => {
    expect(dataDirFromArgs(['--port', '0', '--data-dir', '/a'])).toBe('/a')
    expect(dataDirFromArgs(['--data-dir=/b', '--port', '0'])).toBe('/b')
    expect(dataDirFromArgs(['--port', '0'])).toBeUndefined()
    expect(dataDirFromArgs(['--data-dir'])).toBeUndefined()
  })
})

describe('resolveDataDir', () => {
  const fallback = () => '/fallback/Groundwork'

  it('prefers --data-dir, then GROUNDWORK_DATA_DIR, then the platform default', () => {
    expect(resolveDataDir(['--data-dir', '/from/args'], { GROUNDWORK_DATA_DIR: '/from/env' }, fallback)).toBe(path.resolve('/from/args'))
    expect(resolveDataDir(['--data-dir=/from/args'], { GROUNDWORK_DATA_DIR: '/from/env' }, fallback)).toBe(path.resolve('/from/args'))
    expect(resolveDataDir([], { GROUNDWORK_DATA_DIR: '/from/env' }, fallback)).toBe(path.resolve('/from/env'))
    expect(resolveDataDir([], {}, fallback)).toBe(path.resolve('/fallback/Groundwork'))
  })

  it('treats a blank choice as no choice', () => {
    expect(resolveDataDir([], { GROUNDWORK_DATA_DIR: '  ' }, fallback)).toBe(path.resolve('/fallback/Groundwork'))
    expect(resolveDataDir(['--data-dir='], {}, fallback)).toBe(path.resolve('/fallback/Groundwork'))
  })

  it('makes a relative folder absolute', () => {
    expect(resolveDataDir(['--data-dir', 'rel/data'], {}, fallback)).toBe(path.resolve('rel/data'))
  })
})
