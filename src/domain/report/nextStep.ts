/**
 * The concrete next step for one scored indicator: what the city would have to reach for its
 * score to rise. The rubric text, KPI target and option labels stay LocalizedText for the screen.
 */
import type { Answer } from '../assessment/answer'
import { assertNever } from '../assertNever'
import { kpiForCityLevel } from '../indicators/kpiForCityLevel'
import type { CityLevel, Indicator, LocalizedText } from '../indicators/schema'
import type { IndicatorOutcome } from '../scoring/outcome'

export type NextStep =
  | { kind: 'level'; level: number; descriptor: LocalizedText }
  | {
      kind: 'kpi'
      measured: number
      target: number
      /** Distance still to cover, positive while the target is not met: target − measured when
       * higher is better, measured − target when lower is better. */
      gap: number
      direction: 'higher' | 'lower'
      unit: LocalizedText
    }
  | { kind: 'choice'; option: { id: string; label: LocalizedText; score: number } }
  | { kind: 'boolean'; yes: LocalizedText }

/**
 * The next step above the current answer, or null when there is none:
 * - `level`: the lowest rubric level numbered above the answered level (needs the answer, since
 *   the score alone does not name the level); null at the top level or without a level answer;
 * - `kpi`: the target `cityLevel` is held to (`kpiForCityLevel`: a county-level city's own target
 *   where the indicator sets one, the one its score was measured against), the measured value
 *   (from the outcome, so ratio answers are already divided out) and the signed gap; null once
 *   the target is met (score 100);
 * - `choice`: the option with the lowest score above the current score (the first listed on a
 *   tie); null when no option scores higher, even if the best option scores below 100;
 * - `boolean`: achieve "yes"; null once it is "yes".
 * Null too when the outcome is not `scored` (N/A, open, excluded): there is no current state to
 * improve on.
 */
export const nextStep = (
  indicator: Indicator,
  outcome: IndicatorOutcome | undefined,
  answer: Answer | undefined,
  cityLevel: CityLevel,
): NextStep | null => {
  if (outcome?.state !== 'scored') return null
  const def = indicator.answer
  switch (def.type) {
    case 'level': {
      const current = answer?.value?.type === 'level' ? answer.value.level : undefined
      if (current === undefined) return null
      const above = def.levels.filter((l) => l.level > current).sort((a, b) => a.level - b.level)
      const next = above[0]
      return next === undefined
        ? null
        : { kind: 'level', level: next.level, descriptor: next.descriptor }
    }
    case 'kpi': {
      const { measured } = outcome
      if (measured === undefined || outcome.score >= 100) return null
      const { target } = kpiForCityLevel(def, cityLevel)
      const gap = def.direction === 'higher' ? target - measured : measured - target
      return {
        kind: 'kpi',
        measured,
        target,
        gap,
        direction: def.direction,
        unit: def.unit,
      }
    }
    case 'choice': {
      const better = def.options.filter((o) => o.score > outcome.score)
      const next = better.reduce<(typeof better)[number] | undefined>(
        (best, o) => (best === undefined || o.score < best.score ? o : best),
        undefined,
      )
      return next === undefined
        ? null
        : { kind: 'choice', option: { id: next.id, label: next.label, score: next.score } }
    }
    case 'boolean':
      return outcome.score >= 100 ? null : { kind: 'boolean', yes: def.yes }
    default:
      return assertNever(def)
  }
}
