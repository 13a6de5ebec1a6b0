import { describe, expect, it } from 'vitest'
import { tinyIndicators, tinyMeta } from '../testing/tinySet'
import { assembleIndicatorSet } from './assembleIndicatorSet'

describe('assembleIndicatorSet', () => {
  it('assembles a meta file and indicator files into a set', () => {
    const result = assembleIndicatorSet([
      { name: 'meta.json', data: tinyMeta },
      { name: 'a.json', data: { kind: 'indicators', indicators: tinyIndicators } },
    ])
    expect(result.ok && result.set.indicators.map((i) => i.id)).toEqual([
      'SC-001',
      'SC-002',
      'SC-003',
      'SC-004',
      'SC-005',
    ])
  })

  it('reports schema problems of every file with their path, and a missing meta', () => {
    const result = assembleIndicatorSet([
      {
        name: 'a.json',
        data: {
          kind: 'indicators',
          indicators: [{ ...tinyIndicators[0], name: { zh: '', en: 'x' }, extra: 1 }],
        },
      },
      { name: 'b.json', data: { kind: 'what' } },
    ])
    expect(result.ok).toBe(false)
    const messages = result.ok ? [] : result.issues.map((i) => `${i.code} ${i.where}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        'schema a.json: indicators.0.name.zh',
        'schema a.json: indicators.0',
        'schema b.json: kind',
        'meta indicators/',
      ]),
    )
  })

  it('refuses two meta files', () => {
    const result = assembleIndicatorSet([
      { name: 'meta.json', data: tinyMeta },
      { name: 'meta2.json', data: tinyMeta },
      { name: 'a.json', data: { kind: 'indicators', indicators: tinyIndicators } },
    ])
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      '2 meta files; expected one',
    ])
  })
})
