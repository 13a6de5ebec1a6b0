import { describe, expect, it } from 'vitest'
import { fragmentOf, isSectionFragment, sectionPlace } from './sectionPlace'

const sections = [
  { dimension: { id: 'L1' }, indicators: [{ id: 'A-1' }, { id: 'A-2' }] },
  { dimension: { id: 'L2' }, indicators: [] },
  { dimension: { id: 'L3' }, indicators: [{ id: 'C-1' }, { id: 'C-2' }, { id: 'C-3' }] },
]

describe('sectionPlace', () => {
  it.each([
    ['dimension-L1', { section: 0, cards: 0 }],
    ['dimension-L2', { section: 1, cards: 0 }],
    ['indicator-A-1', { section: 0, cards: 1 }],
    ['indicator-C-3', { section: 2, cards: 3 }],
  ])('places %s', (fragment, place) => {
    expect(sectionPlace(fragment, sections)).toEqual(place)
  })

  it.each(['', 'dimension-L9', 'indicator-B-1', 'A-1', 'indicator-', 'dimension-'])(
    'places nothing for %j',
    (fragment) => {
      expect(sectionPlace(fragment, sections)).toBeNull()
    },
  )
})

describe('isSectionFragment', () => {
  it.each([
    ['dimension-L1', true],
    ['indicator-A-1', true],
    ['indicator-unknown', true],
    ['main', false],
    ['', false],
    ['dimension-', false],
    ['results-dimension-calc', false],
  ])('%j → %s', (fragment, expected) => {
    expect(isSectionFragment(fragment)).toBe(expected)
  })
})

describe('fragmentOf', () => {
  it.each([
    ['', ''],
    ['#', ''],
    ['#dimension-L1', 'dimension-L1'],
    ['#indicator-%E6%8C%87%E6%A0%87', 'indicator-指标'],
    ['#bad-%E6%8C', ''],
  ])('reads %j as %j', (hash, fragment) => {
    expect(fragmentOf(hash)).toBe(fragment)
  })
})
