import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { assertNever } from '../../src/domain/assertNever'
import { assembleIndicatorSet } from '../../src/domain/indicators/assembleIndicatorSet'
import type { Indicator, IndicatorSet } from '../../src/domain/indicators/schema'

/** The shipped indicator set, read from disk (the browser tests run in Node). */
export const shippedSet = (): IndicatorSet => {
  const dir = resolve(import.meta.dirname, '../../indicators')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort((a, b) => (a === 'meta.json' ? -1 : b === 'meta.json' ? 1 : a.localeCompare(b)))
    .map((name) => ({ name, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown }))
  const result = assembleIndicatorSet(files)
  if (!result.ok) throw new Error('shipped indicator set is invalid')
  return result.set
}

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
