import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addKeysToDuplicateIndex,
  addToDuplicateIndex,
  buildDuplicateIndex,
  duplicateKeysOf,
  findDuplicate,
  findDuplicateByKeys,
  normaliseDomain,
  normaliseName,
  sharedHostDomains,
  type DuplicateIndex,
} from '@shared/domain/duplicates'

describe('normaliseDomain', () => {
  it.each([
    ['https://www.Acme.com/', 'acme.com'],
    ['acme.com', 'acme.com'],
    ['http://acme.com', 'acme.com'],
    ['HTTPS://ACME.COM', 'acme.com'],
    ['  www.acme.com  ', 'acme.com'],
    ['www2.acme.com', 'acme.com'],
    ['www.www.acme.com', 'acme.com'],
    ['acme.com/about/team', 'acme.com'],
    ['https://acme.com?ref=hubspot', 'acme.com'],
    ['https://acme.com#contact', 'acme.com'],
    ['https://acme.com:8443/path', 'acme.com'],
    ['acme.com:80', 'acme.com'],
    ['https://user:secret@acme.com/', 'acme.com'],
    ['//acme.com/x', 'acme.com'],
    ['acme.com.', 'acme.com'],
    ['shop.acme.co.uk', 'shop.acme.co.uk'],
    ['https://www.acme.co.uk/en-gb/', 'acme.co.uk'],
    ['www.com', 'www.com'],
    ['münchen-gmbh.de', 'münchen-gmbh.de'],
    ['https://www.linkedin.com/company/acme', 'linkedin.com'],
  ])('%j → %j', (website, domain) => {
    expect(normaliseDomain(website)).toBe(domain)
  })

  it.each([null, '', '   ', 'n/a', 'N/A', '-', 'none', 'localhost', 'https://', 'acme dot com', '.com', 'www.'])('%j has no domain', (website) => {
    expect(normaliseDomain(website)).toBeNull()
  })

  it('is idempotent', () => {
    const parts = fc.constantFrom('', 'http://', 'https://', 'HTTPS://', '//', 'www.', 'WWW.', 'www2.', 'user@', ':', ':80', '/', '?', '#', '.', ' ', '@', 'a', 'com', 'x:y')
    const url = fc.array(fc.oneof(parts, fc.string({ maxLength: 4 })), { maxLength: 10 }).map((p) => p.join(''))
    fc.assert(
      fc.property(fc.oneof(url, fc.webUrl(), fc.domain(), fc.string()), (website) => {
        const once = normaliseDomain(website)
        expect(normaliseDomain(once)).toBe(once)
      }),
      { numRuns: 5000 },
    )
  })

  it('finds the same host however a generated URL dresses it', () => {
    fc.assert(
      fc.property(fc.domain(), fc.constantFrom('', 'http://', 'https://www.'), fc.constantFrom('', '/', '/a/b?c=d#e', ':8080'), (domain, prefix, suffix) => {
        const plain = normaliseDomain(domain)
        expect(normaliseDomain(`${prefix}${domain.toUpperCase()}${suffix}`)).toBe(plain)
      }),
    )
  })
})

describe('normaliseName', () => {
  it.each([
    ['Acme', 'acme'],
    ['ACME, Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme Ltd', 'acme'],
    ['Acme Limited', 'acme'],
    ['Acme Corp.', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme Co', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme S.A.', 'acme'],
    ['Acme SA', 'acme'],
    ['Acme plc', 'acme'],
    ['Acme B.V.', 'acme'],
    ['Acme AG', 'acme'],
    ['Acme Pty Ltd', 'acme'],
    ['Acme Holdings Co., Ltd.', 'acme holdings'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acmé', 'acme'],
    ['Société Générale', 'societe generale'],
    ['Smith & Sons', 'smith and sons'],
    ['Smith and Sons', 'smith and sons'],
    ['AT&T', 'at and t'],
    ["McDonald's", 'mcdonalds'],
    ['The Home Depot', 'home depot'],
    ['  Blue   Sky—Logistics ', 'blue sky logistics'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['Coca-Cola Co', 'coca cola'],
    ['Incorporated', 'incorporated'],
    ['The Company', 'company'],
    ['Co', 'co'],
    ['', ''],
    ['!!!', ''],
  ])('%j → %j', (name, normal) => {
    expect(normaliseName(name)).toBe(normal)
  })

  it('only strips legal forms at the end', () => {
    expect(normaliseName('Inc Research Partners')).toBe('inc research partners')
    expect(normaliseName('Limited Edition Prints')).toBe('limited edition prints')
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const once = normaliseName(name)
        expect(normaliseName(once)).toBe(once)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('findDuplicate', () => {
  const existing = [
    { id: 'a1', name: 'Acme Inc', website: 'https://www.acme.com/' },
    { id: 'g1', name: 'Globex Corporation', website: null },
    { id: 'i1', name: 'Initech', website: 'initech.io' },
    { id: 'a2', name: 'Acme Ltd', website: 'acme.co.uk' },
    { id: 'l1', name: 'Hooli', website: 'https://linkedin.com/company/hooli' },
  ]
  const index = buildDuplicateIndex(existing)

  it('matches by domain first', () => {
    expect(findDuplicate({ name: 'Something Else', website: 'ACME.com/contact' }, index)).toEqual({ id: 'a1', by: 'domain' })
    // The name points at a1 but the domain at i1: the domain wins.
    expect(findDuplicate({ name: 'Acme', website: 'http://initech.io' }, index)).toEqual({ id: 'i1', by: 'domain' })
  })

  it('falls back to the name', () => {
    expect(findDuplicate({ name: 'GLOBEX corp.', website: null }, index)).toEqual({ id: 'g1', by: 'name' })
    expect(findDuplicate({ name: 'Globex', website: 'globex.example' }, index)).toEqual({ id: 'g1', by: 'name' })
  })

  it('keeps the first account for a shared key', () => {
    expect(findDuplicate({ name: 'ACME', website: null }, index)).toEqual({ id: 'a1', by: 'name' })
    expect(findDuplicate({ name: 'New', website: 'acme.co.uk' }, index)).toEqual({ id: 'a2', by: 'domain' })
  })

  it('returns null when nothing matches', () => {
    expect(findDuplicate({ name: 'Umbrella', website: 'umbrella.com' }, index)).toBeNull()
    expect(findDuplicate({ name: '', website: null }, index)).toBeNull()
    expect(findDuplicate({ name: '...', website: 'n/a' }, buildDuplicateIndex([{ id: 'x', name: '---', website: 'N/A' }]))).toBeNull()
  })

  it('ignores profile-page hosts many companies share', () => {
    expect(sharedHostDomains.has('linkedin.com')).toBe(true)
    expect(findDuplicate({ name: 'Pied Piper', website: 'https://www.linkedin.com/company/pied-piper' }, index)).toBeNull()
    expect(findDuplicate({ name: 'Hooli', website: 'https://www.linkedin.com/company/hooli-xyz' }, index)).toEqual({ id: 'l1', by: 'name' })
  })

  it('catches repeats within an import as rows are added', () => {
    const running = buildDuplicateIndex([])
    const rows = [
      { id: 'r1', name: 'Vandelay Industries', website: 'vandelay.com' },
      { id: 'r2', name: 'Vandelay Industries, Inc.', website: null },
      { id: 'r3', name: 'Kramerica', website: 'https://www.vandelay.com' },
    ]
    const found = rows.map((row) => {
      const duplicate = findDuplicate(row, running)
      addToDuplicateIndex(running, row)
      return duplicate
    })
    expect(found).toEqual([null, { id: 'r1', by: 'name' }, { id: 'r1', by: 'domain' }])
  })

  it('finds every indexed account that has a usable name or website', () => {
    const accountArb = fc.record({ id: fc.uuid(), name: fc.string(), website: fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: null }) })
    fc.assert(
      fc.property(fc.array(accountArb, { maxLength: 20 }), (accounts) => {
        const idx = buildDuplicateIndex(accounts)
        for (const account of accounts) {
          const domain = normaliseDomain(account.website)
          const hasKey = normaliseName(account.name) !== '' || (domain !== null && !sharedHostDomains.has(domain))
          expect(findDuplicate(account, idx) !== null).toBe(hasKey)
        }
      }),
    )
  })
})

describe('matching by keys already normalised (as import does)', () => {
  const accounts = [
    { id: 'a', name: 'Acme, Inc.', website: 'https://www.acme.example/about' },
    { id: 'b', name: 'Beacon Partners', website: 'https://linkedin.com/company/beacon' },
    { id: 'c', name: 'Cobalt Ltd', website: null },
  ]

  it('finds exactly what findDuplicate finds, for the same accounts', () => {
    const byKeys: DuplicateIndex = { byDomain: new Map(), byName: new Map() }
    for (const account of accounts) addKeysToDuplicateIndex(byKeys, account.id, duplicateKeysOf(account))
    const index = buildDuplicateIndex(accounts)
    expect(byKeys).toEqual(index)
    const candidates = [
      { name: 'Someone Else', website: 'acme.example' },
      { name: 'BEACON partners', website: 'linkedin.com/company/other' },
      { name: 'Cobalt', website: null },
      { name: 'Nobody', website: 'nobody.example' },
    ]
    for (const candidate of candidates) expect(findDuplicateByKeys(duplicateKeysOf(candidate), byKeys)).toEqual(findDuplicate(candidate, index))
    expect(findDuplicateByKeys({ domain: 'acme.example', nameKey: 'x' }, byKeys)).toEqual({ id: 'a', by: 'domain' })
    expect(findDuplicateByKeys({ domain: 'linkedin.com', nameKey: 'beacon partners' }, byKeys)).toEqual({ id: 'b', by: 'name' })
    expect(findDuplicateByKeys({ domain: null, nameKey: '' }, byKeys)).toBeNull()
  })

  it('lets the first entry keep a key', () => {
    const index: DuplicateIndex = { byDomain: new Map(), byName: new Map() }
    addKeysToDuplicateIndex(index, 'first', { domain: 'same.example', nameKey: 'same' })
    addKeysToDuplicateIndex(index, 'second', { domain: 'same.example', nameKey: 'same' })
    expect(findDuplicateByKeys({ domain: 'same.example', nameKey: 'same' }, index)).toEqual({ id: 'first', by: 'domain' })
    expect(findDuplicateByKeys({ domain: null, nameKey: 'same' }, index)).toEqual({ id: 'first', by: 'name' })
  })
})
