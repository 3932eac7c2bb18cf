import { app, BrowserWindow, dialog } from 'electron'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

/** A file name made from the window's title ("Call sheet – Kestrel Freight"), safe on every platform. */
export function pdfFileName(title: string): string {
  const cleaned = [...title]
    .map((char) => (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim()
  return `${cleaned === '' ? 'Groundwork' : cleaned}.pdf`
}

/**
 * Saves what the focused window shows (with the print stylesheet, on A4) as a PDF where the rep
 * chooses. Resolves null when there is no window or the rep cancels the save dialog.
 */
export async function printFocusedWindowToPdf(): Promise<{ path: string } | null> {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  if (!window) return null
  const choice = await dialog.showSaveDialog(window, {
    title: 'Save the call sheet as PDF',
    defaultPath: path.join(app.getPath('documents'), pdfFileName(window.getTitle())),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  })
  if (choice.canceled || !choice.filePath) return null
  const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true })
  await writeFile(choice.filePath, pdf)
  return { path: choice.filePath }
}
