import { describe, expect, it } from 'vitest'
import { readReleases } from '../../../scripts/build/releases'
import { must } from '../testing/must'
import { nextVersion } from '../testing/nextVersion'
import { t, tinyIndicator, tinyIndicators, tinyMeta, tinySet } from '../testing/tinySet'
import type { IndicatorSet } from './schema'
import { diffSets } from './setDiff'

/** The first release (1.0.0), frozen: the working copy in indicators/ moves on between releases. */
const shipped = must(readReleases()[0], 'the first release').set
/** The shipped set's next version: SC-008's target moved, SC-001 retired (its place taken by a new indicator), SC-002 renamed. */
const next = nextVersion(shipped, { retarget: 'SC-008', retire: 'SC-001', reword: 'SC-002' })

describe('diffSets', () => {
  it('finds an identical copy identical', () => {
    const diff = diffSets(shipped, structuredClone(shipped))
    expect(diff).toEqual({
      from: { setId: 'scm-default', version: '1.0.0' },
      to: { setId: 'scm-default', version: '1.0.0' },
      added: [],
      retired: [],
      changed: [],
      meta: [],
      metaWording: [],
      identical: true,
    })
  })

  it('lists the next version of the shipped set: one added, one retired, a target and a name changed', () => {
    expect(next.added).toBe('SC-068')
    expect(diffSets(shipped, next.set)).toEqual({
      from: { setId: 'scm-default', version: '1.0.0' },
      to: { setId: 'scm-default', version: '1.1.0' },
      added: ['SC-068'],
      retired: ['SC-001'],
      changed: [
        { indicatorId: 'SC-002', definition: [], placement: [], wording: ['name'] },
        { indicatorId: 'SC-008', definition: ['target'], placement: [], wording: [] },
      ],
      meta: [],
      metaWording: [],
      identical: false,
    })
  })

  it('sees the same differences the other way round, with added and retired swapped', () => {
    const back = diffSets(next.set, shipped)
    expect([back.added, back.retired, back.changed.map((c) => c.indicatorId)]).toEqual([
      ['SC-001'],
      ['SC-068'],
      ['SC-002', 'SC-008'],
    ])
  })

  it('lists every indicator in id order, whatever the order of the files', () => {
    const shuffled: IndicatorSet = {
      meta: { ...tinyMeta, version: '2.0.0', thresholds: [25, 50, 75, 90] },
      indicators: [
        { ...tinyIndicator('SC-005'), weight: 2 },
        { ...tinyIndicator('SC-004'), id: 'SC-010' },
        { ...tinyIndicator('SC-003'), id: 'SC-009' },
        { ...tinyIndicator('SC-002'), name: t('renamed') },
        { ...tinyIndicator('SC-001'), capabilities: { DG: 1 } },
      ],
    }
    const diff = diffSets(tinySet, shuffled)
    expect(diff).toMatchObject({
      added: ['SC-009', 'SC-010'],
      retired: ['SC-003', 'SC-004'],
      meta: [{ kind: 'thresholds' }],
      identical: false,
    })
    expect(diff.changed.map((c) => c.indicatorId)).toEqual(['SC-001', 'SC-002', 'SC-005'])
  })

  it('does not count a new order of the same indicators as a change', () => {
    const reordered = { meta: tinyMeta, indicators: [...tinyIndicators].reverse() }
    expect(diffSets(tinySet, reordered).identical).toBe(true)
  })

  it('is not identical when only the meta wording differs', () => {
    const diff = diffSets(tinySet, { ...tinySet, meta: { ...tinyMeta, name: t('renamed') } })
    expect([diff.metaWording, diff.identical]).toEqual([['name'], false])
  })
})
