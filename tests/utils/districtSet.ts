import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { builtInSetIds, customSets, registerCustomSet } from '../../src/content/defaultIndicatorSet'
import type { IndicatorSet } from '../../src/domain/indicators/schema'
import { parseSetFile } from '../../src/domain/indicators/setFile'
import { must } from '../../src/domain/testing/must'
import { assessments } from '../../src/store/appStore'

/** The text of the district's own set (12 indicators, `example-district-gov` 1.1.0). */
export const districtSetText = readFileSync(
  resolve(import.meta.dirname, '../fixtures/sets/district-12.set.json'),
  'utf8',
)

/** The district's set, read with every check of a set file, as the app reads it. */
export const districtSet = (): IndicatorSet => {
  const read = parseSetFile(districtSetText, { builtInSetIds })
  return must(read.ok ? read.set : null, 'the district set to read')
}

/**
 * Makes `set` usable as the store does once it has stored it: registered with the content registry
 * (for the rest of the test file: registrations are never undone) and listed in the store.
 */
export const registerInStore = (set: IndicatorSet): void => {
  registerCustomSet(set)
  assessments.store.setState({ customSets: customSets() })
}
