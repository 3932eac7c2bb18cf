import type { Database } from 'better-sqlite3'

/** What every handler may use. Built once per process by the desktop main or the browser bridge. */
export interface HandlerContext {
  readonly db: Database
  /** Folder holding the shipped sample territory and question bank. */
  readonly resourcesDir: string
  readonly databasePath: string
  readonly mode: 'desktop' | 'browser'
  readonly version: string
  /**
   * Desktop only: saves the focused window as a PDF where the rep chooses (null: they cancelled).
   * Given by the desktop main, which alone may use Electron; absent in browser mode.
   */
  readonly printToPdf?: () => Promise<{ path: string } | null>
}
