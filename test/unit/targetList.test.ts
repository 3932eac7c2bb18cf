import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planAddition, shortBy, targetListLimits, targetListState } from '../../src/shared/domain/targetList'

describe('targetListState', () => {
  it('names where a list stands against the 15–20 focus', () => {
    expect([0, 1, 14, 15, 20, 21, 40].map(targetListState)).toEqual(['empty', 'short', 'short', 'focused', 'focused', 'over', 'over'])
  })
})

describe('shortBy', () => {
  it('counts how many more reach 15, never below zero', () => {
    expect([0, 9, 14, 15, 22].map(shortBy)).toEqual([15, 6, 1, 0, 0])
  })
})

describe('planAddition', () => {
  it('lets the list grow freely up to 20', () => {
    expect(planAddition(0, 20, 0, false)).toEqual({ kind: 'allowed', resultingCount: 20, overLimit: 0 })
    expect(planAddition(19, 1, 0, false)).toEqual({ kind: 'allowed', resultingCount: 20, overLimit: 0 })
  })

  it('asks for a swap or a reason for the 21st', () => {
    expect(planAddition(20, 1, 0, false)).toEqual({ kind: 'needs-swap-or-reason', resultingCount: 21, overLimit: 1 })
    expect(planAddition(20, 1, 0, true)).toEqual({ kind: 'allowed', resultingCount: 21, overLimit: 1 })
  })

  it('counts only the accounts that land past 20 as over the limit', () => {
    expect(planAddition(18, 5, 0, true)).toEqual({ kind: 'allowed', resultingCount: 23, overLimit: 3 })
  })

  it('never asks for a reason on a one-for-one swap, even when the list is already past 20', () => {
    expect(planAddition(20, 1, 1, false)).toEqual({ kind: 'allowed', resultingCount: 20, overLimit: 0 })
    expect(planAddition(23, 1, 1, false)).toEqual({ kind: 'allowed', resultingCount: 23, overLimit: 0 })
  })

  it('asks again for each further account once the list is past 20', () => {
    expect(planAddition(22, 2, 0, false)).toEqual({ kind: 'needs-swap-or-reason', resultingCount: 24, overLimit: 2 })
  })

  it('holds for any list: without a reason the list never grows past 20, and the accounts over it are the ones past the line', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(30), fc.boolean(), fc.boolean(), (count, adding, swap, hasReason) => {
        const swappingOut = swap && count > 0 ? 1 : 0
        const plan = planAddition(count, adding, swappingOut, hasReason)
        expect(plan.resultingCount).toBe(count - swappingOut + adding)
        expect(plan.overLimit).toBeGreaterThanOrEqual(0)
        expect(plan.overLimit).toBeLessThanOrEqual(adding)
        const grewPastLimit = plan.resultingCount > targetListLimits.max && plan.resultingCount > count
        expect(plan.overLimit > 0).toBe(grewPastLimit)
        if (!hasReason) expect(plan.kind === 'allowed').toBe(!grewPastLimit)
        else expect(plan.kind).toBe('allowed')
      }),
    )
  })
})
