/**
 * Hostile and broken indicator-set files are refused, each with its reason in both languages, and
 * the good ones pass: the 12-indicator district set written as a fixture, and the built-in set
 * written as a set file. The bad files are built here from the district set, one change each, so
 * each case shows exactly what is wrong with it.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import i18next from 'i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { readReleases } from '../scripts/build/releases'
import { primaryCapability } from '../src/domain/indicators/capabilities'
import { capabilityIds } from '../src/domain/indicators/schema'
import { must } from '../src/domain/testing/must'
import {
  parseSetFile,
  parseSetFileBytes,
  setFileLimits,
  type SetFileResult,
} from '../src/domain/indicators/setFile'
import type { SetFileProblem } from '../src/domain/indicators/setFileProblem'
import { describeSetProblem } from '../src/i18n/describeSetProblem'
import { addSetsText } from '../src/i18n/setsText'
import { districtProfile, districtWithProfileText } from './utils/districtWithProfile'

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, 'fixtures/sets', name), 'utf8')
/** The built-in set as the app ships it: its release file is a set file. */
const builtIn = () =>
  readFileSync(
    resolve(import.meta.dirname, '../indicators/releases/scm-default-1.0.0.json'),
    'utf8',
  )
const districtText = fixture('district-12.set.json')
const options = { builtInSetIds: ['scm-default'] }

type Json = Record<string, unknown>
type Indicator = Json & { answer: Json; capabilities: Json }
/** The district set as JSON, changed by `change`: one bad file per case. */
const district = (change: (file: Json, meta: Json, indicators: Indicator[]) => void): string => {
  const file = JSON.parse(districtText) as Json
  change(file, file.meta as Json, file.indicators as Indicator[])
  return JSON.stringify(file, null, 2)
}
/** An indicator of the district set by id; an id it does not hold fails the test at once. */
const byId = (indicators: Indicator[], id: string): Indicator => {
  const found = indicators.find((i) => i.id === id)
  if (found === undefined) throw new Error(`${id} is not in the district set`)
  return found
}

/** A target of their own for county-level cities, with its rationale. */
const county = (target: number): Json => ({
  target,
  targetRationale: {
    zh: '县级市财力较小，按省级规划另设目标值。',
    en: 'County-level cities have smaller budgets; the provincial plan sets them their own target.',
  },
})

/** The codes of a refusal; a broken integrity rule shows as `rule:<its code>`. */
const codes = (result: SetFileResult): string[] =>
  result.ok ? [] : result.problems.map((p) => (p.code === 'rule' ? `rule:${p.rule.code}` : p.code))

/** The district set with one weight profile: `districtProfile` changed by `change`. */
const withProfile = (change: Json) =>
  district((_, meta) => (meta.weightProfiles = [{ ...districtProfile, ...change }]))

const utf8 = (text: string) => new TextEncoder().encode(text)
const invalidUtf8 = () => {
  const bytes = utf8(districtText)
  bytes[40] = 0xc0
  return bytes
}

/** Name, the file (text or bytes), the codes of its refusal, and words its first reason says. */
const cases: [string, () => string | Uint8Array, string[], string][] = [
  ['not JSON at all', () => 'indicator set: district 12', ['not-json'], 'is not valid JSON'],
  ['an empty file', () => '', ['empty'], 'The file is empty.'],
  [
    'over the size limit',
    () => utf8(`${districtText}${' '.repeat(setFileLimits.maxBytes)}`),
    ['too-large'],
    'a set file may be at most 2 MB',
  ],
  ['a byte-order mark and garbage', () => '\uFEFF\u0000garbage{', ['not-json'], 'line 1, column 1'],
  ['bytes that are not UTF-8', invalidUtf8, ['bad-encoding'], 'not valid UTF-8'],
  ['a truncated file', () => districtText.slice(0, 5000), ['not-json'], 'syntax error at line'],
  [
    'a __proto__ key in the header',
    () => districtText.replace('"setId"', '"__proto__": { "polluted": true },\n    "setId"'),
    ['forbidden-key'],
    '“__proto__” in $.meta',
  ],
  [
    'a constructor key in an indicator',
    () => district((_, __, [first]) => Object.assign(first ?? {}, { constructor: { x: 1 } })),
    ['forbidden-key'],
    '“constructor” in $.indicators[0]',
  ],
  ['a list instead of a set', () => '[1, 2, 3]', ['not-an-object'], 'one JSON object'],
  [
    'an assessment export instead of a set',
    () => '{ "format": "smartcity-assessment-export", "schemaVersion": 1, "assessments": [] }',
    ['wrong-kind'],
    'it has no “kind”',
  ],
  [
    'the meta header of a set folder',
    () => district((file) => (file.kind = 'meta')),
    ['wrong-kind'],
    'its “kind” is “meta”',
  ],
  [
    'format 2, from a newer app',
    () => district((file) => (file.format = 2)),
    ['newer-format'],
    'this app reads up to format 1',
  ],
  ['no meta header', () => district((file) => delete file.meta), ['missing'], '$.meta is missing.'],
  [
    'no indicators',
    () => district((file) => delete file.indicators),
    ['missing'],
    '$.indicators is missing.',
  ],
  [
    'an empty list of indicators',
    () => district((file) => (file.indicators = [])),
    ['too-few-items'],
    'needs at least 1 item(s)',
  ],
  [
    'two indicators with one id',
    () => district((_, __, indicators) => (byId(indicators, 'SLQ-003').id = 'SLQ-002')),
    ['rule:duplicate-indicator-id'],
    'the indicator id “SLQ-002” is used more than once',
  ],
  [
    'an indicator with a retired id',
    () => district((_, __, indicators) => (byId(indicators, 'SLQ-013').id = 'SLQ-012')),
    ['rule:retired-id-used'],
    'was retired in an earlier version',
  ],
  [
    'a retired id listed twice',
    () => district((_, meta) => (meta.retired = ['SLQ-012', 'SLQ-012'])),
    ['rule:duplicate-retired-id'],
    'is listed more than once',
  ],
  [
    'a release note about an indicator the set never had',
    () =>
      district(
        (_, meta) =>
          (meta.releaseNotes = [
            {
              // SLQ-012 is retired: a note may name it. SLQ-099 the set never had.
              indicators: ['SLQ-001', 'SLQ-012', 'SLQ-099'],
              change: { zh: '口径改为按户统计。', en: 'Now counted per household.' },
              reason: { zh: '与统计年鉴一致。', en: 'As the statistical yearbook counts.' },
            },
          ]),
      ),
    ['rule:unknown-release-note-id'],
    'a release note names the indicator “SLQ-099”',
  ],
  [
    'an unknown dimension',
    () => district((_, __, indicators) => (byId(indicators, 'SLQ-007').dimension = 'XX')),
    ['rule:unknown-dimension'],
    'the dimension “XX” is not defined',
  ],
  [
    'dimension weights that do not add up to 100',
    () =>
      district(
        (_, meta) =>
          ((meta.dimensions as Json[])[3] = { ...(meta.dimensions as Json[])[3], weight: 10 }),
      ),
    ['rule:dimension-weights'],
    'add up to 95; they must add up to 100',
  ],
  [
    'level thresholds that do not rise',
    () => district((_, meta) => (meta.thresholds = [25, 65, 45, 85])),
    ['rule:thresholds-not-rising'],
    'must be higher than the one before',
  ],
  [
    'capability weights without exactly one primary',
    () => district((_, __, indicators) => (byId(indicators, 'SLQ-002').capabilities = { MF: 0.5 })),
    ['rule:primary-capability'],
    'exactly one capability must have the weight 1',
  ],
  [
    'a capability no indicator has as its primary one',
    () =>
      district(
        (_, __, indicators) => (byId(indicators, 'SLQ-005').capabilities = { SA: 1, DT: 0.5 }),
      ),
    ['rule:capability-without-primary'],
    'no indicator has DT as its primary capability',
  ],
  [
    'a rubric with the wrong number of levels',
    () =>
      district((_, __, indicators) => {
        const answer = byId(indicators, 'SLQ-009').answer
        const levels = answer.levels as Json[]
        answer.levels = [...levels, { ...levels[3], level: 5 }]
      }),
    ['rule:rubric-level-count'],
    'the rubric has 5 levels; every rubric of this set must have 4',
  ],
  [
    'a KPI whose target equals its baseline',
    () => district((_, __, indicators) => (byId(indicators, 'SLQ-002').answer.target = 0)),
    ['rule:target-equals-baseline'],
    'the target equals the baseline',
  ],
  [
    'a lower-is-better KPI with its target above the baseline',
    () => district((_, __, indicators) => (byId(indicators, 'SLQ-003').answer.target = 12)),
    ['rule:target-above-baseline'],
    'lower values are better',
  ],
  [
    'a county target equal to the baseline counties are held to',
    () => district((_, __, indicators) => (byId(indicators, 'SLQ-002').answer.county = county(0))),
    ['rule:county-target-equals-baseline'],
    'the target for county-level cities equals their baseline',
  ],
  [
    'a higher-is-better county target below the county baseline',
    () =>
      district(
        (_, __, indicators) =>
          (byId(indicators, 'SLQ-001').answer.county = { ...county(40), baseline: 50 }),
      ),
    ['rule:county-target-below-baseline'],
    'the target for county-level cities is below their baseline',
  ],
  [
    'a lower-is-better county target above the baseline',
    () => district((_, __, indicators) => (byId(indicators, 'SLQ-003').answer.county = county(12))),
    ['rule:county-target-above-baseline'],
    'the target for county-level cities is above their baseline',
  ],
  [
    'a county target outside the allowed values',
    () =>
      district((_, __, indicators) => (byId(indicators, 'SLQ-010').answer.county = county(120))),
    ['rule:outside-range'],
    'the target for county-level cities lies outside the allowed range',
  ],
  [
    'a county target on an indicator county-level cities are not asked',
    () =>
      district((_, __, indicators) => {
        const indicator = byId(indicators, 'SLQ-006')
        indicator.applicability = 'prefecture-and-above'
        indicator.answer.county = county(60)
      }),
    ['rule:county-not-asked'],
    'county-level cities are not asked this indicator',
  ],
  [
    'the id of the built-in set',
    () => district((_, meta) => (meta.setId = 'scm-default')),
    ['rule:built-in-set-id'],
    '“scm-default” is the id of a set built into this app',
  ],
  [
    'the built-in set itself, brought back unchanged',
    () => builtIn(),
    ['rule:built-in-set-id'],
    'Give your set an id of its own',
  ],
  [
    'a text over the length limit',
    () =>
      district((_, __, indicators) => {
        const method = byId(indicators, 'SLQ-001').method as Json
        method.en = 'Count. '.repeat(600)
      }),
    ['too-long'],
    'is too long (at most 4000 characters)',
  ],
  [
    'too many indicators',
    () =>
      district((file, __, [first]) => {
        file.indicators = Array.from({ length: 501 }, (_, i) => ({
          ...first,
          id: `SLQ-${String(i).padStart(3, '0')}`,
        }))
      }),
    ['too-many-indicators'],
    'The file has 501 indicators; a set may have at most 500.',
  ],
  [
    'deeply nested junk',
    () =>
      districtText.replace(
        '"setId"',
        `"junk": ${'['.repeat(100_000)}${']'.repeat(100_000)},\n    "setId"`,
      ),
    ['too-deep'],
    'nested more than 12 levels deep',
  ],
  [
    'Chinese text without Chinese',
    () =>
      district((_, __, indicators) => {
        const name = byId(indicators, 'SLQ-004').name as Json
        name.zh = 'Service ratings'
      }),
    ['rule:zh-without-chinese'],
    'Indicator SLQ-004 ($.indicators[3].name.zh): the Chinese text has no Chinese characters.',
  ],
  [
    'an unknown field',
    () => district((_, meta) => (meta.isAdmin = true)),
    ['unknown-key'],
    '$.meta contains a field “isAdmin”',
  ],
  [
    'a malformed indicator id',
    () => district((_, __, indicators) => (byId(indicators, 'SLQ-006').id = 'slq-6')),
    ['bad-format'],
    'should be an indicator id such as ZJ-001',
  ],
  [
    'an adapted source without a note, and an unknown source',
    () =>
      district((_, __, indicators) => {
        byId(indicators, 'SLQ-002').sources = [
          { source: 'GB/T 33356-2016', ref: 'L1P1-A2', provenance: 'adapted' },
          { source: 'Provincial plan', provenance: 'standard' },
        ]
      }),
    ['rule:source-needs-note', 'rule:unknown-source'],
    'marked “adapted”: add a note',
  ],
  [
    'two options with one id',
    () =>
      district((_, __, indicators) => {
        const options = byId(indicators, 'SLQ-011').answer.options as Json[]
        options[1] = { ...options[1], id: 'none' }
      }),
    ['rule:duplicate-option-id'],
    'the option id “none” is used more than once',
  ],
  [
    'a weight profile with an unknown dimension and a source not in the list',
    () =>
      withProfile({
        source: 'District scheme 2027',
        dimensionWeights: { GS: 50, GG: 30, DX: 20 },
        reportedApart: ['SS', 'DR'],
      }),
    ['rule:profile-unknown-source', 'rule:profile-unknown-dimension'],
    'the source “District scheme 2027” is not in the set’s list of sources',
  ],
  [
    'a weight profile whose weights do not add up to 100',
    () => withProfile({ dimensionWeights: { GS: 50, GG: 30, DR: 30 } }),
    ['rule:profile-weights'],
    'add up to 110; they must add up to 100',
  ],
  [
    'a weight profile giving a sub-dimension more than its dimension',
    () => withProfile({ subdimensionWeights: { 'GS-HOTLINE': 60 } }),
    ['rule:profile-subdimension-weights'],
    'the sub-dimensions of “GS” are given 60 of the dimension’s 50',
  ],
  [
    'a weight profile that leaves a dimension without weight',
    () => withProfile({ reportedApart: [] }),
    ['rule:profile-dimension-unweighted'],
    'gives the dimension “SS” no weight',
  ],
  [
    'two weight profiles with one id',
    () =>
      district(
        (_, meta) =>
          (meta.weightProfiles = [
            districtProfile,
            { ...districtProfile, name: { zh: '乙', en: 'B' } },
          ]),
      ),
    ['rule:duplicate-profile-id'],
    'the weight profile id “district-2027” is used more than once',
  ],
  [
    'a weight profile named like the set’s own weights',
    () => withProfile({ id: 'default' }),
    ['rule:reserved-profile-id'],
    'is the name of the set’s own weights',
  ],
  [
    'a weight profile with an id that is not a slug',
    () => withProfile({ id: 'District 2027' }),
    ['bad-format'],
    'should be made of lowercase letters, digits and hyphens only',
  ],
]

const read = (file: string | Uint8Array): SetFileResult =>
  typeof file === 'string' ? parseSetFile(file, options) : parseSetFileBytes(file, options)

beforeAll(() => {
  addSetsText()
})

afterEach(() => {
  expect(({} as Json).polluted).toBeUndefined()
})

describe('bad set files', () => {
  it('are at least 20, each refused for a different reason', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
    expect(new Set(cases.map(([, , , reason]) => reason)).size).toBe(cases.length)
  })

  it.each(cases)('refuses %s', (_, file, expected, reason) => {
    const result = read(file())
    expect(codes(result)).toEqual(expected)
    if (result.ok) return
    const [first] = result.problems as [SetFileProblem]
    expect(describeSetProblem(first, i18next.getFixedT('en'))).toContain(reason)
    for (const language of ['en', 'zh-CN'] as const) {
      for (const problem of result.problems) {
        const text = describeSetProblem(problem, i18next.getFixedT(language))
        expect(text).not.toMatch(/\{\{|\bsets\./)
        expect(text.length).toBeLessThan(400)
        if (language === 'zh-CN') expect(text).toMatch(/[\u4e00-\u9fff]/)
      }
    }
  })
})

describe('good set files', () => {
  it('reads the 12-indicator district set: its own dimensions, levels and ids', () => {
    const result = parseSetFile(districtText, options)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const { meta, indicators } = result.set
    expect(indicators).toHaveLength(12)
    expect(meta.setId).toBe('example-district-gov')
    expect(meta.dimensions.map((d) => [d.id, d.weight])).toEqual([
      ['GS', 35],
      ['GG', 25],
      ['DR', 25],
      ['SS', 15],
    ])
    expect(meta.thresholds).toEqual([25, 45, 65, 85])
    expect(meta.rubricLevels).toBe(4)
    expect(meta.retired).toEqual(['SLQ-012'])
    expect(indicators.every((i) => /^SLQ-\d{3}$/.test(i.id))).toBe(true)
    expect(new Set(indicators.map((i) => i.answer.type))).toEqual(
      new Set(['kpi', 'level', 'boolean', 'choice']),
    )
    expect(new Set(indicators.map(primaryCapability))).toEqual(new Set(capabilityIds))
    const provenances = indicators.flatMap((i) => i.sources.map((s) => s.provenance))
    expect(new Set(provenances)).toEqual(new Set(['adapted', 'defined']))
    expect(indicators.flatMap((i) => i.sources).every((s) => s.note !== undefined)).toBe(true)
  })

  it('reads the district set with a weight profile', () => {
    const result = parseSetFile(districtWithProfileText(), options)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.set.meta.weightProfiles).toEqual([districtProfile])
  })

  it('reads the release file of the built-in set, equal to that release as the app reads it', () => {
    const result = parseSetFile(builtIn(), { builtInSetIds: [] })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const shipped = must(readReleases()[0], 'the first release').set
    // The file leaves out the meta header's link to indicators/schema.json, which is not data.
    expect(result.set).toEqual({
      ...shipped,
      meta: { ...shipped.meta, $schema: undefined },
    })
  })
})
