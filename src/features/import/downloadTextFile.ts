/**
 * Saves text as a file through the browser's own download (a Blob behind an <a download>), which works
 * the same in browser mode and in the desktop window.
 */
export function downloadTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: some browsers read the Blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
