import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { IndicatorSet } from '../../src/domain/indicators/schema'
import { parseSetFile } from '../../src/domain/indicators/setFile'

/** The text of the 12-indicator district set written as a fixture (a set brought by a user). */
export const districtSetText = readFileSync(
  resolve(import.meta.dirname, '../fixtures/sets/district-12.set.json'),
  'utf8',
)

/** The district set as the app reads it, with every check of a set file. */
export const districtSet = (): IndicatorSet => {
  const read = parseSetFile(districtSetText, { builtInSetIds: ['scm-default'] })
  if (!read.ok) throw new Error('the district fixture must be a valid set file')
  return read.set
}
