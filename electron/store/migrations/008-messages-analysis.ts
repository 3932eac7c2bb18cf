import type { Migration } from './migration'

/**
 * The opener, voicemail and follow-up email prepared for each target, the rep's own signature, and the
 * Prospect Analysis Form with one version per call.
 *
 * message: at most one of each kind per account. A message the rep empties is deleted rather than kept
 * blank, and only an email has a subject line.
 *
 * analysis_form: the form's fields are one JSON object, checked by the contract's zod schema on the way
 * in and out, so a field added later needs no migration. Each call gets its own row (call_number 1, 2…);
 * starting a new call closes the previous row, and a trigger refuses any change to a closed row, so an
 * earlier call's record stays as it was even if a bug tried to write to it.
 *
 * rep_profile: one row: who is calling, used to sign messages.
 */
export const migration008MessagesAnalysis: Migration = {
  version: 8,
  name: 'messages-analysis',
  up(db) {
    db.exec(`
      CREATE TABLE message (
        account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('opener', 'voicemail', 'email')),
        subject    TEXT CHECK (subject IS NULL OR (kind = 'email' AND length(trim(subject)) > 0)),
        text       TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (account_id, kind),
        CHECK (length(trim(text)) > 0 OR subject IS NOT NULL)
      ) STRICT;

      CREATE TABLE analysis_form (
        id          TEXT PRIMARY KEY,
        account_id  TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        call_number INTEGER NOT NULL CHECK (call_number >= 1),
        fields      TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        closed_at   TEXT,
        UNIQUE (account_id, call_number)
      ) STRICT;
      CREATE UNIQUE INDEX analysis_form_one_open ON analysis_form (account_id) WHERE closed_at IS NULL;

      CREATE TRIGGER analysis_form_closed_is_read_only BEFORE UPDATE ON analysis_form
        WHEN old.closed_at IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'analysis_form: the form of an earlier call is read-only');
      END;

      CREATE TABLE rep_profile (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        name       TEXT,
        company    TEXT,
        phone      TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}
