import { describe, expect, it } from 'vitest'
import { tinyIndicators, tinyMeta, tinySet } from '../testing/tinySet'
import type { Indicator, IndicatorSet } from './schema'
import {
  parseSetFile,
  parseSetFileBytes,
  serialiseSetFile,
  setFileLimits,
  toSetFile,
  type SetFileResult,
} from './setFile'
import type { SetFileProblem } from './setFileProblem'

const options = { builtInSetIds: ['scm-default'] }
const parse = (text: string) => parseSetFile(text, options)
const problemsOf = (result: SetFileResult): SetFileProblem[] => (result.ok ? [] : result.problems)
/** The tiny set as a set file, changed by `change` (which may break it). */
const fileWith = (change: (file: Record<string, unknown>) => void = () => undefined) => {
  const file = JSON.parse(serialiseSetFile(tinySet)) as Record<string, unknown>
  change(file)
  return JSON.stringify(file)
}
const metaOf = (file: Record<string, unknown>) => file.meta as Record<string, unknown>
const indicatorsOf = (file: Record<string, unknown>) => file.indicators as Record<string, unknown>[]

describe('serialiseSetFile and parseSetFile', () => {
  it('write a set as one file and read it back unchanged', () => {
    const text = serialiseSetFile(tinySet)
    expect(JSON.parse(text)).toMatchObject({ kind: 'indicator-set', format: 1 })
    expect(text.endsWith('}\n')).toBe(true)
    expect(parse(text)).toEqual({ ok: true, set: tinySet })
  })

  it('leave the meta header’s kind and $schema out of the file', () => {
    const file = toSetFile({ ...tinySet, meta: { ...tinyMeta, $schema: './schema.json' } })
    expect(Object.keys(file.meta)).not.toContain('kind')
    expect(Object.keys(file.meta)).not.toContain('$schema')
  })

  it('read keys in any order and write them in the schema’s, so equal sets give equal text', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value
    const shuffled = JSON.stringify(reversed(JSON.parse(serialiseSetFile(tinySet))))
    const result = parse(shuffled)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(serialiseSetFile(result.set)).toBe(serialiseSetFile(tinySet))
  })

  it('accept a byte-order mark, a $schema link, retired ids and a custom id prefix', () => {
    const custom: IndicatorSet = {
      meta: { ...tinyMeta, retired: ['ZJ-009'], rubricLevels: 5 },
      indicators: tinyIndicators.map((i): Indicator => ({ ...i, id: i.id.replace('SC', 'ZJ') })),
    }
    const text = `\uFEFF${serialiseSetFile(custom).replace('{', '{"$schema":"./indicator-set.schema.json",')}`
    expect(parse(text)).toEqual({ ok: true, set: custom })
  })

  it('give the set plain prototypes all the way down', () => {
    const result = parse(serialiseSetFile(tinySet))
    if (!result.ok) throw new Error('expected a set')
    expect(Object.getPrototypeOf(result.set.meta)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(result.set.indicators[0]?.capabilities)).toBe(Object.prototype)
  })
})

describe('parseSetFile refuses', () => {
  it.each<[string, string, SetFileProblem]>([
    ['empty text', '  \n', { code: 'empty' }],
    ['a syntax error, with its place', '{\n  "kind": }', { code: 'not-json', line: 2, column: 11 }],
    ['a top-level array', '[]', { code: 'not-an-object' }],
    [
      'a prototype key, before anything else',
      '{"kind":"x","a":{"constructor":{}}}',
      { code: 'forbidden-key', key: 'constructor', parent: '$.a' },
    ],
    ['another kind of file', '{"kind":"meta"}', { code: 'wrong-kind', kind: 'meta' }],
    ['a file without a kind', '{"format":1}', { code: 'wrong-kind', kind: null }],
    [
      'a newer format',
      '{"kind":"indicator-set","format":2}',
      { code: 'newer-format', format: 2, supported: 1 },
    ],
    [
      'a format that is no version',
      '{"kind":"indicator-set","format":"1"}',
      { code: 'unknown-format', format: '1' },
    ],
    [
      'nesting deeper than a set file goes',
      `{"kind":"indicator-set","format":1,"meta":{"name":${'['.repeat(50)}${']'.repeat(50)}}}`,
      {
        code: 'too-deep',
        path: '$.meta.name[0]…[0][0][0][0]',
        maxDepth: setFileLimits.maxDepth,
      },
    ],
  ])('%s', (_, text, problem) => {
    expect(parse(text)).toEqual({ ok: false, problems: [problem] })
  })

  it('a text or bytes over the size limit, and bytes that are not UTF-8', () => {
    const big = ' '.repeat(setFileLimits.maxBytes + 1)
    expect(problemsOf(parse(big))).toEqual([
      { code: 'too-large', bytes: setFileLimits.maxBytes + 1, maxBytes: setFileLimits.maxBytes },
    ])
    // 700,000 Chinese characters are fewer UTF-16 units than the limit but 2.1 MB in UTF-8.
    const chinese = `"${'长'.repeat(700_000)}"`
    expect(problemsOf(parse(chinese))).toEqual([
      { code: 'too-large', bytes: 2_100_002, maxBytes: setFileLimits.maxBytes },
    ])
    expect(problemsOf(parseSetFileBytes(new TextEncoder().encode(chinese), options))).toEqual([
      { code: 'too-large', bytes: 2_100_002, maxBytes: setFileLimits.maxBytes },
    ])
    const bytes = new TextEncoder().encode('{\n"kind": "x"}')
    bytes[2] = 0xff
    expect(problemsOf(parseSetFileBytes(bytes, options))).toEqual([
      { code: 'bad-encoding', offset: 2, line: 2 },
    ])
  })

  it('every schema problem at once, each with its JSON path and what was expected', () => {
    const text = fileWith((file) => {
      const meta = metaOf(file)
      delete meta.setId
      meta.version = '1.0'
      meta.released = '2026-13-01'
      meta.rubricLevels = 4.5
      meta.thresholds = [0, 50, 70]
      meta.provisionalBelowCoverage = 1.5
      meta.isAdmin = true
      meta.retired = ['sc-1']
      const [first, second] = indicatorsOf(file)
      if (first === undefined || second === undefined) throw new Error('tiny set changed')
      first.name = { zh: '  ', en: 'x'.repeat(4001) }
      first.sources = []
      first.applicability = 'city'
      second.answer = { type: 'slider' }
      second.weight = '1'
    })
    expect(problemsOf(parse(text))).toEqual(
      expect.arrayContaining<SetFileProblem>([
        { code: 'missing', path: '$.meta.setId' },
        { code: 'bad-format', path: '$.meta.version', format: 'version' },
        { code: 'bad-format', path: '$.meta.released', format: 'date' },
        { code: 'wrong-type', path: '$.meta.rubricLevels', expected: 'whole-number' },
        { code: 'wrong-item-count', path: '$.meta.thresholds', expected: 4 },
        { code: 'number-too-small', path: '$.meta.thresholds[0]', min: 0, inclusive: false },
        {
          code: 'number-too-large',
          path: '$.meta.provisionalBelowCoverage',
          max: 1,
          inclusive: true,
        },
        { code: 'unknown-key', key: 'isAdmin', parent: '$.meta' },
        { code: 'bad-format', path: '$.meta.retired[0]', format: 'indicator-id' },
        { code: 'empty-text', path: '$.indicators[0].name.zh' },
        { code: 'too-long', path: '$.indicators[0].name.en', max: 4000 },
        { code: 'too-few-items', path: '$.indicators[0].sources', min: 1 },
        {
          code: 'not-allowed',
          path: '$.indicators[0].applicability',
          allowed: ['all', 'prefecture-and-above'],
        },
        {
          code: 'not-allowed',
          path: '$.indicators[1].answer.type',
          allowed: ['kpi', 'level', 'boolean', 'choice'],
        },
        { code: 'wrong-type', path: '$.indicators[1].weight', expected: 'number' },
      ]),
    )
  })

  it('a set that breaks integrity rules, listing every broken rule with its place', () => {
    const text = fileWith((file) => {
      const meta = metaOf(file)
      meta.setId = 'scm-default'
      meta.retired = ['SC-002']
      const [first] = indicatorsOf(file)
      if (first === undefined) throw new Error('tiny set changed')
      first.dimension = 'D9'
    })
    expect(problemsOf(parse(text))).toEqual([
      {
        code: 'rule',
        path: '$.meta.setId',
        indicator: null,
        rule: { code: 'built-in-set-id', setId: 'scm-default' },
      },
      {
        code: 'rule',
        path: '$.indicators[1].id',
        indicator: 'SC-002',
        rule: { code: 'retired-id-used', id: 'SC-002' },
      },
      {
        code: 'rule',
        path: '$.indicators[0].dimension',
        indicator: 'SC-001',
        rule: { code: 'unknown-dimension', dimension: 'D9' },
      },
      {
        code: 'rule',
        path: '$.indicators[0].subdimension',
        indicator: 'SC-001',
        rule: { code: 'unknown-subdimension', subdimension: 'P1' },
      },
    ])
  })

  it('more problems than a list should show: the first ones, and how many more', () => {
    const text = fileWith((file) => {
      const [first] = indicatorsOf(file)
      file.indicators = Array.from({ length: 150 }, () => ({ ...first, id: 'bad' }))
    })
    const problems = problemsOf(parse(text))
    expect(problems).toHaveLength(setFileLimits.listedProblems + 1)
    expect(problems.at(-1)).toEqual({ code: 'more', count: 50 })
  })

  it('cuts values from the file short in every problem', () => {
    const long = 'D'.repeat(200)
    const unknownDimension = fileWith((file) => {
      const [first] = indicatorsOf(file)
      if (first === undefined) throw new Error('tiny set changed')
      first.dimension = long
    })
    const unknownKey = fileWith((file) => {
      metaOf(file)[long] = 1
    })
    for (const text of [unknownDimension, unknownKey]) {
      const shown = JSON.stringify(problemsOf(parse(text)))
      expect(shown).not.toContain('D'.repeat(41))
      expect(shown).toContain(`${'D'.repeat(40)}…`)
    }
  })

  it('too many indicators before the schema reads them', () => {
    const text = fileWith((file) => {
      file.indicators = Array.from({ length: 100_000 }, () => 0)
    })
    expect(problemsOf(parse(text))).toEqual([
      { code: 'too-many-indicators', count: 100_000, max: 500 },
    ])
  })
})
