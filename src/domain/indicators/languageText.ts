/**
 * Splitting and re-joining the bilingual text of an indicator set, so a browser can download one
 * language and fetch the other only when the user switches. A "text" is any object whose keys are
 * exactly `zh` and `en` (LocalizedText).
 */
import type { IndicatorSet } from './schema'

type Side = 'zh' | 'en'

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

/** The same set with only one language's text; the other side of every text is empty. */
export const keepLanguage = (set: IndicatorSet, side: Side): IndicatorSet =>
  mapTree(set, (t) => (side === 'zh' ? { zh: t.zh, en: '' } : { zh: '', en: t.en })) as IndicatorSet

/**
 * Fills the empty side of every text of `base` from `other`, a set of the same shape (the same
 * build, another language). Where both are empty, the text stays empty.
 */
export const joinLanguages = (base: IndicatorSet, other: IndicatorSet): IndicatorSet => {
  const lookup = new Map<string, { zh: string; en: string }>()
  mapTree(other, (t, path) => {
    lookup.set(path, t)
    return t
  })
  return mapTree(base, (t, path) => {
    const o = lookup.get(path)
    return { zh: t.zh === '' ? (o?.zh ?? '') : t.zh, en: t.en === '' ? (o?.en ?? '') : t.en }
  }) as IndicatorSet
}
