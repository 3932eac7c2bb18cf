/**
 * Regenerates `resources/sample-territory.csv` from the territory generator:
 *
 *   npx tsx test/support/writeSampleTerritory.ts
 *
 * The unit tests fail when the shipped file and the generator drift apart, so run this after any
 * change to the generator and commit both.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateCompanies, SAMPLE_TERRITORY_COUNT, SAMPLE_TERRITORY_SEED, toSampleTerritoryCsv } from './territory'

export const sampleTerritoryPath = resolve(import.meta.dirname, '../../resources/sample-territory.csv')

/** The exact text the shipped sample file should hold. */
export function sampleTerritoryCsv(): string {
  return toSampleTerritoryCsv(generateCompanies(SAMPLE_TERRITORY_COUNT, SAMPLE_TERRITORY_SEED))
}

function main(): void {
  const text = sampleTerritoryCsv()
  writeFileSync(sampleTerritoryPath, text, 'utf8')
  console.log(`Wrote ${SAMPLE_TERRITORY_COUNT} companies (seed ${SAMPLE_TERRITORY_SEED}) to ${sampleTerritoryPath}`)
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) main()
