import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../../src/shared/contract/envelope'
import { starterQuestionsSchema, type StarterQuestion } from '../../src/shared/contract/questions'
import { seedStarterQuestions } from '../store/repositories/questions'
import type { HandlerContext } from './context'

export const starterQuestionsFile = 'question-bank.json'

/** Reads and checks the shipped starter set. */
export function readStarterQuestions(resourcesDir: string): StarterQuestion[] {
  const file = path.join(resourcesDir, starterQuestionsFile)
  let raw: unknown
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new AppError('INTERNAL', `The starter question bank could not be read (${error instanceof Error ? error.message : String(error)}).`)
  }
  const parsed = starterQuestionsSchema.safeParse(raw)
  if (!parsed.success) throw new AppError('INTERNAL', `The starter question bank is damaged: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`)
  return parsed.data
}

/**
 * Seeds the bank from the shipped file, once, where the handler context is built (desktop main, browser
 * mode, tests), before any handler runs. Seeding is idempotent by id, so a later version's new starter
 * questions arrive while the rep's edits and deletions stay.
 */
export function seedShippedQuestions(ctx: Pick<HandlerContext, 'db' | 'resourcesDir'>): void {
  seedStarterQuestions(ctx.db, readStarterQuestions(ctx.resourcesDir))
}
