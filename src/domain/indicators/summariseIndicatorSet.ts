import { primaryCapability } from './capabilities'
import type { AssembleIssue } from './assembleIndicatorSet'
import { capabilityIds, type IndicatorSet } from './schema'
import type { SetRuleCode } from './setRule'

export type IndicatorSetSummary = {
  total: number
  dimensions: { id: string; zh: string; en: string; weight: number; count: number }[]
  primaryCapability: Record<string, number>
  types: Record<string, number>
  provenance: { standard: number; adapted: number; defined: number }
  missingTranslations: number
}

/** The checker's rules about a text's two languages. */
const translationCodes: ReadonlySet<string> = new Set<SetRuleCode>([
  'zh-without-chinese',
  'en-mostly-chinese',
])

const tally = (keys: readonly string[], seed: readonly string[] = []) => {
  const out: Record<string, number> = Object.fromEntries(seed.map((k) => [k, 0]))
  for (const key of keys) out[key] = (out[key] ?? 0) + 1
  return out
}

/**
 * Counts for `npm run indicators:summary`. Provenance counts each indicator once, by its primary
 * (first) source; missing translations are the checker's translation issues plus schema issues on
 * a `zh` or `en` field.
 */
export const summariseIndicatorSet = (
  set: IndicatorSet,
  issues: readonly AssembleIssue[],
): IndicatorSetSummary => ({
  total: set.indicators.length,
  dimensions: set.meta.dimensions.map((d) => ({
    id: d.id,
    zh: d.name.zh,
    en: d.name.en,
    weight: d.weight,
    count: set.indicators.filter((i) => i.dimension === d.id).length,
  })),
  primaryCapability: tally(
    set.indicators.flatMap((i) => {
      const primary = primaryCapability(i)
      return primary === null ? [] : [primary]
    }),
    capabilityIds,
  ),
  types: tally(set.indicators.map((i) => i.answer.type)),
  provenance: {
    standard: 0,
    adapted: 0,
    defined: 0,
    ...tally(
      set.indicators.flatMap((i) => (i.sources[0] === undefined ? [] : [i.sources[0].provenance])),
    ),
  },
  missingTranslations: issues.filter(
    (i) => translationCodes.has(i.code) || /\.(zh|en)$/.test(i.where),
  ).length,
})
