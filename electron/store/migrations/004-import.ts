import { normaliseDomain, normaliseName } from '../../../src/shared/domain/duplicates'
import type { Migration } from './migration'

/**
 * What territory import needs: each account's duplicate keys (its website's bare domain and its
 * normalised name, both indexed so a lookup never scans the table), the record it came from in a CRM
 * (external_id within source), and a log of past imports that each imported account points back to.
 *
 * domain and name_key are derived data: the rows that exist are backfilled here with today's rules,
 * and the accounts repository keeps them current on every create and update. If the rules in
 * src/shared/domain/duplicates.ts ever change, a later migration should recompute them.
 */
export const migration004Import: Migration = {
  version: 4,
  name: 'import',
  up(db) {
    db.exec(`
      CREATE TABLE import_batch (
        id          TEXT PRIMARY KEY,
        file_name   TEXT,
        source      TEXT NOT NULL CHECK (source IN ('hubspot', 'salesforce', 'groundwork', 'csv')),
        rows        INTEGER NOT NULL CHECK (rows >= 0),
        added       INTEGER NOT NULL CHECK (added >= 0),
        updated     INTEGER NOT NULL CHECK (updated >= 0),
        skipped     INTEGER NOT NULL CHECK (skipped >= 0),
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX import_batch_created ON import_batch (created_at);

      ALTER TABLE account ADD COLUMN domain TEXT;
      ALTER TABLE account ADD COLUMN name_key TEXT;
      ALTER TABLE account ADD COLUMN external_id TEXT;
      ALTER TABLE account ADD COLUMN source TEXT CHECK (source IN ('hubspot', 'salesforce', 'csv'));
      ALTER TABLE account ADD COLUMN import_batch_id TEXT REFERENCES import_batch (id) ON DELETE SET NULL;
    `)

    const rows = db.prepare('SELECT id, name, website FROM account').all() as { id: string; name: string; website: string | null }[]
    const backfill = db.prepare('UPDATE account SET domain = ?, name_key = ? WHERE id = ?')
    for (const row of rows) backfill.run(normaliseDomain(row.website), normaliseName(row.name), row.id)

    // Built after the backfill: filling an index once is cheaper than updating it row by row.
    db.exec(`
      CREATE INDEX account_live_domain ON account (domain) WHERE deleted_at IS NULL AND domain IS NOT NULL;
      CREATE INDEX account_live_name_key ON account (name_key) WHERE deleted_at IS NULL;
    `)
  },
}
