import { describe, expect, it } from 'vitest'
import { t, tinyMeta, tinySet } from '../testing/tinySet'
import { checkIndicatorSet } from './checkIndicatorSet'
import type { IndicatorSet, ReleaseNote } from './schema'

const withNotes = (...releaseNotes: ReleaseNote[]): IndicatorSet => ({
  ...tinySet,
  meta: { ...tinyMeta, retired: ['SC-009'], releaseNotes },
})
const note = (indicators: string[], change = t('changed')): ReleaseNote => ({
  indicators,
  change,
  reason: t('why'),
})

describe('checkIndicatorSet: release notes', () => {
  it('accepts notes about indicators of the set, retired ids and the set as a whole', () => {
    const set = withNotes(note(['SC-001', 'SC-009']), { ...note([]), topic: 'sources' })
    expect(checkIndicatorSet(set)).toEqual([])
  })

  it('refuses a note that names an id the set neither has nor retired, and says where', () => {
    const found = checkIndicatorSet(withNotes(note(['SC-001']), note(['SC-002', 'SC-099'])))
    expect(found.map(({ code, where, path, message }) => ({ code, where, path, message }))).toEqual(
      [
        {
          code: 'unknown-release-note-id',
          where: 'meta release note 2',
          path: ['meta', 'releaseNotes', 1, 'indicators', 1],
          message:
            'release note names SC-099, which is neither an indicator of the set nor retired',
        },
      ],
    )
  })

  it('holds the notes to the translation rule of the indicators’ texts', () => {
    const found = checkIndicatorSet(withNotes(note([], { zh: 'Weight changed', en: '权重调整' })))
    expect(found.map(({ code, path, indicator }) => ({ code, path, indicator }))).toEqual([
      {
        code: 'zh-without-chinese',
        path: ['meta', 'releaseNotes', 0, 'change', 'zh'],
        indicator: undefined,
      },
      {
        code: 'en-mostly-chinese',
        path: ['meta', 'releaseNotes', 0, 'change', 'en'],
        indicator: undefined,
      },
    ])
  })
})
