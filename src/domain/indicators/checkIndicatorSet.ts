/**
 * Integrity rules that a schema alone cannot express. Every problem is reported, so that a
 * content editor fixes a file in one pass; bad data fails CI, never an official's session. The
 * same rules check a set a user imports (`setFile.ts`), with the options of an imported set.
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import { primaryCapability } from './capabilities.ts'
import { checkAnswerDefinition, checkTranslation } from './checkAnswerDefinition.ts'
import { checkReleaseNotes } from './checkReleaseNotes.ts'
import { capabilityIds, type Indicator, type IndicatorSet } from './schema.ts'
import { checkWeightProfiles } from './checkWeightProfiles.ts'
import { setIssue, type SetIssue, type SetPathSegment, type SetRule } from './setRule.ts'

export type { SetIssue } from './setRule.ts'

export type CheckOptions = {
  /** Known U4SSC KPI codes (indicators/reference/u4ssc-kpis.csv); when given, every U4SSC ref must be one. */
  u4sscCodes?: readonly string[]
  /**
   * Each capability must be the primary one of at least this many indicators; 1 unless told, so
   * that no axis of the capability radar is ever empty.
   */
  minPrimaryPerCapability?: number
  /** When given, every indicator id must start with this prefix and a hyphen (`SC` for the built-in sets). */
  idPrefix?: string
  /** Ids of the sets built into the app, which a set brought by a user may not take. */
  builtInSetIds?: readonly string[]
}

/** U4SSC codes are matched with or without the core/advanced suffix, which is uncertain for a few. */
const withoutSuffix = (code: string) => code.replace(/\s+/g, '').replace(/[CA]$/, '')

const textFields = ['name', 'description', 'method', 'evidence'] as const

/** Each value after its first occurrence, with its index. */
const repeats = <T>(values: readonly T[]): [T, number][] => {
  const seen = new Set<T>()
  const out: [T, number][] = []
  values.forEach((value, index) => {
    if (seen.has(value)) out.push([value, index])
    seen.add(value)
  })
  return out
}

const checkSources = (
  set: IndicatorSet,
  indicator: Indicator,
  options: CheckOptions,
  add: (rule: SetRule, ...path: SetPathSegment[]) => void,
): void => {
  const known = options.u4sscCodes?.map(withoutSuffix)
  indicator.sources.forEach((source, k) => {
    if (!set.meta.sources.some((s) => s.id === source.source))
      add({ code: 'unknown-source', source: source.source }, 'sources', k, 'source')
    if (source.provenance !== 'standard' && source.note === undefined)
      add(
        { code: 'source-needs-note', source: source.source, provenance: source.provenance },
        'sources',
        k,
      )
    if (source.source === 'U4SSC' && known !== undefined && source.ref !== undefined) {
      const refs = source.ref.split(/[,;，、]/).map((r) => r.trim())
      for (const ref of refs) {
        if (/^(EC|EN|SC):/.test(ref) && !known.includes(withoutSuffix(ref)))
          add({ code: 'unknown-u4ssc-code', ref }, 'sources', k, 'ref')
      }
    }
  })
}

const checkIndicator = (
  set: IndicatorSet,
  indicator: Indicator,
  index: number,
  options: CheckOptions,
): SetIssue[] => {
  const place = { indicator: indicator.id, where: indicator.id, path: ['indicators', index] }
  const issues: SetIssue[] = []
  const add = (rule: SetRule, ...path: SetPathSegment[]) =>
    issues.push(setIssue(rule, { ...place, path: [...place.path, ...path] }))
  const prefix = options.idPrefix
  if (prefix !== undefined && !indicator.id.startsWith(`${prefix}-`))
    add({ code: 'id-prefix', id: indicator.id, prefix }, 'id')
  const dimension = set.meta.dimensions.find((d) => d.id === indicator.dimension)
  if (dimension === undefined)
    add({ code: 'unknown-dimension', dimension: indicator.dimension }, 'dimension')
  const subs = dimension?.subdimensions ?? []
  if (indicator.subdimension === undefined && subs.length > 0)
    add({ code: 'missing-subdimension', dimension: indicator.dimension }, 'dimension')
  if (indicator.subdimension !== undefined && !subs.some((s) => s.id === indicator.subdimension))
    add({ code: 'unknown-subdimension', subdimension: indicator.subdimension }, 'subdimension')
  const weights = capabilityIds
    .map((id) => indicator.capabilities[id])
    .filter((w) => w !== undefined)
  if (weights.filter((w) => w === 1).length !== 1)
    add({ code: 'primary-capability' }, 'capabilities')
  if (
    indicator.applicability === 'prefecture-and-above' &&
    indicator.answer.type === 'kpi' &&
    indicator.answer.county !== undefined
  )
    // A target no assessment could ever be held to: the questionnaire never asks it of a county.
    add({ code: 'county-not-asked' }, 'answer', 'county')
  checkSources(set, indicator, options, add)
  indicator.sources.forEach((source, k) => {
    if (source.note !== undefined)
      issues.push(
        ...checkTranslation(source.note, {
          ...place,
          where: `${place.where} source note`,
          path: [...place.path, 'sources', k, 'note'],
        }),
      )
  })
  for (const field of textFields)
    issues.push(
      ...checkTranslation(indicator[field], {
        ...place,
        where: `${place.where} ${field}`,
        path: [...place.path, field],
      }),
    )
  issues.push(
    ...checkAnswerDefinition(indicator.answer, set.meta.rubricLevels, {
      ...place,
      path: [...place.path, 'answer'],
    }),
  )
  return issues
}

const checkMeta = (set: IndicatorSet, options: CheckOptions): SetIssue[] => {
  const { meta } = set
  const issues: SetIssue[] = []
  const add = (rule: SetRule, ...path: SetPathSegment[]) =>
    issues.push(setIssue(rule, { where: 'meta', path: ['meta', ...path] }))
  if (options.builtInSetIds?.includes(meta.setId))
    add({ code: 'built-in-set-id', setId: meta.setId }, 'setId')
  const total = meta.dimensions.reduce((sum, d) => sum + d.weight, 0)
  if (Math.abs(total - 100) > 1e-9) add({ code: 'dimension-weights', total }, 'dimensions')
  const ids = meta.dimensions.flatMap((d) => [d.id, ...(d.subdimensions ?? []).map((s) => s.id)])
  for (const [id] of repeats(ids)) add({ code: 'duplicate-dimension-id', id }, 'dimensions')
  if (meta.thresholds.some((t, i) => i > 0 && t <= (meta.thresholds[i - 1] ?? 0)))
    add({ code: 'thresholds-not-rising' }, 'thresholds')
  if (meta.levels.some((l, i) => l.id !== `L${i + 1}`))
    add({ code: 'levels-out-of-order' }, 'levels')
  for (const capability of capabilityIds) {
    if (!meta.capabilities.some((c) => c.id === capability))
      add({ code: 'capability-missing', capability }, 'capabilities')
  }
  for (const [id, i] of repeats(meta.sources.map((s) => s.id)))
    add({ code: 'duplicate-source-id', id }, 'sources', i, 'id')
  for (const [id, i] of repeats(meta.retired ?? []))
    add({ code: 'duplicate-retired-id', id }, 'retired', i)
  checkWeightProfiles(meta, add)
  return issues
}

const checkCoverage = (set: IndicatorSet, options: CheckOptions): SetIssue[] => {
  const issues: SetIssue[] = []
  const add = (rule: SetRule, where: string, path: SetPathSegment[], indicator?: string) =>
    issues.push(setIssue(rule, { where, path, ...(indicator === undefined ? {} : { indicator }) }))
  for (const [id, i] of repeats(set.indicators.map((indicator) => indicator.id)))
    add({ code: 'duplicate-indicator-id', id }, id, ['indicators', i, 'id'], id)
  const retired = new Set(set.meta.retired ?? [])
  set.indicators.forEach(({ id }, i) => {
    if (retired.has(id)) add({ code: 'retired-id-used', id }, id, ['indicators', i, 'id'], id)
  })
  set.meta.dimensions.forEach((dimension, d) => {
    const members = set.indicators.filter((i) => i.dimension === dimension.id)
    const path = ['meta', 'dimensions', d]
    if (members.length === 0)
      add({ code: 'empty-dimension', dimension: dimension.id }, dimension.id, path)
    dimension.subdimensions?.forEach((sub, s) => {
      if (!members.some((i) => i.subdimension === sub.id))
        add({ code: 'empty-subdimension', subdimension: sub.id }, sub.id, [
          ...path,
          'subdimensions',
          s,
        ])
    })
  })
  const min = options.minPrimaryPerCapability ?? 1
  for (const capability of capabilityIds) {
    const count = set.indicators.filter((i) => primaryCapability(i) === capability).length
    const described = set.meta.capabilities.findIndex((c) => c.id === capability)
    const path = described === -1 ? ['meta', 'capabilities'] : ['meta', 'capabilities', described]
    if (count === 0 && min > 0)
      add({ code: 'capability-without-primary', capability }, capability, path)
    else if (count < min)
      add({ code: 'few-primary', capability, indicators: count, min }, capability, path)
  }
  return issues
}

/**
 * Every integrity problem of a schema-valid set, in the order header (its release notes last),
 * indicators as a whole, each indicator; an empty list means the set is sound.
 */
export const checkIndicatorSet = (set: IndicatorSet, options: CheckOptions = {}): SetIssue[] => [
  ...checkMeta(set, options),
  ...checkReleaseNotes(set),
  ...checkCoverage(set, options),
  ...set.indicators.flatMap((indicator, i) => checkIndicator(set, indicator, i, options)),
]
