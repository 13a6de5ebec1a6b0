import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { WeightProfile } from '../../src/domain/indicators/weightProfileSchema'

/**
 * A weight profile for the 12-indicator district set (`district-12.set.json`): the district's
 * 2027 weighting, which weights government services 50 (the hotline 30 of them), governance 30 and
 * data 20, and reports security apart. Sound under every integrity rule.
 */
export const districtProfile: WeightProfile = {
  id: 'district-2027',
  name: { zh: '示例区 2027 年权重', en: 'Example District 2027 weighting' },
  source: 'District scheme 2026',
  verification: 'verified',
  note: {
    zh: '2027 年起示例区加重政务服务，安全保障改为单列报告，不计入总分，也不扣分。',
    en: 'From 2027 the district weights government services more and reports security apart: it is left out of the total and nothing is deducted.',
  },
  dimensionWeights: { GS: 50, GG: 30, DR: 20 },
  subdimensionWeights: { 'GS-HOTLINE': 30 },
  reportedApart: ['SS'],
}

/**
 * The district set file with `districtProfile` (or `profiles`) in its header, as version 1.2.0
 * (another content needs another version), as text to import.
 */
export const districtWithProfileText = (profiles: unknown[] = [districtProfile]): string => {
  const text = readFileSync(
    resolve(import.meta.dirname, '../fixtures/sets/district-12.set.json'),
    'utf8',
  )
  const file = JSON.parse(text) as { meta: Record<string, unknown> }
  file.meta.version = '1.2.0'
  file.meta.weightProfiles = profiles
  return JSON.stringify(file, null, 2)
}
