import { describe, expect, it, vi } from 'vitest'
import { shippedSet } from '../../scripts/build/indicatorFiles'

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

  it('equals the validated files once both languages are loaded in full, in either order', async () => {
    const content = await freshModule()
    await Promise.all([
      content.loadIndicatorText('en', ['details']),
      content.loadIndicatorText('zh-CN', ['details']),
    ])
    expect(content.defaultIndicatorSet()).toEqual(shippedSet())
  })

  it('is found by its id and version only, for checking imported answers', async () => {
    const content = await freshModule()
    await content.loadIndicatorText('en')
    const { setId, version } = shippedSet().meta
    expect(content.findIndicatorSet({ setId, version })).toBe(content.indicatorSetCore())
    expect(content.findIndicatorSet({ setId, version: '9.0.0' })).toBeNull()
    expect(content.findIndicatorSet({ setId: 'other-set', version })).toBeNull()
  })
})
