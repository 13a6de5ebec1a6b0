import { describe, expect, it } from 'vitest'
import { t, tinySet } from '../testing/tinySet'
import { addDetails, splitDetails } from './languageText'
import type { IndicatorSet } from './schema'

describe('detail texts', () => {
  it('empties every detail text of the core and keeps names, numbers and ids', () => {
    const { core, details } = splitDetails(tinySet, 'zh')
    expect(core.indicators[0]?.method).toEqual({ zh: '', en: '' })
    expect(core.indicators[0]?.description).toEqual({ zh: '', en: '' })
    expect(core.meta.sources[0]?.note).toEqual({ zh: '', en: '' })
    expect(core.indicators[0]?.name).toEqual(tinySet.indicators[0]?.name)
    expect(core.indicators.map((i) => i.weight)).toEqual(tinySet.indicators.map((i) => i.weight))
    expect(core.meta.dimensions[0]?.weight).toBe(60)
    expect(details).toContain(tinySet.indicators[0]?.method.zh)
    expect(details.every((text) => /^中文/.test(text))).toBe(true)
  })

  it('keeps the release notes out of the core, ids and topic excepted', () => {
    const note = { indicators: ['SC-001'], topic: 'sources', change: t('new'), reason: t('why') }
    const set: IndicatorSet = { ...tinySet, meta: { ...tinySet.meta, releaseNotes: [note] } }
    const { core, details } = splitDetails(set, 'en')
    expect(core.meta.releaseNotes).toEqual([
      { ...note, change: { zh: '', en: '' }, reason: { zh: '', en: '' } },
    ])
    expect(details).toEqual(expect.arrayContaining(['new', 'why']))
    expect(addDetails(core, 'en', details)?.meta.releaseNotes?.[0]?.reason.en).toBe('why')
  })

  it('gives the original set back when both languages’ details are added, in either order', () => {
    const { core, details: zh } = splitDetails(tinySet, 'zh')
    const { details: en } = splitDetails(tinySet, 'en')
    const zhFirst = addDetails(core, 'zh', zh)
    const enFirst = addDetails(core, 'en', en)
    expect(zhFirst === null ? null : addDetails(zhFirst, 'en', en)).toEqual(tinySet)
    expect(enFirst === null ? null : addDetails(enFirst, 'zh', zh)).toEqual(tinySet)
  })

  it('leaves the other language empty when only one language’s details are added', () => {
    const { core, details } = splitDetails(tinySet, 'en')
    expect(addDetails(core, 'en', details)?.indicators[0]?.method).toEqual({
      zh: '',
      en: tinySet.indicators[0]?.method.en,
    })
  })

  it('refuses texts of a set with another shape', () => {
    const { core, details } = splitDetails(tinySet, 'zh')
    expect(addDetails(core, 'zh', details.slice(1))).toBeNull()
    expect(addDetails(core, 'zh', [...details, 'extra'])).toBeNull()
  })
})
