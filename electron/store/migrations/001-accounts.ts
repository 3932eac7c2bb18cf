import type { Migration } from './migration'

export const migration001Accounts: Migration = {
  version: 1,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE account (
        id             TEXT PRIMARY KEY,
        name           TEXT NOT NULL,
        website        TEXT,
        industry       TEXT,
        city           TEXT,
        region         TEXT,
        country        TEXT,
        employees      INTEGER,
        annual_revenue REAL,
        description    TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        deleted_at     TEXT
      ) STRICT;
      CREATE INDEX account_live_name ON account (name COLLATE NOCASE) WHERE deleted_at IS NULL;
    `)
  },
}
