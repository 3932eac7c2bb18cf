import type { Database } from '../../electron/store/database'
import { insertAccount } from '../../electron/store/repositories/accounts'
import type { Account, AccountFields } from '../../src/shared/contract/accounts'

/** A full set of account fields: the name and whatever else is given, every other field blank (null). */
export function accountFields(fields: Partial<AccountFields> & { name: string }): AccountFields {
  return {
    name: fields.name,
    website: fields.website ?? null,
    industry: fields.industry ?? null,
    city: fields.city ?? null,
    region: fields.region ?? null,
    country: fields.country ?? null,
    employees: fields.employees ?? null,
    annualRevenue: fields.annualRevenue ?? null,
    description: fields.description ?? null,
  }
}

/** Inserts an account straight into the store, blank fields filled with null. */
export function insertTestAccount(db: Database, fields: Partial<AccountFields> & { name: string }): Account {
  return insertAccount(db, accountFields(fields))
}
