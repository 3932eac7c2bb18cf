import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { applicationMenuTemplate } from '../../electron/main/menu'

vi.mock('electron', () => ({}))

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

describe('applicationMenuTemplate', () => {
  it('starts with the app menu on macOS only', () => {
    expect(applicationMenuTemplate('darwin', false)[0]?.role).toBe('appMenu')
    for (const platform of ['win32', 'linux'] as const) expect(roles(applicationMenuTemplate(platform, false))).not.toContain('appMenu')
  })

  it('has the edit menu everywhere, so copy and paste work', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) expect(roles(applicationMenuTemplate(platform, false))).toContain('editMenu')
  })

  it('closes the window on macOS and quits elsewhere from the File menu', () => {
    const file = (platform: NodeJS.Platform) => applicationMenuTemplate(platform, false).find((item) => item.label === 'File')
    expect(roles([file('darwin') ?? {}])).toEqual(['close'])
    expect(roles([file('win32') ?? {}])).toEqual(['quit'])
  })

  it('offers the developer tools only in development', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(applicationMenuTemplate(platform, true))).toContain('toggleDevTools')
      expect(roles(applicationMenuTemplate(platform, false))).not.toContain('toggleDevTools')
    }
  })
})
