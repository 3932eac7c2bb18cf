import type { Database } from 'better-sqlite3'
import type { Account, AccountFields } from '../../../src/shared/contract/accounts'
import { AppError } from '../../../src/shared/contract/envelope'
import { normaliseDomain, normaliseName } from '../../../src/shared/domain/duplicates'
import { newId, nowIso } from '../ids'
import { expectOneChange, prepared } from '../statements'
// targets.ts imports this module too; only functions cross, and only when called, so the cycle is harmless.
import { takeOffFullListOnRestore } from './targets'

interface AccountRow {
  id: string
  name: string
  website: string | null
  industry: string | null
  city: string | null
  region: string | null
  country: string | null
  employees: number | null
  annual_revenue: number | null
  description: string | null
  created_at: string
  updated_at: string
}

const columns = 'id, name, website, industry, city, region, country, employees, annual_revenue, description, created_at, updated_at'

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    industry: row.industry,
    city: row.city,
    region: row.region,
    country: row.country,
    employees: row.employees,
    annualRevenue: row.annual_revenue,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function fieldParams(fields: AccountFields) {
  return {
    name: fields.name,
    website: fields.website,
    industry: fields.industry,
    city: fields.city,
    region: fields.region,
    country: fields.country,
    employees: fields.employees,
    annual_revenue: fields.annualRevenue,
    description: fields.description,
    // Duplicate-matching keys (migration 4), kept in step with the name and website they come from.
    domain: normaliseDomain(fields.website),
    name_key: normaliseName(fields.name),
  }
}

export function listAccounts(db: Database): Account[] {
  const rows = prepared(db, `SELECT ${columns} FROM account WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE`).all() as AccountRow[]
  return rows.map(toAccount)
}

export function findAccount(db: Database, id: string): Account | undefined {
  const row = prepared(db, `SELECT ${columns} FROM account WHERE id = ? AND deleted_at IS NULL`).get(id) as AccountRow | undefined
  return row ? toAccount(row) : undefined
}

const accountNotFound = 'That account was not found. It may have been deleted.'

export function getAccount(db: Database, id: string): Account {
  const account = findAccount(db, id)
  if (!account) throw new AppError('NOT_FOUND', accountNotFound)
  return account
}

/** A live account's id and name. */
export interface AccountRef {
  id: string
  name: string
}

/**
 * The account, which must be live, for work that belongs to it; otherwise NOT_FOUND, with `notFound`
 * as the rep's message where the usual one would not fit.
 */
export function requireLiveAccount(db: Database, accountId: string, notFound: string = accountNotFound): AccountRef {
  const row = prepared(db, 'SELECT id, name FROM account WHERE id = ? AND deleted_at IS NULL').get(accountId) as AccountRef | undefined
  if (!row) throw new AppError('NOT_FOUND', notFound)
  return row
}

export function insertAccount(db: Database, fields: AccountFields, at: string = nowIso()): Account {
  const id = newId()
  prepared(
    db,
    `INSERT INTO account (id, name, website, industry, city, region, country, employees, annual_revenue, description, domain, name_key, created_at, updated_at)
     VALUES (@id, @name, @website, @industry, @city, @region, @country, @employees, @annual_revenue, @description, @domain, @name_key, @at, @at)`,
  ).run({ id, at, ...fieldParams(fields) })
  return getAccount(db, id)
}

export function updateAccount(db: Database, id: string, fields: AccountFields): Account {
  const result = prepared(
    db,
    `UPDATE account SET name = @name, website = @website, industry = @industry, city = @city, region = @region,
       country = @country, employees = @employees, annual_revenue = @annual_revenue, description = @description,
       domain = @domain, name_key = @name_key, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id, at: nowIso(), ...fieldParams(fields) })
  expectOneChange(result.changes, 'That account')
  return getAccount(db, id)
}

/** Soft delete: the account leaves every list but can be restored until the bin is emptied. */
export function softDeleteAccount(db: Database, id: string): { id: string; deletedAt: string } {
  const deletedAt = nowIso()
  const result = prepared(db, 'UPDATE account SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id)
  expectOneChange(result.changes, 'That account')
  return { id, deletedAt }
}

/**
 * Brings an account back from the bin. Its target row stayed on the list while it was away; if the list
 * filled up meanwhile, the target is taken off it (see takeOffFullListOnRestore) rather than taking the
 * list past 20 with no reason. One transaction.
 */
export function restoreAccount(db: Database, id: string): Account {
  return db.transaction(() => {
    const at = nowIso()
    const inBin = prepared(db, 'SELECT 1 FROM account WHERE id = ? AND deleted_at IS NOT NULL').get(id) !== undefined
    if (inBin) takeOffFullListOnRestore(db, id, at)
    const result = prepared(db, 'UPDATE account SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(at, id)
    expectOneChange(result.changes, 'That deleted account')
    return getAccount(db, id)
  })()
}
