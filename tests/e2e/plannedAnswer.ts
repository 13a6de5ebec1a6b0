import { assertNever } from '../../src/domain/assertNever'
import type { Indicator } from '../../src/domain/indicators/schema'

/** What the keyboard journey types for an indicator, and what must be there after a reload. */
export type PlannedAnswer =
  | { kind: 'ratio'; numerator: string; denominator: string }
  | { kind: 'value'; value: string }
  | { kind: 'radio'; downPresses: number; expected: string }

export const plannedAnswer = (indicator: Indicator): PlannedAnswer => {
  const def = indicator.answer
  switch (def.type) {
    case 'kpi': {
      const mid = (def.baseline + def.target) / 2
      const value = String(Math.round(mid * 100) / 100)
      if (def.ratio !== undefined)
        return { kind: 'ratio', numerator: value, denominator: String(def.ratio.multiplier) }
      return { kind: 'value', value }
    }
    case 'level':
      return { kind: 'radio', downPresses: 2, expected: '3' }
    case 'choice':
      return { kind: 'radio', downPresses: 1, expected: def.options[1]?.id ?? '' }
    case 'boolean':
      return { kind: 'radio', downPresses: 0, expected: 'yes' }
    default:
      return assertNever(def)
  }
}
