/**
 * Search at scale: 100,000 research notes over 2,000 accounts with 6,000 people, in a real SQLite file
 * in a temp folder, written through the triggers that queue them for the index; the index then catches
 * up in one go (that time is reported too). Each query runs through the search repository (safe query
 * building, the catch-up check, bm25 ranking, highlights and snippets for the 20 hits shown) and its
 * median latency is reported; the target is under 50 ms. Broad queries (a word in most notes, three
 * letters typed so far) are included: they are the slow case.
 * ratio = the bare FTS5 lookup of the same query (MATCH only, no ranking or markup) ÷ the full search:
 * the share of the time the index lookup itself takes.
 */
import type { Database } from 'better-sqlite3'
import { newId, nowIso } from '../../electron/store/ids'
import { searchEverything, syncSearchIndex, toMatchQuery } from '../../electron/store/repositories/search'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'
import { generateCompanies, mulberry32 } from '../support/territory'
import { median, type BenchResult } from './benchResult'

export const noteCount = 100_000
const accountCount = 2_000
const peoplePerAccount = 3
const runsPerQuery = 25
const targetMs = 50

const firstNames = ['Dana', 'Sam', 'Ravi', 'Mei', 'Jonas', 'Amara', 'Lucía', 'Noah', 'Zoë', 'Tomasz', 'Aiko', 'Kwame']
const lastNames = ['Whitfield', 'Ortiz', 'Patel', 'Chen', 'Berg', 'Okafor', 'Müller', 'Novak', 'Dubois', 'Haddad', 'Larsen', 'Silva']
const titles = ['Head of Operations', 'Fleet Manager', 'CFO', 'Procurement Lead', 'VP Logistics', 'IT Director', 'COO', 'Planning Manager']
const departments = ['Operations', 'Finance', 'Procurement', 'IT', 'Logistics', 'Customer Service']

// Note text built from the words reps actually write, so terms have realistic frequencies.
const subjects = ['They', 'The team', 'Their CFO', 'Operations', 'The new COO', 'Procurement', 'Their planners', 'The board']
const verbs = ['plan', 'are reviewing', 'complained about', 'expanded', 'cut', 'outsourced', 'invested in', 'struggle with', 'replaced', 'announced']
const objects = [
  'route planning in spreadsheets',
  'a second cold-chain depot',
  'late deliveries to retail customers',
  'their warehouse management system',
  'driver overtime costs',
  'a fleet of electric vans',
  'customs paperwork after the merger',
  'a hiring freeze until next quarter',
  'their carrier contracts',
  'inventory visibility across sites',
  'a pilot with a competitor',
  'returns handling for e-commerce',
]
const tails = ['last year', 'this spring', 'according to the annual report', 'per a LinkedIn post', 'since the acquisition', 'in the trade press', '', '']
const kinds = ['fact', 'assumption', 'need-hypothesis', 'news', 'trigger-event'] as const
const sources = ['https://news.example.com/article', 'Annual report 2024', 'Call with the receptionist', 'LinkedIn', 'Trade show conversation', null]

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}

interface Seeded {
  accountName: string
  lastName: string
}

function seed(db: Database): Seeded {
  const random = mulberry32(4_242)
  const companies = generateCompanies(accountCount, 77)
  const at = nowIso()
  const insertAccount = db.prepare(
    `INSERT INTO account (id, name, website, industry, city, region, country, employees, annual_revenue, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertPerson = db.prepare(
    'INSERT INTO contact (id, account_id, name, title, department, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const insertNote = db.prepare(
    'INSERT INTO research_note (id, account_id, kind, text, source, observed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const accountIds: string[] = []
  db.transaction(() => {
    for (const c of companies) {
      const id = newId()
      accountIds.push(id)
      insertAccount.run(id, c.name, c.website, c.industry, c.city, c.region, c.country, c.employees, c.annualRevenue, c.description, at, at)
      for (let p = 0; p < peoplePerAccount; p++) {
        const first = pick(random, firstNames)
        const last = pick(random, lastNames)
        insertPerson.run(newId(), id, `${first} ${last}`, pick(random, titles), pick(random, departments), `${first}.${last}@example.com`.toLowerCase(), at, at)
      }
    }
    for (let n = 0; n < noteCount; n++) {
      const text = [pick(random, subjects), pick(random, verbs), pick(random, objects), pick(random, tails)].join(' ').trim()
      const day = `2024-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
      insertNote.run(newId(), accountIds[n % accountIds.length], pick(random, kinds), `${text}.`, pick(random, sources), day, at, at)
    }
  })()
  db.pragma('optimize')
  return { accountName: companies[Math.floor(accountCount / 2)]?.name ?? 'Harbour', lastName: 'Whitfield' }
}

function timeMs(action: () => unknown): number {
  const started = performance.now()
  action()
  return performance.now() - started
}

export async function run(): Promise<BenchResult[]> {
  const { db } = openTempDatabase()
  try {
    const seeded = seed(db)
    // Writes only queue documents; the index catches up in one go (normally at the next search).
    const catchUpMs = timeMs(() => syncSearchIndex(db))
    const nameWord = seeded.accountName.split(/\s+/)[0] ?? seeded.accountName
    const queries: { label: string; text: string }[] = [
      { label: 'account name', text: seeded.accountName },
      { label: 'name prefix while typing', text: nameWord.slice(0, 4) },
      { label: 'surname', text: seeded.lastName },
      { label: 'common note word', text: 'warehouse' },
      { label: 'two words', text: 'cold chain' },
      { label: 'phrase typed with a prefix', text: 'late deliv' },
      { label: 'accented name without accents', text: 'muller' },
      { label: 'broad prefix while typing', text: 'pla' },
      { label: 'a word in most notes', text: 'the' },
      { label: 'no match', text: 'quetzalcoatl' },
    ]
    const bare = db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck()
    const rows: BenchResult[] = []
    const fullMedians: number[] = []
    const bareMedians: number[] = []
    for (const query of queries) {
      // One warm-up so the first query does not carry the page cache's cold start for all the others.
      searchEverything(db, query.text, 20)
      const full: number[] = []
      const bareTimes: number[] = []
      const match = toMatchQuery(query.text)
      for (let i = 0; i < runsPerQuery; i++) {
        full.push(timeMs(() => searchEverything(db, query.text, 20)))
        if (match !== null) bareTimes.push(timeMs(() => bare.all(match)))
      }
      const hits = searchEverything(db, query.text, 20).length
      fullMedians.push(median(full))
      bareMedians.push(median(bareTimes))
      rows.push({ name: `search "${query.text}" (${query.label}, ${hits} hits)`, value: Number(median(full).toFixed(2)), unit: 'ms', target: `< ${targetMs} ms` })
    }
    const overall = median(fullMedians)
    return [
      {
        name: `search median over ${queries.length} queries, ${noteCount.toLocaleString('en-US')} notes`,
        value: Number(overall.toFixed(2)),
        unit: 'ms',
        target: `< ${targetMs} ms`,
        ratio: Number((median(bareMedians) / overall).toFixed(3)),
      },
      { name: 'search slowest query median', value: Number(Math.max(...fullMedians).toFixed(2)), unit: 'ms', target: `< ${targetMs} ms` },
      { name: `search index catch-up after writing ${noteCount.toLocaleString('en-US')} notes in one batch`, value: Number(catchUpMs.toFixed(0)), unit: 'ms' },
      ...rows,
    ]
  } finally {
    db.close()
    removeTempDirs()
  }
}
