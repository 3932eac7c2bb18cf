import type { Migration } from './migration'

/**
 * What the rep sells (one offering profile with its value statements and differentiators), the
 * ideal-prospect qualifiers, the rep's per-account assessments of them, and the lessons calls teach.
 * A qualifier's rule is JSON checked by the domain schema on every write; deleted qualifiers keep
 * their row (deleted_at) so Undo also brings back every assessment made against them.
 */
export const migration002Targeting: Migration = {
  version: 2,
  name: 'targeting',
  up(db) {
    db.exec(`
      CREATE TABLE offering (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        what_it_is  TEXT,
        summary     TEXT,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE value_statement (
        id        TEXT PRIMARY KEY,
        benefit   TEXT NOT NULL,
        for_whom  TEXT,
        proof     TEXT,
        position  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE differentiator (
        id             TEXT PRIMARY KEY,
        competitor     TEXT NOT NULL,
        how_we_differ  TEXT,
        position       INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE qualifier (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        description  TEXT,
        rule         TEXT NOT NULL CHECK (json_valid(rule)),
        must_have    INTEGER NOT NULL CHECK (must_have IN (0, 1)),
        weight       INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 5),
        position     INTEGER NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        deleted_at   TEXT
      ) STRICT;
      CREATE INDEX qualifier_live_position ON qualifier (position) WHERE deleted_at IS NULL;

      CREATE TABLE qualifier_assessment (
        account_id    TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        qualifier_id  TEXT NOT NULL REFERENCES qualifier (id) ON DELETE CASCADE,
        status        TEXT NOT NULL CHECK (status IN ('met', 'not-met', 'unknown')),
        note          TEXT,
        updated_at    TEXT NOT NULL,
        PRIMARY KEY (account_id, qualifier_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX qualifier_assessment_qualifier ON qualifier_assessment (qualifier_id);

      CREATE TABLE fit_lesson (
        id          TEXT PRIMARY KEY,
        text        TEXT NOT NULL,
        account_id  TEXT REFERENCES account (id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
      CREATE INDEX fit_lesson_live ON fit_lesson (created_at) WHERE deleted_at IS NULL;

      -- Exactly what fit scoring reads, for live accounts: rescoring a 100,000-account territory scans
      -- this compact index instead of every row with its description (about twice as fast).
      CREATE INDEX account_scoring ON account (id, industry, region, country, city, employees, annual_revenue)
        WHERE deleted_at IS NULL;

      -- Moves whenever a column scoring reads changes, so the columns read for one rescoring can be
      -- reused by the next while only qualifiers or assessments changed (tuning the profile).
      CREATE TABLE scoring_stamp (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        version  INTEGER NOT NULL
      ) STRICT;
      INSERT INTO scoring_stamp (id, version) VALUES (1, 0);
      CREATE TRIGGER account_scoring_stamp_insert AFTER INSERT ON account
      BEGIN UPDATE scoring_stamp SET version = version + 1 WHERE id = 1; END;
      CREATE TRIGGER account_scoring_stamp_delete AFTER DELETE ON account
      BEGIN UPDATE scoring_stamp SET version = version + 1 WHERE id = 1; END;
      CREATE TRIGGER account_scoring_stamp_update
      AFTER UPDATE OF id, industry, region, country, city, employees, annual_revenue, deleted_at ON account
      BEGIN UPDATE scoring_stamp SET version = version + 1 WHERE id = 1; END;
    `)
  },
}
