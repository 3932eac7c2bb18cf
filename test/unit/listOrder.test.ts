import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { moveId, moveItem, shuffled } from '../../src/shared/domain/listOrder'

const distinctIds = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 })

describe('moveId', () => {
  it('moves one id by delta places, clamped to the ends, keeping the others in order', () => {
    fc.assert(
      fc.property(distinctIds, fc.nat(), fc.integer({ min: -40, max: 40 }), (ids, pick, delta) => {
        const id = ids[pick % ids.length] as string
        const moved = moveId(ids, id, delta)
        expect([...moved].sort()).toEqual([...ids].sort())
        const expectedIndex = Math.min(ids.length - 1, Math.max(0, ids.indexOf(id) + delta))
        expect(moved.indexOf(id)).toBe(expectedIndex)
        expect(moved.filter((other) => other !== id)).toEqual(ids.filter((other) => other !== id))
      }),
    )
  })

  it('leaves the list as it is for an id it does not hold', () => {
    expect(moveId(['a', 'b'], 'z', 1)).toEqual(['a', 'b'])
  })
})

describe('moveItem', () => {
  it('moves the item at an index, keeps duplicates apart, and leaves the original alone', () => {
    const list = [{ n: 1 }, { n: 1 }, { n: 2 }]
    const moved = moveItem(list, 2, -1)
    expect(moved).toEqual([{ n: 1 }, { n: 2 }, { n: 1 }])
    expect(moved[2]).toBe(list[1])
    expect(list.map((item) => item.n)).toEqual([1, 1, 2])
  })

  it('returns an unchanged copy at either end and for an index outside the list', () => {
    const list = ['a', 'b']
    for (const [index, delta] of [[0, -1], [1, 1], [-1, 1], [2, -1]] as const) {
      const moved = moveItem(list, index, delta)
      expect(moved).toEqual(list)
      expect(moved).not.toBe(list)
    }
  })
})

describe('shuffled', () => {
  it('returns a permutation and leaves the original alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })), (items, stream) => {
        const original = [...items]
        const randoms = stream[Symbol.iterator]()
        const result = shuffled(items, () => randoms.next().value as number)
        expect(items).toEqual(original)
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b))
      }),
    )
  })

  it('can produce every order of a small deck', () => {
    const seen = new Set<string>()
    for (let run = 0; run < 400; run += 1) seen.add(shuffled(['a', 'b', 'c']).join(''))
    expect(seen.size).toBe(6)
  })
})
