/**
 * A small hand-checkable indicator set for engine tests: two dimensions (one with weighted
 * sub-dimensions), every answer type, a lower-is-better ratio KPI and a prefecture-only indicator.
 */
import type { Answers } from '../assessment/answer'
import type { Indicator, IndicatorSet, LocalizedText, MetaFile } from '../indicators/schema'
import { must } from './must'

/** A bilingual test text: the English as given, the Chinese marked as such. */
export const t = (en: string): LocalizedText => ({ zh: `中文${en}`, en })

const rubric = [1, 2, 3, 4, 5].map((level) => ({ level, descriptor: t(`level ${level}`) }))

/** A percentage KPI from 0 (baseline) to 100 (target), higher is better: the plainest answer. */
export const percentKpi: Indicator['answer'] = {
  type: 'kpi',
  unit: t('%'),
  direction: 'higher',
  baseline: 0,
  target: 100,
  targetRationale: t('r'),
  min: 0,
  max: 100,
}

export const tinyMeta: MetaFile = {
  kind: 'meta',
  setId: 'tiny',
  version: '1.0.0',
  released: '2026-01-01',
  name: t('tiny set'),
  sources: [{ id: 'S', title: t('source'), verification: 'verified', note: t('note') }],
  dimensions: [
    {
      id: 'D1',
      name: t('D1'),
      weight: 60,
      weightSource: 'standard',
      weightVerification: 'verified',
      subdimensions: [
        { id: 'P1', name: t('P1'), weight: 2, weightSource: 'standard' },
        { id: 'P2', name: t('P2'), weight: 1, weightSource: 'standard' },
      ],
    },
    {
      id: 'D2',
      name: t('D2'),
      weight: 40,
      weightSource: 'standard',
      weightVerification: 'verified',
    },
  ],
  capabilities: (['DG', 'DT', 'ED', 'MF', 'SA'] as const).map((id) => ({
    id,
    name: t(id),
    definition: t(id),
  })),
  levels: (['L1', 'L2', 'L3', 'L4', 'L5'] as const).map((id) => ({
    id,
    name: t(id),
    description: t(id),
  })),
  thresholds: [30, 50, 70, 90],
  thresholdSource: t('ITU'),
  provisionalBelowCoverage: 0.8,
  rubricLevels: 5,
}

const base = (id: string, dimension: string, subdimension?: string) => ({
  id,
  dimension,
  ...(subdimension === undefined ? {} : { subdimension }),
  name: t(id),
  description: t(id),
  method: t(id),
  evidence: t(id),
  sources: [{ source: 'S', provenance: 'standard' as const }],
  applicability: 'all' as const,
  weight: 1,
  weightSource: 'assumed-equal' as const,
})

export const tinyIndicators: Indicator[] = [
  {
    ...base('SC-001', 'D1', 'P1'),
    capabilities: { DG: 1, MF: 0.5 },
    answer: percentKpi,
  },
  {
    ...base('SC-002', 'D1', 'P1'),
    capabilities: { ED: 1 },
    answer: {
      type: 'kpi',
      unit: t('min'),
      direction: 'lower',
      baseline: 60,
      target: 10,
      targetRationale: t('r'),
      min: 0,
      ratio: { numerator: t('n'), denominator: t('d'), multiplier: 1 },
    },
  },
  {
    ...base('SC-003', 'D1', 'P2'),
    capabilities: { DT: 1, SA: 0.5 },
    answer: { type: 'level', levels: rubric },
  },
  {
    ...base('SC-004', 'D2'),
    capabilities: { SA: 1 },
    answer: { type: 'boolean', yes: t('yes'), no: t('no') },
  },
  {
    ...base('SC-005', 'D2'),
    applicability: 'prefecture-and-above',
    capabilities: { MF: 1 },
    answer: {
      type: 'choice',
      options: [
        { id: 'none', label: t('none'), score: 0 },
        { id: 'some', label: t('some'), score: 40 },
        { id: 'all', label: t('all'), score: 100 },
      ],
    },
  },
]

export const tinySet: IndicatorSet = { meta: tinyMeta, indicators: tinyIndicators }

/** One indicator of the tiny set by id; an id it does not hold fails the test at once. */
export const tinyIndicator = (id: string): Indicator =>
  must(
    tinyIndicators.find((i) => i.id === id),
    `${id} in the tiny set`,
  )

/**
 * Every indicator of the tiny set answered, with scores that can be checked on paper:
 * SC-001 80; SC-002 35 min (lower is better, 60 → 10) = (35 − 60) / (10 − 60) = 50;
 * SC-003 level 4 of 5 = 75; SC-004 yes = 100; SC-005 "some" = 40.
 */
export const fullAnswers: Answers = {
  'SC-001': { value: { type: 'kpi', value: 80 } },
  'SC-002': { value: { type: 'ratio', numerator: 70, denominator: 2 } },
  'SC-003': { value: { type: 'level', level: 4 } },
  'SC-004': { value: { type: 'boolean', value: true } },
  'SC-005': { value: { type: 'choice', optionId: 'some' } },
}
