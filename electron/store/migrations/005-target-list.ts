import type { Migration } from './migration'

/**
 * The active target list (the rep's 15–20), its history, and each account's place in the sales cycle.
 * A removed target keeps its row (removed_at set) so Undo brings back its next step as well.
 */
export const migration005TargetList: Migration = {
  version: 5,
  name: 'target-list',
  up(db) {
    const accountColumns = db.prepare("SELECT name FROM pragma_table_info('account')").pluck().all() as string[]
    if (!accountColumns.includes('status')) {
      db.exec(`
        ALTER TABLE account ADD COLUMN status TEXT NOT NULL DEFAULT 'new'
          CHECK (status IN ('new', 'researching', 'contacted', 'meeting', 'nurturing', 'no-fit', 'closed'));
      `)
    }
    db.exec(`
      CREATE TABLE target (
        account_id        TEXT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        added_at          TEXT NOT NULL,
        reason_over_limit TEXT,
        next_step         TEXT,
        next_step_due     TEXT,
        removed_at        TEXT
      ) STRICT;
      CREATE INDEX target_active ON target (position) WHERE removed_at IS NULL;

      CREATE TABLE target_event (
        id                 TEXT PRIMARY KEY,
        account_id         TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        kind               TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'swapped')),
        reason             TEXT,
        other_account_id   TEXT REFERENCES account (id) ON DELETE SET NULL,
        at                 TEXT NOT NULL
      ) STRICT;
      CREATE INDEX target_event_account ON target_event (account_id, at);
    `)
  },
}
