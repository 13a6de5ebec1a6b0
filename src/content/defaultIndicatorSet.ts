/**
 * The default indicator set, bundled at build time from `indicators/*.json` so the app works
 * offline. This is the only module in `src` that reads indicator content.
 */
import {
  assembleIndicatorSet,
  type AssembleResult,
  type DataFile,
} from '../domain/indicators/assembleIndicatorSet'
import type { IndicatorSet } from '../domain/indicators/schema'

const modules = import.meta.glob<unknown>(['/indicators/*.json', '!/indicators/schema.json'], {
  eager: true,
  import: 'default',
})

/** The raw files, meta first, then indicator files in name order (L1…L8). */
export const defaultIndicatorFiles = (): DataFile[] =>
  Object.entries(modules)
    .map(([name, data]) => ({ name: name.replace(/^\//, ''), data }))
    .sort((a, b) =>
      a.name.endsWith('meta.json')
        ? -1
        : b.name.endsWith('meta.json')
          ? 1
          : a.name.localeCompare(b.name),
    )

let cached: AssembleResult | undefined

export const loadDefaultIndicatorSet = (): AssembleResult =>
  (cached ??= assembleIndicatorSet(defaultIndicatorFiles()))

/** The shipped set; tests guarantee it is valid, so a failure here is a build defect. */
export const defaultIndicatorSet = (): IndicatorSet => {
  const result = loadDefaultIndicatorSet()
  if (!result.ok)
    throw new Error(
      `The bundled indicator set is invalid: ${result.issues.map((i) => `${i.where}: ${i.message}`).join('; ')}`,
    )
  return result.set
}
