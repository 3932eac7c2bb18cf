import type { Migration } from './migration'

/**
 * The people at each account, what each is in the decision, and the do-not-contact record.
 *
 * Do-not-contact lives on both the person and the company. The current state sits on the row (a CHECK
 * keeps the flag, its date and its reason consistent); every change, including lifting the flag, is
 * appended to do_not_contact_event so the record of who asked, when and why is never lost.
 */
export const migration003Contacts: Migration = {
  version: 3,
  name: 'contacts',
  up(db) {
    const accountColumns = new Set(db.prepare("SELECT name FROM pragma_table_info('account')").pluck().all() as string[])
    // Another step may have added the tag first; the columns are the same either way.
    if (!accountColumns.has('relationship')) {
      db.exec(`
        ALTER TABLE account ADD COLUMN relationship TEXT NOT NULL DEFAULT 'prospect'
          CHECK (relationship IN ('prospect', 'client', 'partner'));
      `)
    }
    if (!accountColumns.has('do_not_contact')) {
      db.exec(`
        ALTER TABLE account ADD COLUMN do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1));
        ALTER TABLE account ADD COLUMN do_not_contact_at TEXT;
        ALTER TABLE account ADD COLUMN do_not_contact_reason TEXT;
      `)
    }
    db.exec(`
      CREATE TABLE contact (
        id                    TEXT PRIMARY KEY,
        account_id            TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        name                  TEXT NOT NULL,
        title                 TEXT,
        department            TEXT,
        email                 TEXT,
        phone                 TEXT,
        decision_role         TEXT NOT NULL DEFAULT 'unknown'
          CHECK (decision_role IN ('decision-maker', 'influencer', 'champion', 'gatekeeper', 'user', 'unknown')),
        role_confirmed        INTEGER NOT NULL DEFAULT 0 CHECK (role_confirmed IN (0, 1)),
        relationship          TEXT NOT NULL DEFAULT 'prospect' CHECK (relationship IN ('prospect', 'client', 'partner')),
        do_not_contact        INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
        do_not_contact_at     TEXT,
        do_not_contact_reason TEXT,
        notes                 TEXT,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        deleted_at            TEXT,
        CHECK (do_not_contact = 1 OR (do_not_contact_at IS NULL AND do_not_contact_reason IS NULL)),
        CHECK (do_not_contact = 0 OR do_not_contact_at IS NOT NULL)
      ) STRICT;
      CREATE INDEX contact_account ON contact (account_id);

      CREATE TABLE do_not_contact_event (
        id         TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        contact_id TEXT REFERENCES contact (id) ON DELETE CASCADE,
        action     TEXT NOT NULL CHECK (action IN ('marked', 'lifted')),
        reason     TEXT,
        at         TEXT NOT NULL,
        CHECK (action = 'marked' OR reason IS NOT NULL)
      ) STRICT;
      CREATE INDEX do_not_contact_event_account ON do_not_contact_event (account_id, at);
      CREATE INDEX do_not_contact_event_contact ON do_not_contact_event (contact_id) WHERE contact_id IS NOT NULL;
    `)
  },
}
