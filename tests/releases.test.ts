import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shippedSet } from '../scripts/build/indicatorFiles'
import { readReleaseEntries, readReleases, releasesDir, setHash } from '../scripts/build/releases'

describe('released indicator sets', () => {
  it('are unchanged since they were released: each content hash is the recorded one', () => {
    const entries = readReleaseEntries()
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      const data = JSON.parse(readFileSync(join(releasesDir, entry.file), 'utf8')) as {
        meta: object
        indicators: unknown
      }
      const set = { meta: { ...data.meta, kind: 'meta' }, indicators: data.indicators }
      // setHash of the file's own content, not of what readReleases makes of it.
      expect(setHash(set as Parameters<typeof setHash>[0]), entry.file).toBe(entry.sha256)
    }
    // …and the reader refuses any that is not (it throws on a mismatch).
    expect(readReleases().map(({ entry }) => entry)).toEqual(entries)
  })

  it('notice any change of content, not of formatting or key order', () => {
    const [release] = readReleases()
    if (release === undefined) throw new Error('no release')
    const { set } = release
    const reordered = JSON.parse(
      JSON.stringify({ indicators: set.indicators, meta: set.meta }),
    ) as typeof set
    expect(setHash(reordered)).toBe(setHash(set))
    const first = set.indicators[0]
    if (first === undefined) throw new Error('no indicator')
    const edited = {
      ...set,
      indicators: [{ ...first, weight: first.weight + 1 }, ...set.indicators.slice(1)],
    }
    expect(setHash(edited)).not.toBe(setHash(set))
  })

  it('are listed once each, with the file name their id and version give', () => {
    const entries = readReleaseEntries()
    expect(new Set(entries.map((e) => `${e.setId}@${e.version}`)).size).toBe(entries.length)
    for (const e of entries) expect(e.file).toBe(`${e.setId}-${e.version}.json`)
  })

  it('keep the working copy honest: a released version number in indicators/ means that exact content', () => {
    const working = shippedSet()
    const released = readReleaseEntries().find(
      (e) => e.setId === working.meta.setId && e.version === working.meta.version,
    )
    // An edited working copy must carry a new version (then it is the next release, not shipped yet).
    if (released !== undefined) expect(setHash(working)).toBe(released.sha256)
  })
})
