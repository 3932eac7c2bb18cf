import type { Database } from 'better-sqlite3'
import type { Differentiator, Offering, OfferingFields, ValueStatement } from '../../../src/shared/contract/targeting'
import { nowIso } from '../ids'
import { prepared } from '../statements'

interface OfferingRow {
  what_it_is: string | null
  summary: string | null
  updated_at: string
}

interface ValueStatementRow {
  id: string
  benefit: string
  for_whom: string | null
  proof: string | null
}

interface DifferentiatorRow {
  id: string
  competitor: string
  how_we_differ: string | null
}

function toValueStatement(row: ValueStatementRow): ValueStatement {
  return { id: row.id, benefit: row.benefit, forWhom: row.for_whom, proof: row.proof }
}

function toDifferentiator(row: DifferentiatorRow): Differentiator {
  return { id: row.id, competitor: row.competitor, howWeDiffer: row.how_we_differ }
}

/** The rep's offering profile; an empty one until they first write something. */
export function getOffering(db: Database): Offering {
  const row = prepared(db, 'SELECT what_it_is, summary, updated_at FROM offering WHERE id = 1').get() as OfferingRow | undefined
  const valueStatements = prepared(db, 'SELECT id, benefit, for_whom, proof FROM value_statement ORDER BY position').all() as ValueStatementRow[]
  const differentiators = prepared(db, 'SELECT id, competitor, how_we_differ FROM differentiator ORDER BY position').all() as DifferentiatorRow[]
  return {
    whatItIs: row?.what_it_is ?? null,
    summary: row?.summary ?? null,
    valueStatements: valueStatements.map(toValueStatement),
    differentiators: differentiators.map(toDifferentiator),
    updatedAt: row?.updated_at ?? null,
  }
}

/**
 * Replaces the whole profile in one transaction: the screen always sends everything the rep sees, in
 * the order they see it, so a statement removed there is removed here and positions follow the list.
 */
export function saveOffering(db: Database, fields: OfferingFields): Offering {
  const at = nowIso()
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO offering (id, what_it_is, summary, updated_at) VALUES (1, @whatItIs, @summary, @at)
       ON CONFLICT (id) DO UPDATE SET what_it_is = excluded.what_it_is, summary = excluded.summary, updated_at = excluded.updated_at`,
    ).run({ whatItIs: fields.whatItIs, summary: fields.summary, at })

    prepared(db, 'DELETE FROM value_statement').run()
    const insertStatement = prepared(
      db,
      'INSERT INTO value_statement (id, benefit, for_whom, proof, position) VALUES (@id, @benefit, @forWhom, @proof, @position)',
    )
    fields.valueStatements.forEach((statement, position) => insertStatement.run({ ...statement, position }))

    prepared(db, 'DELETE FROM differentiator').run()
    const insertDifferentiator = prepared(
      db,
      'INSERT INTO differentiator (id, competitor, how_we_differ, position) VALUES (@id, @competitor, @howWeDiffer, @position)',
    )
    fields.differentiators.forEach((differentiator, position) => insertDifferentiator.run({ ...differentiator, position }))
  })()
  return getOffering(db)
}
