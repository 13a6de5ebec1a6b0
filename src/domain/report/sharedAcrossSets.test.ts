import { describe, expect, it } from 'vitest'
import { readReleases } from '../../../scripts/build/releases'
import type { IndicatorSet } from '../indicators/schema'
import { must } from '../testing/must'
import { nextVersion } from '../testing/nextVersion'
import { sharedAcrossSets } from './sharedAcrossSets'
import { sharedEqualSubset } from './sharedEqualSubset'

/** The first release (1.0.0), frozen: the working copy in indicators/ moves on between releases. */
const shipped = must(readReleases()[0], 'the first release').set
const next = nextVersion(shipped, { retarget: 'SC-008', retire: 'SC-001', reword: 'SC-002' }).set
/** A third version that only reweighs SC-010 (against the first set). */
const reweighed: IndicatorSet = {
  meta: { ...shipped.meta, version: '1.2.0' },
  indicators: shipped.indicators.map((i) =>
    i.id === 'SC-010' ? { ...i, weight: i.weight * 2 } : i,
  ),
}
const ids = (set: IndicatorSet | undefined) => set?.indicators.map((i) => i.id)

describe('sharedAcrossSets', () => {
  it('equals sharedEqualSubset for two sets', () => {
    const pair = sharedEqualSubset(shipped, next)
    const across = sharedAcrossSets([shipped, next])
    expect(across.shared).toEqual(pair.shared)
    expect(across.sets).toEqual([pair.a, pair.b])
    expect(across.leftOut).toEqual(
      pair.leftOut.map(({ indicatorId, reasons }) => ({
        indicatorId,
        against: [{ index: 1, reasons }],
      })),
    )
  })

  it('keeps only what every set shares with the first, and says against which set each is left out', () => {
    const across = sharedAcrossSets([shipped, next, reweighed])
    expect(across.leftOut).toEqual([
      { indicatorId: 'SC-001', against: [{ index: 1, reasons: ['only-in-a'] }] },
      { indicatorId: 'SC-008', against: [{ index: 1, reasons: ['target'] }] },
      { indicatorId: 'SC-010', against: [{ index: 2, reasons: ['weight'] }] },
      { indicatorId: 'SC-068', against: [{ index: 1, reasons: ['only-in-b'] }] },
    ])
    expect(across.shared).toHaveLength(shipped.indicators.length - 3)
    expect(across.shared).not.toContain('SC-010')
    expect(across.shared).toContain('SC-002') // renamed only
    expect(ids(across.sets[0])).toEqual(ids(across.sets[1]))
    expect(ids(across.sets[2])).toEqual(ids(across.sets[0]))
    expect(across.sets.map((s) => s.meta)).toEqual([shipped.meta, next.meta, reweighed.meta])
  })

  it('lists an indicator missing from the first set against every set holding it', () => {
    const across = sharedAcrossSets([shipped, next, next])
    expect(across.leftOut.find((l) => l.indicatorId === 'SC-068')?.against).toEqual([
      { index: 1, reasons: ['only-in-b'] },
      { index: 2, reasons: ['only-in-b'] },
    ])
  })

  it('keeps every indicator of a single set, and gives nothing for no sets', () => {
    expect(sharedAcrossSets([shipped])).toEqual({
      sets: [shipped],
      shared: ids(shipped)?.sort(),
      leftOut: [],
    })
    expect(sharedAcrossSets([])).toEqual({ sets: [], shared: [], leftOut: [] })
  })
})
