import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../electron/store/database'
import { restoreAccount, softDeleteAccount, updateAccount } from '../../electron/store/repositories/accounts'
import { insertContact, restoreContact, softDeleteContact, updateContact } from '../../electron/store/repositories/contacts'
import {
  insertResearchNote,
  restoreResearchNote,
  softDeleteResearchNote,
  updateResearchNote,
} from '../../electron/store/repositories/research'
import { maxSearchResults, maxSearchTerms, parseMarked, searchEverything, syncSearchIndex, toMatchQuery } from '../../electron/store/repositories/search'
import type { AccountFields } from '../../src/shared/contract/accounts'
import type { ContactFields } from '../../src/shared/contract/contacts'
import type { ResearchNoteFields, SearchHit } from '../../src/shared/contract/research'
import { accountFields, insertTestAccount } from '../support/accounts'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'

let db: Database

beforeEach(() => {
  ;({ db } = openTempDatabase())
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

function account(name: string, more: Partial<AccountFields> = {}): string {
  return insertTestAccount(db, { name, ...more }).id
}

function personFields(name: string, more: Partial<ContactFields> = {}): ContactFields {
  return { name, title: null, department: null, email: null, phone: null, decisionRole: 'unknown', roleConfirmed: false, relationship: 'prospect', notes: null, ...more }
}

function person(accountId: string, name: string, more: Partial<ContactFields> = {}): string {
  return insertContact(db, accountId, personFields(name, more)).id
}

function noteFields(text: string, more: Partial<ResearchNoteFields> = {}): ResearchNoteFields {
  return { kind: 'fact', text, source: 'their website', observedOn: '2025-05-01', contactId: null, ...more }
}

function note(accountId: string, text: string, more: Partial<ResearchNoteFields> = {}): string {
  return insertResearchNote(db, accountId, noteFields(text, more)).id
}

function ids(text: string, limit?: number): string[] {
  return searchEverything(db, text, limit).map((hit) => hit.id)
}

/** The words a hit marks in its title or snippet. */
function marked(hit: SearchHit | undefined, where: 'title' | 'snippet'): string[] {
  if (!hit) return []
  const ranges = where === 'title' ? hit.titleRanges : hit.snippetRanges
  const source = where === 'title' ? hit.title : hit.snippet
  return ranges.map((range) => source.slice(range.start, range.end))
}

/** FTS5's own check that the index, once caught up, matches its content table row for row. */
function expectIndexConsistent() {
  syncSearchIndex(db)
  expect(() => db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run()).not.toThrow()
}

describe('toMatchQuery', () => {
  it('quotes every chunk, prefix-matches the last, and keeps only letters and digits', () => {
    expect(toMatchQuery('zephyr')).toBe('"zephyr"*')
    expect(toMatchQuery('  harbour   freight ')).toBe('"harbour" "freight"*')
    expect(toMatchQuery("O'Brien e-commerce")).toBe('"O Brien" "e commerce"*')
    expect(toMatchQuery('a OR b')).toBe('"a" "OR" "b"*')
    expect(toMatchQuery('NEAR(a b)')).toBe('"NEAR a" "b"*')
    expect(toMatchQuery('name:acme -foo "bar')).toBe('"name acme" "foo" "bar"*')
    expect(toMatchQuery('Zoë Müller 2025')).toBe('"Zoë" "Müller" "2025"*')
  })

  it('looks for a lone one- or two-character start in names and details only', () => {
    expect(toMatchQuery('z')).toBe('{name detail} : "z"*')
    expect(toMatchQuery(' Ha! ')).toBe('{name detail} : "Ha"*')
    expect(toMatchQuery('Har')).toBe('"Har"*')
    expect(toMatchQuery('a b')).toBe('"a" "b"*')
    expect(toMatchQuery('harbour f')).toBe('"harbour" "f"*')
  })

  it('gives null when nothing searchable is left', () => {
    for (const text of ['', '   ', '"', '*', '-', ':', '()', '^', '"" * - : ( )', '\u0002\u0003']) expect(toMatchQuery(text)).toBeNull()
  })

  it(`uses at most ${maxSearchTerms} chunks`, () => {
    const query = toMatchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')) ?? ''
    expect(query.match(/"/g)?.length).toBe(maxSearchTerms * 2)
  })

  it('never lets a quote, star or bracket through, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const query = toMatchQuery(text)
        if (query === null) return
        expect(query).toMatch(/^(\{name detail\} : "[\p{L}\p{N}]{1,2}"\*|("[\p{L}\p{N} ]+"\*? ?)+)$/u)
      }),
    )
  })
})

describe('parseMarked', () => {
  it('splits marked-up text into text and ranges', () => {
    expect(parseMarked('a \u0002bc\u0003 d \u0002e\u0003')).toEqual({ text: 'a bc d e', ranges: [{ start: 2, end: 4 }, { start: 7, end: 8 }] })
    expect(parseMarked('plain')).toEqual({ text: 'plain', ranges: [] })
    expect(parseMarked('\u0002\u0003x')).toEqual({ text: 'x', ranges: [] })
  })
})

describe('ranking', () => {
  it('puts a name hit above a detail hit, and a detail hit above a body hit', () => {
    const body = account('Harbour Logistics', { description: 'Long-time partner of Zephyr for cross-dock work, zephyr again and again.' })
    const noteAccount = account('Inland Haulage')
    const bodyNote = note(noteAccount, 'They buy from Zephyr every quarter; zephyr is their main supplier.')
    const detail = person(noteAccount, 'Ravi Patel', { title: 'Zephyr programme lead' })
    const named = account('Zephyr Freight')
    const hits = searchEverything(db, 'zephyr')
    expect(hits.map((hit) => hit.id)).toEqual([named, detail, expect.any(String), expect.any(String)])
    expect(hits.slice(2).map((hit) => hit.id).sort()).toEqual([body, bodyNote].sort())
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a))
  })

  it('ranks a name match first whatever the body text around the same word says', () => {
    const filler = fc.array(fc.constantFrom('route', 'depot', 'fleet', 'planning', 'late', 'pallet', 'cold', 'chain', 'yard', 'north'), { minLength: 0, maxLength: 60 })
    let round = 0
    fc.assert(
      fc.property(filler, filler, fc.integer({ min: 1, max: 8 }), (before, after, repeats) => {
        round += 1
        const word = `kestrel${round}x`
        const named = account(`${word} Holdings`)
        const other = account(`Other ${round}`, { description: [...before, word, ...after].join(' ') })
        note(other, [...before, ...Array.from({ length: repeats }, () => word), ...after].join(' '))
        const hits = searchEverything(db, word)
        expect(hits).toHaveLength(3)
        expect(hits[0]?.id).toBe(named)
      }),
      { numRuns: 25 },
    )
  })

  it('ranks a very broad search among the newest matches, and still finds every name match', () => {
    const oldName = account('Granite Holdings')
    const oldNote = note(account('Elder Co'), 'granite counters in the lobby')
    const newer = Array.from({ length: 6 }, (_, i) => note(account(`Newer ${i}`), `granite sample ${i}`))
    // A window of 4: the six newest notes fill it, so the old note is left out but the old name is not.
    const found = searchEverything(db, 'granite', 20, 4).map((hit) => hit.id)
    expect(found[0]).toBe(oldName)
    expect(found).not.toContain(oldNote)
    expect(found.slice(1).every((id) => newer.includes(id))).toBe(true)
    expect(found).toHaveLength(5)
    // With room for every match, all of them are ranked.
    expect(searchEverything(db, 'granite', 20).map((hit) => hit.id).sort()).toEqual([oldName, oldNote, ...newer].sort())
  })

  it('returns at most the limit asked for, best first', () => {
    for (let i = 0; i < 60; i += 1) account(`Granite ${i}`)
    expect(ids('granite')).toHaveLength(20)
    expect(ids('granite', 5)).toHaveLength(5)
    expect(ids('granite', 500)).toHaveLength(maxSearchResults)
    expect(ids('granite', 0)).toHaveLength(1)
  })
})

describe('what it finds', () => {
  it('finds accounts by name, industry, place and description', () => {
    const id = account('Harbour Freight', { industry: 'Logistics', city: 'Halifax', region: 'Nova Scotia', country: 'Canada', description: 'Cold-chain specialists' })
    for (const text of ['harbour', 'logistics', 'halifax', 'nova scotia', 'canada', 'cold chain']) expect(ids(text), text).toEqual([id])
    const [hit] = searchEverything(db, 'halifax')
    expect(hit).toMatchObject({ kind: 'account', accountId: id, accountName: 'Harbour Freight', title: 'Harbour Freight', noteKind: null })
    expect(hit?.snippet).toBe('Logistics · Halifax · Nova Scotia · Canada')
    expect(marked(hit, 'snippet')).toEqual(['Halifax'])
  })

  it('finds people by name, title, department and email, and says where they work', () => {
    const at = account('Harbour Freight')
    const id = person(at, 'Dana Whitfield', { title: 'Head of Operations', department: 'Fleet', email: 'dana.w@harbour.example.com' })
    for (const text of ['whitfield', 'operations', 'fleet', 'dana.w@harbour']) expect(ids(text), text).toContain(id)
    const hit = searchEverything(db, 'whitfield')[0]
    expect(hit).toMatchObject({ kind: 'contact', id, accountId: at, accountName: 'Harbour Freight', title: 'Dana Whitfield' })
    expect(marked(hit, 'title')).toEqual(['Whitfield'])
  })

  it('finds notes by text and by source, titled with their account and marked in the snippet', () => {
    const at = account('Harbour Freight')
    const id = note(at, 'They opened a second cross-dock in Moncton this spring.', { kind: 'news', source: 'https://news.example.com/moncton-depot' })
    expect(ids('moncton')).toEqual([id])
    expect(ids('news.example')).toEqual([id])
    const [hit] = searchEverything(db, 'cross dock')
    expect(hit).toMatchObject({ kind: 'note', id, accountId: at, title: 'Harbour Freight', titleRanges: [], noteKind: 'news' })
    expect(marked(hit, 'snippet')).toEqual(['cross', 'dock'])
  })

  it('ignores accents both ways', () => {
    const at = account('Café Müller', { city: 'Köln' })
    const contact = person(at, 'Zoë Brontë')
    expect(ids('cafe muller')).toEqual([at])
    expect(ids('CAFÉ')).toEqual([at])
    expect(ids('koln')).toEqual([at])
    expect(ids('zoe bronte')).toEqual([contact])
    const plain = account('Muller Transport')
    expect(ids('müller').sort()).toEqual([at, plain].sort())
    const [hit] = searchEverything(db, 'muller transport')
    expect(hit?.id).toBe(plain)
    expect(marked(searchEverything(db, 'cafe muller')[0], 'title')).toEqual(['Café', 'Müller'])
  })

  it('matches the last word as a prefix while typing, and the earlier words whole', () => {
    const id = account('Zephyr Freight')
    expect(ids('z')).toEqual([id])
    expect(ids('ze')).toEqual([id])
    expect(ids('zeph')).toEqual([id])
    expect(ids('zephyr fr')).toEqual([id])
    expect(ids('zeph freight')).toEqual([])
    // One or two characters alone find names and details, not every note with a word starting so.
    const at = account('Harbour Freight', { industry: 'Zoology supplies' })
    const about = note(at, 'Zebra crossings near the depot')
    expect(ids('z').sort()).toEqual([id, at].sort())
    expect(ids('zeb')).toEqual([about])
    expect(ids('crossings ze')).toEqual([about])
    expect(marked(searchEverything(db, 'zeph')[0], 'title')).toEqual(['Zephyr'])
  })

  it('needs every word typed to match', () => {
    const both = account('Northern Rail Services')
    account('Northern Bakeries')
    expect(ids('northern rail')).toEqual([both])
  })
})

describe('hostile input', () => {
  const hostile = [
    '"', '""', '"""', '*', '**', 'NEAR(', 'NEAR(a b', 'NEAR(a b, 2)', 'OR', 'AND', 'NOT', 'a OR', 'OR a', '-', '-a', 'a -b', ':', 'name:', 'name:x',
    '{name detail}: x', '^', '^a', '(', ')', '(a', 'a)', 'a AND (b OR', '"a" "b"*', "'", "'; DROP TABLE account; --", '\\', '%', '_', '\u0000',
    '\u0002x\u0003', '🚚', '👩🏽‍💼 ops', 'x'.repeat(200), 'a '.repeat(100),
  ]

  it.each(hostile)('answers %j without throwing', (text) => {
    account('Zephyr Freight', { description: 'a b c or and not near' })
    expect(() => searchEverything(db, text)).not.toThrow()
    expect(Array.isArray(searchEverything(db, text))).toBe(true)
  })

  it('answers an empty or punctuation-only query with no hits', () => {
    account('Zephyr Freight')
    for (const text of ['', '  ', '"*-:()', '...']) expect(searchEverything(db, text)).toEqual([])
  })

  it('treats FTS5 operators as words', () => {
    const id = account('Or Near And Not Ltd')
    expect(ids('OR')).toEqual([id])
    expect(ids('near')).toEqual([id])
    expect(ids('NOT and')).toEqual([id])
  })

  it('never throws for any text at all', () => {
    account('Zephyr Freight', { description: 'Cold chain' })
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(Array.isArray(searchEverything(db, text))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('shows stored text holding the marker characters as plain text', () => {
    const id = account('Odd\u0002 Name\u0003 Zephyr')
    const [hit] = searchEverything(db, 'zephyr')
    expect(hit?.id).toBe(id)
    expect(hit?.title).toBe('Odd\u0002 Name\u0003 Zephyr')
    expect(hit?.titleRanges).toEqual([])
  })
})

describe('staying current', () => {
  it('catches the index up before each search, in one go, however many writes came before', () => {
    const at = account('Harbour Freight')
    const written = Array.from({ length: 300 }, (_, i) => note(at, `batch${i} pallet count`))
    updateResearchNote(db, written[0] ?? '', noteFields('batch0 edited'))
    softDeleteResearchNote(db, written[1] ?? '')
    const pending = db.prepare('SELECT count(*) FROM search_document d WHERE d.id > (SELECT indexed_through FROM search_state)').pluck()
    expect(pending.get()).toBeGreaterThan(0)
    expect(ids('pallet', 50)).toHaveLength(50)
    expect(pending.get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM search_document WHERE retired = 1').pluck().get()).toBe(0)
    expect(ids('batch0 edited')).toEqual([written[0]])
    expect(ids('batch1 pallet')).toEqual([])
    // Nothing to do is cheap and changes nothing.
    const before = db.prepare('SELECT indexed_through FROM search_state').pluck().get()
    syncSearchIndex(db)
    expect(db.prepare('SELECT indexed_through FROM search_state').pluck().get()).toBe(before)
    expectIndexConsistent()
  })

  it('refuses to edit a search document in place: its indexed text must stay what was indexed', () => {
    account('Harbour Freight')
    expect(() => db.prepare("UPDATE search_document SET name = 'Changed'").run()).toThrow(/never edited/)
    expect(ids('harbour')).toHaveLength(1)
  })

  it('reflects an edited, deleted and restored note at once', () => {
    const at = account('Harbour Freight')
    const id = note(at, 'Runs forty trucks out of Halifax')
    expect(ids('forty')).toEqual([id])
    updateResearchNote(db, id, noteFields('Runs sixty trucks out of Halifax', { source: 'Call with their dispatcher' }))
    expect(ids('forty')).toEqual([])
    expect(ids('sixty')).toEqual([id])
    expect(ids('dispatcher')).toEqual([id])
    softDeleteResearchNote(db, id)
    expect(ids('sixty')).toEqual([])
    restoreResearchNote(db, id)
    expect(ids('sixty')).toEqual([id])
    expectIndexConsistent()
  })

  it('reflects a renamed account and a renamed person at once', () => {
    const at = account('Harbour Freight', { industry: 'Logistics' })
    const who = person(at, 'Dana Whitfield', { title: 'Fleet manager' })
    updateAccount(db, at, accountFields({ name: 'Lighthouse Freight', industry: 'Shipping' }))
    expect(ids('harbour')).toEqual([])
    expect(ids('logistics')).toEqual([])
    expect(ids('lighthouse')).toEqual([at])
    expect(ids('shipping')).toEqual([at])
    expect(searchEverything(db, 'whitfield')[0]?.accountName).toBe('Lighthouse Freight')
    updateContact(db, who, personFields('Dana Okafor', { title: 'Fleet director' }))
    expect(ids('whitfield')).toEqual([])
    expect(ids('okafor')).toEqual([who])
    expect(ids('director')).toEqual([who])
    expectIndexConsistent()
  })

  it('hides a deleted person, and a deleted account with everything at it, until restored', () => {
    const at = account('Harbour Freight')
    const who = person(at, 'Dana Whitfield')
    const about = note(at, 'Harbour expands to Moncton')
    softDeleteContact(db, who)
    expect(ids('whitfield')).toEqual([])
    restoreContact(db, who)
    expect(ids('whitfield')).toEqual([who])

    softDeleteAccount(db, at)
    expect(ids('harbour')).toEqual([])
    expect(ids('whitfield')).toEqual([])
    expect(ids('moncton')).toEqual([])
    restoreAccount(db, at)
    expect(ids('harbour').sort()).toEqual([at, about].sort())
    expect(ids('whitfield')).toEqual([who])
    expectIndexConsistent()
  })

  it('brings back with a restored account only the people and notes that were not deleted on their own', () => {
    const at = account('Harbour Freight')
    const kept = person(at, 'Dana Whitfield')
    const gone = person(at, 'Sam Whitfield')
    const keptNote = note(at, 'Whitfield family owns it')
    const goneNote = note(at, 'Whitfield may sell')
    softDeleteContact(db, gone)
    softDeleteResearchNote(db, goneNote)
    softDeleteAccount(db, at)
    expect(db.prepare('SELECT count(*) FROM search_document WHERE account_id = ? AND retired = 0').pluck().get(at)).toBe(0)
    restoreAccount(db, at)
    expect(ids('whitfield').sort()).toEqual([kept, keptNote].sort())
    // Nothing can be added to a deleted account, and nothing edited there shows up until it is restored.
    softDeleteAccount(db, at)
    db.prepare("UPDATE research_note SET text = 'Whitfield edited while binned' WHERE id = ?").run(keptNote)
    db.prepare("UPDATE account SET name = 'Binned Whitfield' WHERE id = ?").run(at)
    expect(ids('binned')).toEqual([])
    restoreAccount(db, at)
    expect(ids('binned').sort()).toEqual([at, keptNote].sort())
    expectIndexConsistent()
  })

  it('forgets rows purged from the bin, people and notes with their account', () => {
    const at = account('Harbour Freight')
    person(at, 'Dana Whitfield')
    note(at, 'Harbour expands to Moncton')
    const kept = account('Zephyr Freight')
    db.prepare('DELETE FROM account WHERE id = ?').run(at)
    syncSearchIndex(db)
    expect(db.prepare('SELECT kind, ref_id FROM search_document').all()).toEqual([{ kind: 'account', ref_id: kept }])
    for (const word of ['harbour', 'whitfield', 'moncton']) expect(ids(word), word).toEqual([])
    expect(ids('freight')).toEqual([kept])
    expectIndexConsistent()
  })

  it('agrees with the live rows after any mix of writes', () => {
    type Step = { op: 'add-note' | 'edit-note' | 'delete-note' | 'restore-note' | 'rename-account' | 'delete-account' | 'restore-account'; pick: number }
    const step = fc.record({
      op: fc.constantFrom('add-note', 'edit-note', 'delete-note', 'restore-note', 'rename-account', 'delete-account', 'restore-account'),
      pick: fc.nat(),
    }) as fc.Arbitrary<Step>
    let run = 0
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        run += 1
        const accounts = [0, 1].map((i) => ({ id: account(`acct${run}n${i}w0`), word: `acct${run}n${i}w0`, live: true }))
        const notes: { id: string; accountIndex: number; word: string; live: boolean }[] = []
        let counter = 0
        const fresh = () => `word${run}n${(counter += 1)}x`
        for (const { op, pick } of steps) {
          const a = accounts[pick % accounts.length]
          const n = notes.length > 0 ? notes[pick % notes.length] : undefined
          if (op === 'add-note' && a?.live) {
            const word = fresh()
            notes.push({ id: note(a.id, `${word} seen`), accountIndex: pick % accounts.length, word, live: true })
          } else if (op === 'edit-note' && n?.live) {
            n.word = fresh()
            updateResearchNote(db, n.id, noteFields(`${n.word} updated`))
          } else if (op === 'delete-note' && n?.live) {
            softDeleteResearchNote(db, n.id)
            n.live = false
          } else if (op === 'restore-note' && n && !n.live && accounts[n.accountIndex]?.live) {
            restoreResearchNote(db, n.id)
            n.live = true
          } else if (op === 'rename-account' && a?.live) {
            a.word = fresh()
            updateAccount(db, a.id, accountFields({ name: a.word }))
          } else if (op === 'delete-account' && a?.live) {
            softDeleteAccount(db, a.id)
            a.live = false
          } else if (op === 'restore-account' && a && !a.live) {
            restoreAccount(db, a.id)
            a.live = true
          }
        }
        for (const a of accounts) expect(ids(a.word)).toEqual(a.live ? [a.id] : [])
        for (const n of notes) expect(ids(n.word)).toEqual(n.live && accounts[n.accountIndex]?.live ? [n.id] : [])
      }),
      { numRuns: 40 },
    )
    expectIndexConsistent()
  })
})
