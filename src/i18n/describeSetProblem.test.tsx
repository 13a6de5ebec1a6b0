import { render } from '@testing-library/react'
import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SetFileProblem, SetFileProblemCode } from '../domain/indicators/setFileProblem'
import type { SetRule, SetRuleCode } from '../domain/indicators/setRule'
import type { Language } from '../domain/language'
import { describeSetProblem } from './describeSetProblem'
import { addSetsText } from './setsText'

/** One example of every broken rule: a rule without an example fails to compile. */
const rules = {
  'dimension-weights': { code: 'dimension-weights', total: 90 },
  'duplicate-dimension-id': { code: 'duplicate-dimension-id', id: 'GS' },
  'thresholds-not-rising': { code: 'thresholds-not-rising' },
  'levels-out-of-order': { code: 'levels-out-of-order' },
  'capability-missing': { code: 'capability-missing', capability: 'ED' },
  'duplicate-source-id': { code: 'duplicate-source-id', id: 'GB/T 33356-2016' },
  'duplicate-retired-id': { code: 'duplicate-retired-id', id: 'SLQ-012' },
  'built-in-set-id': { code: 'built-in-set-id', setId: 'scm-default' },
  'unknown-release-note-id': { code: 'unknown-release-note-id', id: 'SLQ-099' },
  'duplicate-indicator-id': { code: 'duplicate-indicator-id', id: 'SLQ-002' },
  'retired-id-used': { code: 'retired-id-used', id: 'SLQ-012' },
  'empty-dimension': { code: 'empty-dimension', dimension: 'SS' },
  'empty-subdimension': { code: 'empty-subdimension', subdimension: 'GS-ONLINE' },
  'capability-without-primary': { code: 'capability-without-primary', capability: 'DT' },
  'few-primary': { code: 'few-primary', capability: 'MF', indicators: 3, min: 8 },
  'id-prefix': { code: 'id-prefix', id: 'ZJ-001', prefix: 'SC' },
  'unknown-dimension': { code: 'unknown-dimension', dimension: 'XX' },
  'missing-subdimension': { code: 'missing-subdimension', dimension: 'GS' },
  'unknown-subdimension': { code: 'unknown-subdimension', subdimension: 'GS-9' },
  'primary-capability': { code: 'primary-capability' },
  'unknown-source': { code: 'unknown-source', source: 'Provincial plan' },
  'source-needs-note': {
    code: 'source-needs-note',
    source: 'Provincial plan',
    provenance: 'defined',
  },
  'unknown-u4ssc-code': { code: 'unknown-u4ssc-code', ref: 'EC:ICT:ICT:99C' },
  'zh-without-chinese': { code: 'zh-without-chinese' },
  'en-mostly-chinese': { code: 'en-mostly-chinese' },
  'county-not-asked': { code: 'county-not-asked' },
  'target-equals-baseline': { code: 'target-equals-baseline' },
  'target-below-baseline': { code: 'target-below-baseline' },
  'target-above-baseline': { code: 'target-above-baseline' },
  'county-target-equals-baseline': { code: 'county-target-equals-baseline' },
  'county-target-below-baseline': { code: 'county-target-below-baseline' },
  'county-target-above-baseline': { code: 'county-target-above-baseline' },
  'min-not-below-max': { code: 'min-not-below-max' },
  'outside-range': { code: 'outside-range', field: 'baseline' },
  'rubric-level-count': { code: 'rubric-level-count', levels: 5, expected: 4 },
  'rubric-level-number': { code: 'rubric-level-number', position: 2, level: 3 },
  'rubric-scores-partial': { code: 'rubric-scores-partial' },
  'rubric-scores-not-rising': { code: 'rubric-scores-not-rising' },
  'duplicate-option-id': { code: 'duplicate-option-id', id: 'none' },
  'duplicate-profile-id': { code: 'duplicate-profile-id', id: 'round-2' },
  'reserved-profile-id': { code: 'reserved-profile-id', id: 'default' },
  'profile-unknown-source': { code: 'profile-unknown-source', profile: 'round-2', source: 'X' },
  'profile-unknown-dimension': {
    code: 'profile-unknown-dimension',
    profile: 'round-2',
    dimension: 'XX',
  },
  'profile-unknown-subdimension': {
    code: 'profile-unknown-subdimension',
    profile: 'round-2',
    subdimension: 'XX-1',
  },
  'profile-dimension-unweighted': {
    code: 'profile-dimension-unweighted',
    profile: 'round-2',
    dimension: 'SS',
  },
  'profile-apart-weighted': { code: 'profile-apart-weighted', profile: 'round-2', dimension: 'SS' },
  'profile-weights': { code: 'profile-weights', profile: 'round-2', total: 95 },
  'profile-subdimension-weights': {
    code: 'profile-subdimension-weights',
    profile: 'round-2',
    dimension: 'GS',
    total: 30,
    weight: 25,
  },
} satisfies { [C in SetRuleCode]: Extract<SetRule, { code: C }> }

const path = '$.indicators[2].answer'

/** Every file and schema problem, with the variants its text depends on. */
const problems = {
  'too-large': [{ code: 'too-large', bytes: 3_000_000, maxBytes: 2 * 1024 * 1024 }],
  'bad-encoding': [{ code: 'bad-encoding', offset: 593, line: 24 }],
  empty: [{ code: 'empty' }],
  'not-json': [
    { code: 'not-json', line: 3, column: 7 },
    { code: 'not-json', line: null, column: null },
  ],
  'forbidden-key': [{ code: 'forbidden-key', key: '__proto__', parent: '$.meta' }],
  'not-an-object': [{ code: 'not-an-object' }],
  'wrong-kind': [
    { code: 'wrong-kind', kind: 'meta' },
    { code: 'wrong-kind', kind: null },
  ],
  'newer-format': [{ code: 'newer-format', format: 2, supported: 1 }],
  'unknown-format': [{ code: 'unknown-format', format: '"one"' }],
  'too-deep': [{ code: 'too-deep', path: '$.meta.name[0][0]…[0][0][0][0]', maxDepth: 12 }],
  'too-many-indicators': [{ code: 'too-many-indicators', count: 501, max: 500 }],
  'unknown-key': [{ code: 'unknown-key', key: 'isAdmin', parent: '$.meta' }],
  missing: [{ code: 'missing', path: '$.meta.setId' }],
  'wrong-type': [{ code: 'wrong-type', path: '$.meta.rubricLevels', expected: 'whole-number' }],
  'empty-text': [{ code: 'empty-text', path: '$.meta.name.zh' }],
  'too-long': [{ code: 'too-long', path: '$.indicators[0].method.en', max: 4000 }],
  'too-few-items': [{ code: 'too-few-items', path: '$.indicators[0].sources', min: 1 }],
  'too-many-items': [{ code: 'too-many-items', path: '$.meta.sources', max: 100 }],
  'wrong-item-count': [{ code: 'wrong-item-count', path: '$.meta.thresholds', expected: 4 }],
  'number-too-small': [
    { code: 'number-too-small', path: '$.meta.thresholds[0]', min: 0, inclusive: false },
    { code: 'number-too-small', path: `${path}.levels[0].score`, min: 0, inclusive: true },
  ],
  'number-too-large': [
    { code: 'number-too-large', path: '$.meta.thresholds[3]', max: 100, inclusive: false },
    { code: 'number-too-large', path: `${path}.options[0].score`, max: 100, inclusive: true },
  ],
  'bad-format': (['date', 'indicator-id', 'slug', 'version', 'other'] as const).map((format) => ({
    code: 'bad-format' as const,
    path: '$.meta.released',
    format,
  })),
  'not-allowed': [{ code: 'not-allowed', path: `${path}.type`, allowed: ['kpi', 'level'] }],
  invalid: [{ code: 'invalid', path, message: 'Invalid input' }],
  rule: [
    { code: 'rule', path: '$.meta.dimensions', indicator: null, rule: rules['dimension-weights'] },
    ...Object.values(rules).map((rule) => ({
      code: 'rule' as const,
      path,
      indicator: 'SLQ-003',
      rule,
    })),
  ],
  more: [{ code: 'more', count: 50 }],
} satisfies { [C in SetFileProblemCode]: Extract<SetFileProblem, { code: C }>[] }

const all: SetFileProblem[] = Object.values(problems).flat()

const describeIn = (language: Language, problem: SetFileProblem) =>
  describeSetProblem(problem, i18next.getFixedT(language))

beforeAll(() => {
  addSetsText()
})

describe('describeSetProblem', () => {
  it.each(['en', 'zh-CN'] as const)(
    'says every problem in %s, with its values and no key or placeholder left',
    (language) => {
      for (const problem of all) {
        const text = describeIn(language, problem)
        expect(text, problem.code).not.toMatch(/\{\{|\bsets\.|undefined|\[object/)
        if (language === 'zh-CN') expect(text, problem.code).toMatch(/[\u4e00-\u9fff]/)
        if ('path' in problem) expect(text).toContain(problem.path)
        if (problem.code === 'rule' && problem.indicator !== null)
          expect(text).toContain(problem.indicator)
      }
    },
  )

  it('gives each broken rule its own sentence', () => {
    const texts = Object.values(rules).map((rule) =>
      describeIn('en', { code: 'rule', path, indicator: null, rule }),
    )
    expect(new Set(texts).size).toBe(texts.length)
  })

  it.each([
    [
      'en',
      { code: 'rule', path, indicator: 'SLQ-003', rule: rules['source-needs-note'] },
      'Indicator SLQ-003 ($.indicators[2].answer): the source “Provincial plan” is marked “defined”: add a note saying how the indicator differs from it.',
    ],
    [
      'zh-CN',
      { code: 'rule', path, indicator: 'SLQ-003', rule: rules['source-needs-note'] },
      '指标 SLQ-003（位置 $.indicators[2].answer）：来源“Provincial plan”标为“自定”（defined），请补充说明该指标与来源的差别。',
    ],
    [
      'en',
      { code: 'rule', path: '$.meta.setId', indicator: null, rule: rules['built-in-set-id'] },
      '$.meta.setId: “scm-default” is the id of a set built into this app. Give your set an id of its own, for example with your region’s name.',
    ],
    [
      'zh-CN',
      { code: 'rule', path: `${path}.baseline`, indicator: null, rule: rules['outside-range'] },
      '位置 $.indicators[2].answer.baseline：基线值超出了允许范围（最小值至最大值之间）。',
    ],
    [
      'en',
      { code: 'too-large', bytes: 2 * 1024 * 1024 + 1, maxBytes: 2 * 1024 * 1024 },
      'The file is 2.1 MB; a set file may be at most 2 MB.',
    ],
    [
      'zh-CN',
      { code: 'wrong-type', path: '$.meta.rubricLevels', expected: 'whole-number' },
      '$.meta.rubricLevels 应为整数。',
    ],
    [
      'zh-CN',
      { code: 'not-allowed', path: `${path}.type`, allowed: ['kpi', 'level', 'choice'] },
      '$.indicators[2].answer.type 只能取以下值之一：“kpi”、“level”或“choice”。',
    ],
    [
      'en',
      { code: 'not-allowed', path: `${path}.type`, allowed: ['kpi', 'level', 'choice'] },
      '$.indicators[2].answer.type must be one of: “kpi”, “level”, or “choice”.',
    ],
    [
      'en',
      problems['bad-format'][1] as SetFileProblem,
      '$.meta.released should be an indicator id such as ZJ-001 (capital letters or digits, a hyphen, three digits).',
    ],
  ] as const)('in %s: %j', (language, problem, text) => {
    expect(describeIn(language, problem)).toBe(text)
  })

  it('is rendered as text: markup from the file stays visible and never becomes an element', () => {
    const hostile: SetFileProblem[] = [
      { code: 'unknown-key', key: '<img src=x onerror="alert(1)">', parent: '$.meta' },
      {
        code: 'rule',
        path: '$.indicators[0].id',
        indicator: '<b>SLQ-001</b>',
        rule: { code: 'duplicate-indicator-id', id: '<script>alert(1)</script>' },
      },
    ]
    for (const language of ['en', 'zh-CN'] as const) {
      const { container, unmount } = render(
        <ul>
          {hostile.map((problem, i) => (
            <li key={i}>{describeIn(language, problem)}</li>
          ))}
        </ul>,
      )
      expect(container.querySelector('img, b, script')).toBeNull()
      expect(container.textContent).toContain('<img src=x onerror="alert(1)">')
      expect(container.textContent).toContain('<script>alert(1)</script>')
      unmount()
    }
  })
})
