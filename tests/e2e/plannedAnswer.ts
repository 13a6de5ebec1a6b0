import { assertNever } from '../../src/domain/assertNever'
import type { Page } from 'playwright-core'
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

/**
 * Types a planned answer from the keyboard into the card that has focus (its first input, where
 * "Next unanswered" puts it).
 */
export const typePlannedAnswer = async (page: Page, plan: PlannedAnswer): Promise<void> => {
  switch (plan.kind) {
    case 'ratio':
      await page.keyboard.press('Tab') // from the entry-mode radios to the numerator
      await page.keyboard.type(plan.numerator)
      await page.keyboard.press('Tab')
      await page.keyboard.type(plan.denominator)
      break
    case 'value':
      await page.keyboard.type(plan.value)
      break
    case 'radio':
      await page.keyboard.press('Space')
      for (let i = 0; i < plan.downPresses; i++) await page.keyboard.press('ArrowDown')
      break
    default:
      assertNever(plan)
  }
}
