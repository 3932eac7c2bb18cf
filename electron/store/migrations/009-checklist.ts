import type { Migration } from './migration'

/**
 * The rep's own pre-call checklist items, per account ("read their annual report", "ask Priya for an
 * intro"). The rest of the checklist is computed from the preparation itself, so only these are stored.
 * A deleted item keeps its row (deleted_at) until the bin is emptied, so Undo brings it back in place.
 */
export const migration009Checklist: Migration = {
  version: 9,
  name: 'checklist',
  up(db) {
    db.exec(`
      CREATE TABLE checklist_item (
        id          TEXT PRIMARY KEY,
        account_id  TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
        done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        position    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
      CREATE INDEX checklist_item_live ON checklist_item (account_id, position) WHERE deleted_at IS NULL;
    `)
  },
}
