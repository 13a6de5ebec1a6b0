import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Answer, AnswerValue } from '../../src/domain/assessment/answer'
import { assertNever } from '../../src/domain/assertNever'
import type { IndicatorSet } from '../../src/domain/indicators/schema'
import type { WeightProfile } from '../../src/domain/indicators/weightProfileSchema'

/**
 * A weight profile for the 12-indicator district set (`district-12.set.json`): the district's
 * 2027 weighting, which weights government services 50 (the hotline 30 of them), governance 30 and
 * data 20, and reports security apart. Sound under every integrity rule.
 */
export const districtProfile: WeightProfile = {
  id: 'district-2027',
  name: { zh: '示例区 2027 年权重', en: 'Example District 2027 weighting' },
  source: 'District scheme 2026',
  verification: 'verified',
  note: {
    zh: '2027 年起示例区加重政务服务，安全保障改为单列报告，不计入总分，也不扣分。',
    en: 'From 2027 the district weights government services more and reports security apart: it is left out of the total and nothing is deducted.',
  },
  dimensionWeights: { GS: 50, GG: 30, DR: 20 },
  subdimensionWeights: { 'GS-HOTLINE': 30 },
  reportedApart: ['SS'],
}

/**
 * The district set file with `districtProfile` (or `profiles`) in its header, as version 1.2.0
 * (another content needs another version), as text to import.
 */
export const districtWithProfileText = (profiles: unknown[] = [districtProfile]): string => {
  const text = readFileSync(
    resolve(import.meta.dirname, '../fixtures/sets/district-12.set.json'),
    'utf8',
  )
  const file = JSON.parse(text) as { meta: Record<string, unknown> }
  file.meta.version = '1.2.0'
  file.meta.weightProfiles = profiles
  return JSON.stringify(file, null, 2)
}

/**
 * A valid answer to every indicator of `set`, spread over the range (the i-th indicator at a share
 * (i × 37 mod 100) % of the way from baseline to target, the i-th rubric level or option), so that
 * dimensions score differently and another weighting moves the total.
 */
export const spreadAnswers = (set: IndicatorSet): Record<string, Answer> =>
  Object.fromEntries(
    set.indicators.map((indicator, i) => {
      const def = indicator.answer
      const share = ((i * 37) % 100) / 100
      let value: AnswerValue
      switch (def.type) {
        case 'kpi': {
          const measured = def.baseline + share * (def.target - def.baseline)
          value =
            def.ratio === undefined
              ? { type: 'kpi', value: measured }
              : { type: 'ratio', numerator: measured, denominator: def.ratio.multiplier }
          break
        }
        case 'level':
          value = { type: 'level', level: def.levels[i % def.levels.length]?.level ?? 1 }
          break
        case 'boolean':
          value = { type: 'boolean', value: i % 2 === 0 }
          break
        case 'choice':
          value = { type: 'choice', optionId: def.options[i % def.options.length]?.id ?? '' }
          break
        default:
          return assertNever(def)
      }
      return [indicator.id, { value }]
    }),
  )
