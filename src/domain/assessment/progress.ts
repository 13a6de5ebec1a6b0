import type { Dimension, Indicator } from '../indicators/schema'
import type { IndicatorOutcome } from '../scoring/outcome'

export type SectionProgress = {
  dimension: Dimension
  indicators: Indicator[]
  done: number
  asked: number
}

const isDone = (o: IndicatorOutcome | undefined) => o?.state === 'scored' || o?.state === 'na'
const isAsked = (o: IndicatorOutcome | undefined) => o !== undefined && o.state !== 'excluded'

/**
 * The questionnaire's sections: per dimension, the indicators asked of this city (in set order) and
 * how many of them are answered or marked N/A.
 */
export const sectionProgress = (
  dimensions: readonly Dimension[],
  indicators: readonly Indicator[],
  outcomes: ReadonlyMap<string, IndicatorOutcome>,
): SectionProgress[] =>
  dimensions.map((dimension) => {
    const asked = indicators.filter(
      (i) => i.dimension === dimension.id && isAsked(outcomes.get(i.id)),
    )
    return {
      dimension,
      indicators: asked,
      done: asked.filter((i) => isDone(outcomes.get(i.id))).length,
      asked: asked.length,
    }
  })

/** The first asked indicator (in questionnaire order) that still needs an answer, after `afterId` if given, wrapping round. */
export const nextUnanswered = (
  sections: readonly SectionProgress[],
  outcomes: ReadonlyMap<string, IndicatorOutcome>,
  afterId?: string,
): string | null => {
  const order = sections.flatMap((s) => s.indicators.map((i) => i.id))
  const start = afterId === undefined ? 0 : order.indexOf(afterId) + 1
  const rotated = [...order.slice(start), ...order.slice(0, start)]
  return rotated.find((id) => !isDone(outcomes.get(id))) ?? null
}
