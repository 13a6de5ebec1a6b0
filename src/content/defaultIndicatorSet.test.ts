import { describe, expect, it, vi } from 'vitest'
import { must } from '../domain/testing/must'
import { readReleases } from '../../scripts/build/releases'

/** A fresh copy of the module, with nothing loaded (the test setup loads everything in the shared one). */
const freshModule = async () => {
  vi.resetModules()
  return import('./defaultIndicatorSet')
}

describe('the default indicator set, loaded in parts', () => {
  it('has names but no methods after the core, and refuses the full set until the details arrive', async () => {
    const content = await freshModule()
    expect(() => content.indicatorSetCore()).toThrow(/loadIndicatorText/)
    await content.loadIndicatorText('zh-CN')
    const first = content.indicatorSetCore().indicators[0]
    expect(first?.name.zh).not.toBe('')
    expect(first?.method).toEqual({ zh: '', en: '' })
    expect(() => content.defaultIndicatorSet()).toThrow(/details \(zh-CN\)/)
    await content.loadIndicatorText('zh-CN', ['details'])
    expect(content.defaultIndicatorSet().indicators[0]?.method.zh).not.toBe('')
  })

  it('brings details asked for later to every language already loaded', async () => {
    const content = await freshModule()
    await content.loadIndicatorText('zh-CN')
    await content.loadIndicatorText('en')
    await content.loadIndicatorText('en', ['details'])
    const method = content.defaultIndicatorSet().indicators[0]?.method
    expect(method?.zh).not.toBe('')
    expect(method?.en).not.toBe('')
  })

  it('equals its validated release file once both languages are loaded in full, in either order', async () => {
    const content = await freshModule()
    await Promise.all([
      content.loadIndicatorText('en', ['details']),
      content.loadIndicatorText('zh-CN', ['details']),
    ])
    const release = readReleases().find(
      ({ entry }) =>
        entry.setId === content.defaultSetId && entry.version === content.latestRelease()?.version,
    )
    expect(content.defaultIndicatorSet()).toEqual(release?.set)
  })

  it('lists every release, newest last, and loads only the versions asked for', async () => {
    const content = await freshModule()
    expect(content.releasedSets).toEqual(
      readReleases().map(({ entry }) => ({ setId: entry.setId, version: entry.version })),
    )
    const latest = content.latestRelease()
    if (latest === null) throw new Error('no release of the default set')
    expect(content.isKnownSet(latest)).toBe(true)
    expect(content.setCoreFor(latest)).toBeNull()
    const unknown = { setId: 'scm-default', version: '0.0.1' }
    await content.loadSets([latest, unknown], 'en')
    expect(content.setCoreFor(latest)?.meta.version).toBe(latest.version)
    expect(content.isKnownSet(unknown)).toBe(false)
    expect(content.setCoreFor(unknown)).toBeNull()
    expect(content.latestRelease('no-such-set')).toBeNull()
  })

  it('offers the newest release only for an older version of the same set', async () => {
    const content = await freshModule()
    const latest = content.latestRelease()
    if (latest === null) throw new Error('no release of the default set')
    const [major] = latest.version.split('.')
    // Numeric order: 0.10.0 is older than 1.0.0 but would sort after it as text.
    expect(content.newerRelease({ setId: latest.setId, version: '0.10.0' })).toEqual(latest)
    expect(content.newerRelease(latest)).toBeNull()
    expect(
      content.newerRelease({ setId: latest.setId, version: `${Number(major) + 1}.0.0` }),
    ).toBeNull()
    expect(content.newerRelease({ setId: 'no-such-set', version: '0.1.0' })).toBeNull()
  })

  it('is found by its id and version only, for checking imported answers', async () => {
    const content = await freshModule()
    await content.loadIndicatorText('en')
    // The newest release, which the app scores new assessments with (the working copy may be ahead).
    const { setId, version } = must(content.latestRelease(), 'a release of the default set')
    expect(content.findIndicatorSet({ setId, version })).toBe(content.indicatorSetCore())
    expect(content.findIndicatorSet({ setId, version: '9.0.0' })).toBeNull()
    expect(content.findIndicatorSet({ setId: 'other-set', version })).toBeNull()
  })
})

describe('sets brought by the user', () => {
  it('are usable as soon as registered: known, complete in both languages, listed, carried by exports', async () => {
    const { districtSet } = await import('../../tests/utils/districtSet')
    const content = await freshModule()
    const set = districtSet()
    const ref = { setId: set.meta.setId, version: set.meta.version }
    expect(content.isKnownSet(ref)).toBe(false)
    await content.loadIndicatorText('zh-CN', ['details'])
    expect(content.registerCustomSet(set)).toEqual(ref)
    expect(content.isKnownSet(ref)).toBe(true)
    expect(content.isCustomSet(ref)).toBe(true)
    expect(content.readySetFor(ref)).toBe(set)
    expect(content.setFor(ref)).toBe(set)
    expect(content.customSets()).toEqual([ref])
    const builtIn = { setId: 'scm-default', version: '1.0.0' }
    expect(content.customSetsUsedBy([builtIn, ref, ref])).toEqual([set])
    expect(content.isCustomSet(builtIn)).toBe(false)
    // No move to a newer built-in release is offered for a set the app does not ship.
    expect(content.newerRelease(ref)).toBeNull()
  })

  it('never replace a set already there: the first content registered under a key stays', async () => {
    const { districtSet } = await import('../../tests/utils/districtSet')
    const content = await freshModule()
    const set = districtSet()
    content.registerCustomSet(set)
    const other = { ...set, indicators: set.indicators.slice(1) }
    content.registerCustomSet(other)
    expect(content.setCoreFor(set.meta)).toBe(set)
    expect(content.customSets()).toHaveLength(1)
  })
})
