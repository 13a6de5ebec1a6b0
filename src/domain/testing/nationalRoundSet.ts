/**
 * A set shaped like the built-in one (the eight GB/T 33356-2016 dimensions with their weights,
 * 惠民服务 with ten sub-dimensions, 精准治理 with three), one indicator per sub-dimension or
 * dimension, and the weight profile of the second national evaluation round exactly as the
 * shipped meta header is to carry it (`secondRoundProfile`, `secondRoundSource`). Every indicator
 * is a 0–100 KPI, so an answer's value is its score and totals can be worked out on paper.
 */
import type { Answer } from '../assessment/answer'
import type { Indicator, IndicatorSet, LocalizedText, MetaFile } from '../indicators/schema'
import type { WeightProfile } from '../indicators/weightProfileSchema'
import { capabilityIds } from '../indicators/schema'
import { percentKpi, t, tinyMeta } from './tinySet'

const zhEn = (zh: string, en: string): LocalizedText => ({ zh, en })

/** The source the profile cites, as the 1.1.0 meta header lists it. */
export const secondRoundSource: MetaFile['sources'][number] = {
  id: 'National evaluation 2018–2019',
  title: zhEn(
    '第二轮全国新型智慧城市评价（2018 年 12 月—2019 年 4 月）',
    'Second national evaluation of new-type smart cities (December 2018 – April 2019)',
  ),
  verification: 'secondary',
  note: zhEn('转载的专家访谈（二手来源）。', 'A reprinted expert interview (secondary source).'),
}

/** The profile of the second national evaluation round, as the shipped meta header carries it. */
export const secondRoundProfile: WeightProfile = {
  id: 'national-round-2',
  name: zhEn('第二轮全国评价权重（2018—2019）', 'Second national evaluation round (2018–2019)'),
  source: 'National evaluation 2018–2019',
  verification: 'secondary',
  note: zhEn(
    '第二轮全国新型智慧城市评价（2018 年 12 月—2019 年 4 月）的权重，来自转载的专家访谈（二手来源）：市民体验（该轮称“市民评价”）40、惠民服务 26、精准治理 11、生态宜居 6、智能设施（该轮称“基础设施”）5、信息资源 8、改革创新（该轮称“创新发展”）4；惠民服务中智慧农业 2、智慧社区 2，精准治理中社会信用 3（均为占总分的百分比；所在维度的其余子维度按本指标集的权重分享余下部分）。这些维度与本指标集维度的对应（智能设施→基础设施、改革创新→创新发展、市民体验→市民评价、网络安全→信息安全）是按名称推断的，未经核实。网络安全（该轮称“信息安全”）在该轮是倒扣分项，其扣分规则未公开：本方案将其单列报告，不计入总分，也不扣分。',
    'Weights of the second national evaluation of new-type smart cities (December 2018 – April 2019), from a reprinted expert interview (secondary source): citizen experience (called citizen evaluation in that round) 40, citizen services 26, precise governance 11, ecological liveability 6, smart infrastructure (called infrastructure) 5, information resources 8, reform and innovation (called innovation) 4; within citizen services, smart agriculture 2 and smart communities 2, within precise governance, social credit 3 (all percent of the total; the other sub-dimensions of their dimension share the rest by this set’s weights). Matching that round’s dimensions to this set’s (smart infrastructure → infrastructure, reform and innovation → innovation, citizen experience → citizen evaluation, cybersecurity → information security) is an inference from the names, not verified. Cybersecurity (called information security) was a deduction item in that round, and its deduction rules are not public: this profile reports it apart, leaves it out of the total and deducts nothing.',
  ),
  dimensionWeights: { L1: 26, L2: 11, L3: 6, L4: 5, L5: 8, L7: 4, L8: 40 },
  subdimensionWeights: { L1P9: 2, L1P10: 2, L2P3: 3 },
  reportedApart: ['L6'],
}

/** [id, name, default weight] of the eight dimensions of GB/T 33356-2016. */
const dimensions: [string, LocalizedText, number][] = [
  ['L1', zhEn('惠民服务', 'Citizen-benefit services'), 37],
  ['L2', zhEn('精准治理', 'Precise governance'), 9],
  ['L3', zhEn('生态宜居', 'Ecological liveability'), 8],
  ['L4', zhEn('智能设施', 'Smart infrastructure'), 7],
  ['L5', zhEn('信息资源', 'Information resources'), 7],
  ['L6', zhEn('网络安全', 'Cybersecurity'), 8],
  ['L7', zhEn('改革创新', 'Reform and innovation'), 4],
  ['L8', zhEn('市民体验', 'Citizen experience'), 20],
]

/** Sub-dimension weights as the 1.1.0 working copy has them (L1P9, L1P10 and L2P3 are new). */
const subdimensions: Record<string, [string, number][]> = {
  L1: [
    ['L1P1', 8],
    ['L1P2', 3],
    ['L1P3', 3],
    ['L1P4', 3],
    ['L1P5', 3],
    ['L1P6', 3],
    ['L1P7', 7],
    ['L1P8', 5],
    ['L1P9', 2],
    ['L1P10', 2],
  ],
  L2: [
    ['L2P1', 1],
    ['L2P2', 1],
    ['L2P3', 0.75],
  ],
}

export const nationalRoundMeta: MetaFile = {
  ...tinyMeta,
  setId: 'national-round',
  name: t('national round'),
  sources: [...tinyMeta.sources, secondRoundSource],
  dimensions: dimensions.map(([id, name, weight]) => ({
    id,
    name,
    weight,
    weightSource: 'standard' as const,
    weightVerification: 'verified' as const,
    ...(subdimensions[id] === undefined
      ? {}
      : {
          subdimensions: subdimensions[id].map(([sub, w]) => ({
            id: sub,
            name: t(sub),
            weight: w,
            weightSource: 'standard' as const,
          })),
        }),
  })),
  weightProfiles: [secondRoundProfile],
}

/** One indicator per sub-dimension (or per dimension without any), `SC-001` … in this order. */
type Group = [dimension: string, subdimension: string | undefined]
const groups: Group[] = dimensions.flatMap(
  ([id]): Group[] => subdimensions[id]?.map(([sub]): Group => [id, sub]) ?? [[id, undefined]],
)

export const nationalRoundIndicators: Indicator[] = groups.map(([dimension, subdimension], i) => {
  const id = `SC-${String(i + 1).padStart(3, '0')}`
  return {
    id,
    dimension,
    ...(subdimension === undefined ? {} : { subdimension }),
    name: t(id),
    description: t(id),
    method: t(id),
    evidence: t(id),
    sources: [{ source: 'S', provenance: 'standard' }],
    applicability: 'all',
    weight: 1,
    weightSource: 'assumed-equal',
    capabilities: { [capabilityIds[i % capabilityIds.length] ?? 'DG']: 1 },
    answer: percentKpi,
  }
})

export const nationalRoundSet: IndicatorSet = {
  meta: nationalRoundMeta,
  indicators: nationalRoundIndicators,
}

/** Answers giving each group's indicator the score `scores[group id]` (a sub-dimension or dimension id). */
export const nationalRoundAnswers = (scores: Record<string, number>): Record<string, Answer> =>
  Object.fromEntries(
    nationalRoundIndicators.flatMap((indicator) => {
      const score = scores[indicator.subdimension ?? indicator.dimension]
      return score === undefined ? [] : [[indicator.id, { value: { type: 'kpi', value: score } }]]
    }),
  )
