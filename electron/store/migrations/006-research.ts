import type { Migration } from './migration'

/**
 * Research notes per account (optionally about one person there), the rep's settings, and one search
 * index over accounts, people and notes.
 *
 * Search has two layers.
 * - `search_document`: one row per live account and per live contact and note of a live account,
 *   written by triggers on those tables, so no repository has to remember it. A changed or deleted row's
 *   document is not edited or removed but *retired* (retired = 1) and, if the row is still live, a new
 *   document is written. Soft-deleting an account retires its people and notes with it; restoring it
 *   writes back those still live. Documents are never edited (a trigger refuses it).
 * - `search_index`: an FTS5 index over the documents (external content: the text is stored once), keyed
 *   by the document's AUTOINCREMENT id, which only grows and which VACUUM never renumbers.
 * The index catches up with the documents in a few set-wide statements just before each search
 * (repositories/search.ts, syncSearchIndex): it indexes documents newer than
 * `search_state.indexed_through` and takes out retired ones, whose stored text is exactly what was
 * indexed. Writing to FTS5 row by row from triggers would flush a tiny segment per statement and make a
 * 50,000-row import several times slower; this way writes stay cheap and every search still sees every
 * write made before it.
 */
export const migration006Research: Migration = {
  version: 6,
  name: 'research',
  up(db) {
    db.exec(`
      CREATE TABLE research_note (
        id          TEXT PRIMARY KEY,
        account_id  TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        contact_id  TEXT REFERENCES contact (id) ON DELETE SET NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('fact', 'assumption', 'need-hypothesis', 'news', 'trigger-event')),
        text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
        source      TEXT,
        observed_on TEXT NOT NULL CHECK (observed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(observed_on) = observed_on),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
      CREATE INDEX research_note_account ON research_note (account_id, observed_on) WHERE deleted_at IS NULL;
      CREATE INDEX research_note_contact ON research_note (contact_id) WHERE contact_id IS NOT NULL;

      CREATE TABLE setting (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE search_document (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        kind       TEXT NOT NULL CHECK (kind IN ('account', 'contact', 'note')),
        ref_id     TEXT NOT NULL,
        account_id TEXT NOT NULL,
        name       TEXT NOT NULL,
        detail     TEXT NOT NULL,
        body       TEXT NOT NULL,
        source     TEXT NOT NULL,
        retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
      ) STRICT;
      CREATE UNIQUE INDEX search_document_current ON search_document (kind, ref_id) WHERE retired = 0;
      CREATE INDEX search_document_account ON search_document (account_id) WHERE retired = 0;
      CREATE INDEX search_document_retired ON search_document (id) WHERE retired = 1;

      CREATE TRIGGER search_document_frozen BEFORE UPDATE OF id, kind, ref_id, account_id, name, detail, body, source ON search_document BEGIN
        SELECT RAISE(ABORT, 'A search document is retired and replaced, never edited');
      END;

      CREATE TABLE search_state (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        indexed_through INTEGER NOT NULL
      ) STRICT;

      CREATE VIRTUAL TABLE search_index USING fts5 (
        name, detail, body, source,
        content = 'search_document',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3 4'
      );
    `)

    // What each source row contributes to the index; blank parts are skipped so no stray separators show.
    const accountDocument = (row: 'new' | 'a') => `'account', ${row}.id, ${row}.id, ${row}.name,
      coalesce(concat_ws(' · ', nullif(trim(${row}.industry), ''), nullif(trim(${row}.city), ''), nullif(trim(${row}.region), ''), nullif(trim(${row}.country), '')), ''),
      coalesce(${row}.description, ''), ''`
    const contactDocument = (row: 'new' | 'c') => `'contact', ${row}.id, ${row}.account_id, ${row}.name,
      coalesce(concat_ws(' · ', nullif(trim(${row}.title), ''), nullif(trim(${row}.department), ''), nullif(trim(${row}.email), '')), ''),
      '', ''`
    const noteDocument = (row: 'new' | 'n') => `'note', ${row}.id, ${row}.account_id, '', '', ${row}.text, coalesce(${row}.source, '')`
    const into = 'INSERT INTO search_document (kind, ref_id, account_id, name, detail, body, source)'
    const retire = (kind: string, id: string) => `UPDATE search_document SET retired = 1 WHERE kind = '${kind}' AND ref_id = ${id} AND retired = 0`
    const retireAccount = (id: string) => `UPDATE search_document SET retired = 1 WHERE account_id = ${id} AND retired = 0`
    const liveAccount = (id: string) => `EXISTS (SELECT 1 FROM account WHERE id = ${id} AND deleted_at IS NULL)`

    db.exec(`
      CREATE TRIGGER account_search_insert AFTER INSERT ON account WHEN new.deleted_at IS NULL BEGIN
        ${into} VALUES (${accountDocument('new')});
      END;
      CREATE TRIGGER account_search_update AFTER UPDATE OF name, industry, city, region, country, description ON account
        WHEN old.deleted_at IS NULL AND new.deleted_at IS NULL BEGIN
        ${retire('account', 'old.id')};
        ${into} VALUES (${accountDocument('new')});
      END;
      CREATE TRIGGER account_search_hide AFTER UPDATE OF deleted_at ON account
        WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
        ${retireAccount('old.id')};
      END;
      CREATE TRIGGER account_search_show AFTER UPDATE OF deleted_at ON account
        WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN
        ${into} VALUES (${accountDocument('new')});
        ${into} SELECT ${contactDocument('c')} FROM contact c WHERE c.account_id = new.id AND c.deleted_at IS NULL;
        ${into} SELECT ${noteDocument('n')} FROM research_note n WHERE n.account_id = new.id AND n.deleted_at IS NULL;
      END;
      CREATE TRIGGER account_search_delete AFTER DELETE ON account BEGIN
        ${retireAccount('old.id')};
      END;

      CREATE TRIGGER contact_search_insert AFTER INSERT ON contact WHEN new.deleted_at IS NULL AND ${liveAccount('new.account_id')} BEGIN
        ${into} VALUES (${contactDocument('new')});
      END;
      CREATE TRIGGER contact_search_update AFTER UPDATE OF account_id, name, title, department, email, deleted_at ON contact BEGIN
        ${retire('contact', 'old.id')};
        ${into} SELECT ${contactDocument('new')} WHERE new.deleted_at IS NULL AND ${liveAccount('new.account_id')};
      END;
      CREATE TRIGGER contact_search_delete AFTER DELETE ON contact BEGIN
        ${retire('contact', 'old.id')};
      END;

      CREATE TRIGGER research_note_search_insert AFTER INSERT ON research_note WHEN new.deleted_at IS NULL AND ${liveAccount('new.account_id')} BEGIN
        ${into} VALUES (${noteDocument('new')});
      END;
      CREATE TRIGGER research_note_search_update AFTER UPDATE OF account_id, text, source, deleted_at ON research_note BEGIN
        ${retire('note', 'old.id')};
        ${into} SELECT ${noteDocument('new')} WHERE new.deleted_at IS NULL AND ${liveAccount('new.account_id')};
      END;
      CREATE TRIGGER research_note_search_delete AFTER DELETE ON research_note BEGIN
        ${retire('note', 'old.id')};
      END;

      ${into} SELECT ${accountDocument('a')} FROM account a WHERE a.deleted_at IS NULL;
      ${into} SELECT ${contactDocument('c')} FROM contact c JOIN account a ON a.id = c.account_id AND a.deleted_at IS NULL WHERE c.deleted_at IS NULL;
      INSERT INTO search_index (rowid, name, detail, body, source) SELECT id, name, detail, body, source FROM search_document;
      INSERT INTO search_state (id, indexed_through) VALUES (1, (SELECT coalesce(max(id), 0) FROM search_document));
    `)
  },
}
