import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../electron/store/database'
import { softDeleteAccount } from '../../electron/store/repositories/accounts'
import { addLesson, listLessons, restoreLesson, softDeleteLesson } from '../../electron/store/repositories/lessons'
import { AppError } from '../../src/shared/contract/envelope'
import { lessonLimits } from '../../src/shared/contract/targeting'
import { insertTestAccount } from '../support/accounts'
import { openTempDatabase, removeTempDirs, thrownBy } from '../support/tempDatabase'

let db: Database

beforeEach(() => {
  db = openTempDatabase().db
})

afterEach(() => {
  db.close()
  removeTempDirs()
})

function appError(action: () => unknown): AppError {
  const error = thrownBy(action)
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

function newAccount(name: string): string {
  return insertTestAccount(db, { name }).id
}

describe('restoring a lesson', () => {
  it(`stops at ${lessonLimits.count} live lessons, as adding does`, () => {
    const lessons = Array.from({ length: lessonLimits.count }, (_, index) => addLesson(db, { text: `Lesson ${index}`, accountId: null }))
    expect(appError(() => addLesson(db, { text: 'One too many', accountId: null })).code).toBe('LIMIT_REACHED')

    const binned = lessons[0]
    if (!binned) throw new Error('no lessons')
    softDeleteLesson(db, binned.id)
    addLesson(db, { text: 'Took the free place', accountId: null })

    const refused = appError(() => restoreLesson(db, binned.id))
    expect(refused.code).toBe('LIMIT_REACHED')
    expect(refused.message).toContain('Fold the old ones into your qualifiers and delete them')
    expect(listLessons(db)).toHaveLength(lessonLimits.count)
    expect(listLessons(db).map((lesson) => lesson.id)).not.toContain(binned.id)
  })

  it('brings back a lesson whose account has since been deleted, as the list would have kept it', () => {
    const accountId = newAccount('Tallow Training')
    const kept = addLesson(db, { text: 'Budget is set in September', accountId })
    const binned = addLesson(db, { text: 'Classroom hours are what they are paid on', accountId })
    softDeleteLesson(db, binned.id)
    softDeleteAccount(db, accountId)

    expect(restoreLesson(db, binned.id)).toMatchObject({ id: binned.id, accountId, accountName: null })
    expect(listLessons(db).map((lesson) => [lesson.id, lesson.accountName])).toEqual([
      [binned.id, null],
      [kept.id, null],
    ])
  })

  it('answers NOT_FOUND for a lesson that is not in the bin', () => {
    const live = addLesson(db, { text: 'Budget is set in September', accountId: null })
    expect(appError(() => restoreLesson(db, live.id)).code).toBe('NOT_FOUND')
    expect(appError(() => restoreLesson(db, '0190a000-0000-7000-8000-00000000dead')).code).toBe('NOT_FOUND')
  })
})
