/**
 * The bare host of a website, for spotting the same company twice: scheme, credentials, `www.`, port,
 * path, query, fragment, trailing dots and case are dropped. Returns null when nothing host-like is
 * left ("n/a", "-", "none"), so placeholder values never match each other. Idempotent.
 */
export function normaliseDomain(website: string | null): string | null {
  if (website === null) return null
  let host = website.trim().toLowerCase()
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '')
  host = host.split(/[/?#\\]/, 1)[0] ?? ''
  host = host.slice(host.lastIndexOf('@') + 1)
  host = host.split(':', 1)[0] ?? ''
  host = host.replace(/\.+$/, '')
  // Strip "www." (and "www2." …) only while a real domain remains: "www.com" stays as it is.
  let stripped = /^www\d*\.(.+)$/.exec(host)
  while (stripped !== null && (stripped[1] ?? '').includes('.')) {
    host = stripped[1] ?? ''
    stripped = /^www\d*\.(.+)$/.exec(host)
  }
  if (!host.includes('.') || /\s/.test(host) || host.startsWith('.')) return null
  return host
}

/**
 * Hosts many unrelated companies share (a profile page given as "website"): equal domains there say
 * nothing, so they never count as a duplicate by domain.
 */
export const sharedHostDomains: ReadonlySet<string> = new Set([
  'linkedin.com', 'facebook.com', 'fb.com', 'twitter.com', 'x.com', 'instagram.com', 'youtube.com', 'google.com',
  'sites.google.com', 'wixsite.com', 'github.com', 'medium.com', 'crunchbase.com', 'yelp.com', 'bit.ly',
])

const legalSuffixes = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'kg',
  'sa', 'sas', 'sarl', 'srl', 'spa', 'plc', 'bv', 'nv', 'ag', 'pty', 'pte', 'oy', 'ab', 'aps', 'kk',
])

/**
 * A company name reduced to what identifies it: accents, case, punctuation and trailing legal forms
 * ("Acme, Inc.", "ACME Corp", "Acmé Ltd" → "acme"), `&` read as "and", a leading "the" dropped. Never
 * reduces a name to nothing: "The Company" keeps its words.
 */
export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Dots and apostrophes join: "S.A." is "sa", "McDonald's" is "mcdonalds".
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
  const start = words.length > 1 && words[0] === 'the' ? 1 : 0
  let end = words.length
  while (end - start > 1 && (legalSuffixes.has(words[end - 1] ?? '') || words[end - 1] === 'and')) end--
  return words.slice(start, end).join(' ')
}

export interface DuplicateIndex {
  byDomain: Map<string, string>
  byName: Map<string, string>
}

export interface DuplicateCandidate {
  name: string
  website: string | null
}

/**
 * What an account is matched by: its normalised domain (normaliseDomain) and name (normaliseName).
 * Import has them already (they are stored beside each account), so it matches by keys directly.
 */
export interface DuplicateKeys {
  domain: string | null
  nameKey: string
}

export function duplicateKeysOf(candidate: DuplicateCandidate): DuplicateKeys {
  return { domain: normaliseDomain(candidate.website), nameKey: normaliseName(candidate.name) }
}

/** A domain that can match: never a shared host such as linkedin.com. */
function matchableDomain(domain: string | null): string | null {
  return domain === null || sharedHostDomains.has(domain) ? null : domain
}

/** Adds one entry by its keys; the first entry to claim a key keeps it. */
export function addKeysToDuplicateIndex(index: DuplicateIndex, id: string, keys: DuplicateKeys): void {
  const domain = matchableDomain(keys.domain)
  if (domain !== null && !index.byDomain.has(domain)) index.byDomain.set(domain, id)
  if (keys.nameKey !== '' && !index.byName.has(keys.nameKey)) index.byName.set(keys.nameKey, id)
}

/** The website is the stronger signal (names are shared, domains rarely), so it is checked first. */
export function findDuplicateByKeys(keys: DuplicateKeys, index: DuplicateIndex): { id: string; by: 'domain' | 'name' } | null {
  const domain = matchableDomain(keys.domain)
  const byDomain = domain === null ? undefined : index.byDomain.get(domain)
  if (byDomain !== undefined) return { id: byDomain, by: 'domain' }
  const byName = keys.nameKey === '' ? undefined : index.byName.get(keys.nameKey)
  return byName === undefined ? null : { id: byName, by: 'name' }
}

/** Adds one account; the first account seen keeps a key. */
export function addToDuplicateIndex(index: DuplicateIndex, account: DuplicateCandidate & { id: string }): void {
  addKeysToDuplicateIndex(index, account.id, duplicateKeysOf(account))
}

export function buildDuplicateIndex(accounts: readonly (DuplicateCandidate & { id: string })[]): DuplicateIndex {
  const index: DuplicateIndex = { byDomain: new Map(), byName: new Map() }
  for (const account of accounts) addToDuplicateIndex(index, account)
  return index
}

export function findDuplicate(candidate: DuplicateCandidate, index: DuplicateIndex): { id: string; by: 'domain' | 'name' } | null {
  return findDuplicateByKeys(duplicateKeysOf(candidate), index)
}
