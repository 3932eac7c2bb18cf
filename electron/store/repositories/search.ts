import type { Database } from 'better-sqlite3'
import type { HighlightRange, SearchHit, SearchHitKind } from '../../../src/shared/contract/research'
import type { ResearchNoteKind } from '../../../src/shared/domain/research'
import { prepared } from '../statements'

/** At most this many words of what the rep typed take part in a search; the rest only narrow it further. */
export const maxSearchTerms = 12
export const maxSearchResults = 50

/** Shorter than this, a lone word typed so far only looks in names and details (see toMatchQuery). */
export const shortPrefix = 3

/**
 * bm25 weights per column of search_index, in its column order: name, detail, body, source. A name
 * counts ten times the body text, so the account or person called what the rep typed comes first.
 */
const columnWeights = '10.0, 4.0, 1.0, 0.5'

/**
 * Turns what the rep typed into an FTS5 query that cannot carry FTS5 syntax: each whitespace-separated
 * chunk keeps only its letters and digits and becomes a quoted phrase (so `OR`, `NEAR(`, `-`, `:`, `*` and
 * quotes are just text), all phrases must match, and the last one also matches as a prefix so results
 * appear while the rep is still typing. A lone chunk of one or two characters ("m", "Ha") only looks in
 * names and details: as a prefix of every word in 100,000 notes it would rank most of them, slowly and to
 * no use. Null when nothing searchable is left.
 */
export function toMatchQuery(text: string): string | null {
  const phrases: string[] = []
  for (const chunk of text.split(/\s+/)) {
    const words = chunk.match(/[\p{L}\p{N}]+/gu)
    if (words) phrases.push(words.join(' '))
    if (phrases.length === maxSearchTerms) break
  }
  const only = phrases.length === 1 ? phrases[0] : undefined
  if (only !== undefined && only.length < shortPrefix) return `{name detail} : "${only}"*`
  if (phrases.length === 0) return null
  return phrases.map((phrase, index) => `"${phrase}"${index === phrases.length - 1 ? '*' : ''}`).join(' ')
}

// Control characters: a form cannot produce them, and text that does hold one is shown unmarked (see marked()).
const markOpen = '\u0002'
const markClose = '\u0003'
const ellipsis = '…'

/** Splits FTS5's marked-up text into plain text and the ranges of the matched words. */
export function parseMarked(marked: string): { text: string; ranges: HighlightRange[] } {
  let text = ''
  const ranges: HighlightRange[] = []
  let start = -1
  for (const char of marked) {
    if (char === markOpen) start = text.length
    else if (char === markClose) {
      if (start >= 0 && text.length > start) ranges.push({ start, end: text.length })
      start = -1
    } else text += char
  }
  return { text, ranges }
}

interface MarkedRow {
  kind: SearchHitKind
  ref_id: string
  account_id: string
  account_name: string
  note_kind: ResearchNoteKind | null
  name: string
  detail: string
  body: string
  source: string
  name_marked: string
  detail_marked: string
  body_marked: string
  source_marked: string
}

interface Marked {
  text: string
  ranges: HighlightRange[]
}

/** FTS5's markup, unless the original already held a marker character (then plain text, nothing marked). */
function marked(original: string, markedUp: string, plainFallback: string): Marked {
  if (original.includes(markOpen) || original.includes(markClose)) return { text: plainFallback, ranges: [] }
  return parseMarked(markedUp)
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}${ellipsis}`
}

/** The piece of text that best shows why this row matched. */
function pickSnippet(kind: SearchHitKind, row: MarkedRow): Marked {
  const detail = marked(row.detail, row.detail_marked, row.detail)
  const body = marked(row.body, row.body_marked, shorten(row.body))
  const source = marked(row.source, row.source_marked, shorten(row.source))
  const candidates = kind === 'contact' ? [detail] : kind === 'account' ? [body, detail] : [body, source]
  return candidates.find((candidate) => candidate.ranges.length > 0) ?? (kind === 'account' && detail.text !== '' ? detail : candidates[0] ?? detail)
}

/**
 * Brings the FTS5 index up to date with `search_document` (see migration 006): takes out retired
 * documents that were indexed, drops every retired row, and indexes the documents written since the last
 * catch-up, each step in one statement. Cheap when there is nothing to do; searchEverything calls it
 * first, so a search always sees every write made before it. A bulk writer (an import) may call it at
 * the end so the first search afterwards does not pay for the whole batch.
 */
export function syncSearchIndex(db: Database): void {
  const mark = prepared(db, 'SELECT indexed_through FROM search_state WHERE id = 1').pluck().get() as number
  const pending = prepared(
    db,
    'SELECT EXISTS (SELECT 1 FROM search_document WHERE retired = 1) OR EXISTS (SELECT 1 FROM search_document WHERE id > ?)',
  )
    .pluck()
    .get(mark) as number
  if (pending === 0) return
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO search_index (search_index, rowid, name, detail, body, source)
       SELECT 'delete', id, name, detail, body, source FROM search_document WHERE retired = 1 AND id <= ?`,
    ).run(mark)
    prepared(db, 'DELETE FROM search_document WHERE retired = 1').run()
    prepared(db, 'INSERT INTO search_index (rowid, name, detail, body, source) SELECT id, name, detail, body, source FROM search_document WHERE id > ?').run(mark)
    prepared(db, 'UPDATE search_state SET indexed_through = (SELECT coalesce(max(id), ?) FROM search_document) WHERE id = 1').run(mark)
  })()
}

/**
 * How many matching documents one search ranks at most. bm25 costs time for every match, so a word in
 * most notes ("the", or "pla" on its way to "planning") would otherwise cost far more than a rare one.
 */
export const rankWindow = 10_000

interface RankedRow {
  doc: number
  /** bm25: lower is a better match. */
  relevance: number
  /** How many matches were ranked; equal to the window when there were more. */
  considered: number
}

/**
 * The best `limit` live matches among the newest `window` (the index's rowids grow with every write, so
 * newest first is its natural order and the scan stops at the window).
 */
function rankWithin(db: Database, query: string, limit: number, window: number): RankedRow[] {
  // Once synced, the index holds live rows of live accounts only (migration 006), so ranking needs no join.
  return prepared(
    db,
    `SELECT doc, relevance, count(*) OVER () AS considered FROM (
       SELECT rowid AS doc, bm25(search_index, ${columnWeights}) AS relevance
         FROM search_index
        WHERE search_index MATCH @query
        ORDER BY rowid DESC
        LIMIT @window
     )
     ORDER BY relevance
     LIMIT @limit`,
  ).all({ query, limit, window }) as RankedRow[]
}

/**
 * Accounts, people and notes matching the words typed, best first by bm25 with `columnWeights`. Deleted
 * rows and everything at a deleted account are not in the index, so they never appear. A search matching more than `rankWindow` documents ranks the newest
 * `rankWindow` of them plus every name and detail match within the same bound, so accounts and people
 * called what the rep typed are still found however old. Only the hits returned get highlights.
 */
export function searchEverything(db: Database, text: string, limit = 20, window = rankWindow): SearchHit[] {
  const query = toMatchQuery(text)
  if (query === null) return []
  syncSearchIndex(db)
  const capped = Math.max(1, Math.min(maxSearchResults, Math.floor(limit)))
  let ranked = rankWithin(db, query, capped, window)
  if ((ranked[0]?.considered ?? 0) >= window && !query.startsWith('{')) {
    // Scores from the name-only query leave out body matches; where a row is in both lists, the full score wins.
    const byDoc = new Map(rankWithin(db, `{name detail} : (${query})`, capped, window).map((row) => [row.doc, row]))
    for (const row of ranked) byDoc.set(row.doc, row)
    ranked = [...byDoc.values()].sort((a, b) => a.relevance - b.relevance).slice(0, capped)
  }

  // better-sqlite3 binds JS numbers as REAL, and FTS5 (SQLite 3.53) then ignores a rowid constraint next to
  // MATCH and returns every match; the CAST hands it the integer it needs.
  const markUp = prepared(
    db,
    `SELECT d.kind, d.ref_id, d.account_id, d.name, d.detail, d.body, d.source, a.name AS account_name, n.kind AS note_kind,
            highlight(search_index, 0, @open, @close) AS name_marked,
            highlight(search_index, 1, @open, @close) AS detail_marked,
            snippet(search_index, 2, @open, @close, @ellipsis, 16) AS body_marked,
            snippet(search_index, 3, @open, @close, @ellipsis, 12) AS source_marked
       FROM search_index
       JOIN search_document d ON d.id = search_index.rowid
       JOIN account a ON a.id = d.account_id
       LEFT JOIN research_note n ON d.kind = 'note' AND n.id = d.ref_id
      WHERE search_index MATCH @query AND search_index.rowid = CAST(@doc AS INTEGER)`,
  )
  return ranked.flatMap((row) => {
    const found = markUp.get({ query, doc: row.doc, open: markOpen, close: markClose, ellipsis }) as MarkedRow | undefined
    if (!found) return []
    const title = found.kind === 'note' ? { text: found.account_name, ranges: [] } : marked(found.name, found.name_marked, found.name)
    const snippet = pickSnippet(found.kind, found)
    return [
      {
        kind: found.kind,
        id: found.ref_id,
        accountId: found.account_id,
        accountName: found.account_name,
        title: title.text,
        titleRanges: title.ranges,
        snippet: snippet.text,
        snippetRanges: snippet.ranges,
        noteKind: found.kind === 'note' ? found.note_kind : null,
        score: -row.relevance,
      },
    ]
  })
}
