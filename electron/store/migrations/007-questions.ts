import type { Migration } from './migration'

const purposes = "'situation', 'problem', 'implication', 'need-payoff', 'decision-process', 'timing'"

/**
 * The question bank, each target's call plan and the objections the rep rehearses.
 *
 * The bank starts as a copy of the shipped starter set (seeded by id on first use), so the rep can edit
 * or delete starter questions; a deleted one keeps its row (deleted_at) and is never seeded again.
 * A plan entry holds its own copy of the text: editing it for one call leaves the bank alone, and a
 * bank question deleted later leaves the plans that used it intact. An entry gathered from the
 * "to verify" list carries a source_key so the same item cannot be planned twice. Objections with no
 * account are the rep's reusable ones.
 */
export const migration007Questions: Migration = {
  version: 7,
  name: 'questions',
  up(db) {
    db.exec(`
      CREATE TABLE question (
        id          TEXT PRIMARY KEY,
        purpose     TEXT NOT NULL CHECK (purpose IN (${purposes})),
        text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
        origin      TEXT NOT NULL CHECK (origin IN ('starter', 'own')),
        position    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
      CREATE INDEX question_live ON question (purpose, position) WHERE deleted_at IS NULL;

      CREATE TABLE plan_question (
        id           TEXT PRIMARY KEY,
        account_id   TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        question_id  TEXT REFERENCES question (id) ON DELETE SET NULL,
        text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
        purpose      TEXT CHECK (purpose IS NULL OR purpose IN (${purposes})),
        position     INTEGER NOT NULL,
        origin       TEXT NOT NULL CHECK (origin IN ('bank', 'to-verify', 'own')),
        source_key   TEXT,
        added_at     TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        removed_at   TEXT,
        CHECK (origin <> 'to-verify' OR source_key IS NOT NULL)
      ) STRICT;
      CREATE INDEX plan_question_live ON plan_question (account_id, position) WHERE removed_at IS NULL;
      CREATE INDEX plan_question_question ON plan_question (question_id) WHERE question_id IS NOT NULL;
      CREATE UNIQUE INDEX plan_question_one_per_source ON plan_question (account_id, source_key)
        WHERE removed_at IS NULL AND source_key IS NOT NULL;
      CREATE UNIQUE INDEX plan_question_one_per_bank_question ON plan_question (account_id, question_id)
        WHERE removed_at IS NULL AND question_id IS NOT NULL;

      CREATE TABLE objection (
        id          TEXT PRIMARY KEY,
        account_id  TEXT REFERENCES account (id) ON DELETE CASCADE,
        reaction    TEXT NOT NULL CHECK (length(trim(reaction)) > 0),
        answer      TEXT,
        position    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
      CREATE INDEX objection_live ON objection (account_id, position) WHERE deleted_at IS NULL;
    `)
  },
}
