/**
 * Replaces src/content/defaultIndicatorSet.ts in the UI benchmark build only: the shipped set
 * cycled to __BENCH_UI_INDICATORS__ indicators (150 unless told) with fresh ids, so typing is measured in a questionnaire of that size.
 */
import { assembleIndicatorSet } from '../../src/domain/indicators/assembleIndicatorSet'
import type { IndicatorSet } from '../../src/domain/indicators/schema'

const modules = import.meta.glob<unknown>(['/indicators/*.json', '!/indicators/schema.json'], {
  eager: true,
  import: 'default',
})
const files = Object.entries(modules)
  .map(([name, data]) => ({ name, data }))
  .sort((a, b) =>
    a.name.endsWith('meta.json')
      ? -1
      : b.name.endsWith('meta.json')
        ? 1
        : a.name.localeCompare(b.name),
  )

/** How many indicators, set by scripts/benchUi.ts (BENCH_UI_INDICATORS, 150 by default). */
declare const __BENCH_UI_INDICATORS__: number

const shipped = assembleIndicatorSet(files)
if (!shipped.ok) throw new Error('invalid shipped set')
const base = shipped.set
const stressed: IndicatorSet = {
  meta: base.meta,
  indicators: Array.from({ length: __BENCH_UI_INDICATORS__ }, (_, n) => {
    const source = base.indicators[n % base.indicators.length]
    if (source === undefined) throw new Error('empty set')
    return { ...source, id: `SC-${String(n + 1).padStart(3, '0')}` }
  }),
}

export const loadIndicatorText = (): Promise<void> => Promise.resolve()
export const defaultIndicatorSet = (): IndicatorSet => stressed
export const indicatorSetCore = defaultIndicatorSet
