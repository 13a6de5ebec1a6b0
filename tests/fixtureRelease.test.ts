import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReleases } from '../scripts/build/releases'
import { diffSets } from '../src/domain/indicators/setDiff'

/**
 * The second built-in version that browser journeys ship (tests/e2e/globalSetup.ts builds it into
 * dist-fixture/): a test fixture, never shipped to users. It differs from the real 1.0.0 in exactly
 * the ways a content release would: one changed target, one retired and one added indicator.
 */
describe('the fixture release tests/fixtures/releases', () => {
  it('is 1.0.0 with SC-001’s target changed, SC-003 retired and SC-099 added, nothing else', () => {
    const [released] = readReleases()
    const [fixture] = readReleases(resolve(import.meta.dirname, 'fixtures/releases'))
    if (released === undefined || fixture === undefined) throw new Error('a release is missing')
    const diff = diffSets(released.set, fixture.set)
    expect(diff.to).toEqual({ setId: 'scm-default', version: '1.9.0' })
    expect(diff.added).toEqual(['SC-099'])
    expect(diff.retired).toEqual(['SC-003'])
    expect(diff.changed.map((c) => [c.indicatorId, c.definition, c.placement])).toEqual([
      ['SC-001', ['target'], []],
    ])
    expect(diff.meta).toEqual([])
  })
})
