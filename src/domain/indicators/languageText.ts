/**
 * Splitting the long texts of an indicator set from its structure, so a browser downloads the
 * methods and rubrics of one language only when a screen shows them. A "text" is any object whose
 * keys are exactly `zh` and `en` (LocalizedText).
 */
import type { IndicatorSet } from './schema'

export type Side = 'zh' | 'en'

const isText = (value: object): value is { zh: string; en: string } => {
  const keys = Object.keys(value)
  return keys.length === 2 && keys.includes('zh') && keys.includes('en')
}

const mapTree = (
  value: unknown,
  text: (t: { zh: string; en: string }, path: string) => unknown,
  path = '',
): unknown => {
  if (Array.isArray(value)) return value.map((v, i) => mapTree(v, text, `${path}/${i}`))
  if (value === null || typeof value !== 'object') return value
  if (isText(value)) return text(value, path)
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, mapTree(v, text, `${path}/${k}`)]),
  )
}

/**
 * Keys of the long explanatory texts: read where an indicator is studied (questionnaire, results,
 * print, methodology), never on the first screen, which needs only structure, names and units.
 * `change` and `reason` are the release notes' (`meta.releaseNotes`), which only the methodology
 * page shows.
 */
export const detailTextKeys: ReadonlySet<string> = new Set([
  'description',
  'method',
  'evidence',
  'descriptor',
  'note',
  'targetRationale',
  'definition',
  'thresholdSource',
  'numerator',
  'denominator',
  'change',
  'reason',
])

/**
 * One language's detail texts in the order they occur in the set (depth first, keys in file order):
 * positions instead of paths keep the chunk small. Empty texts keep their place.
 */
export type DetailTexts = readonly string[]

const keyOf = (path: string) => path.slice(path.lastIndexOf('/') + 1)

/**
 * Splits a one-language set (from `keepLanguage`) into the set with every detail text emptied and
 * those texts in order. `addDetails(core, side, details)` gives the set back unchanged.
 */
export const splitDetails = (
  set: IndicatorSet,
  side: Side,
): { core: IndicatorSet; details: DetailTexts } => {
  const details: string[] = []
  const core = mapTree(set, (t, path) => {
    if (!detailTextKeys.has(keyOf(path))) return t
    details.push(t[side])
    return { zh: '', en: '' }
  }) as IndicatorSet
  return { core, details }
}

/**
 * Fills `side` of every detail text, in order, from a `splitDetails` of a set of the same shape
 * (the same build). Returns null when the counts differ: the texts belong to another set.
 */
export const addDetails = (
  set: IndicatorSet,
  side: Side,
  details: DetailTexts,
): IndicatorSet | null => {
  let next = 0
  const filled = mapTree(set, (t, path) => {
    if (!detailTextKeys.has(keyOf(path))) return t
    const text = details[next++] ?? ''
    return text === '' ? t : { ...t, [side]: text }
  }) as IndicatorSet
  return next === details.length ? filled : null
}
