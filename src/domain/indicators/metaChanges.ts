/**
 * What differs between the meta headers of two indicator sets, split into changes that move scores
 * or levels and changes of wording. Every meta field is classified in `metaFields`, so a field added
 * to the schema does not compile until someone decides what its changes do.
 */
import { compareIds } from '../report/ranking'
import { sameData } from '../sameData'
import type { Dimension, MetaFile } from './schema'
import type { WeightProfile } from './weightProfileSchema'

type Subdimension = NonNullable<Dimension['subdimensions']>[number]

/**
 * A meta change that moves numbers: a dimension or sub-dimension that appears, disappears or is
 * weighted differently (dimension and total scores), the level thresholds and the coverage below
 * which a level is provisional (every level shown), and the number of levels every rubric must have
 * (the rubrics themselves are compared indicator by indicator), and a weight profile that appears,
 * disappears or weighs differently (the total of every assessment weighted with it).
 */
export type MetaChange =
  | { kind: 'dimension-added'; dimensionId: string }
  | { kind: 'dimension-retired'; dimensionId: string }
  | { kind: 'dimension-weight'; dimensionId: string; from: number; to: number }
  | { kind: 'subdimension-added'; dimensionId: string; subdimensionId: string }
  | { kind: 'subdimension-retired'; dimensionId: string; subdimensionId: string }
  | {
      kind: 'subdimension-weight'
      dimensionId: string
      subdimensionId: string
      from: number
      to: number
    }
  | { kind: 'thresholds'; from: readonly number[]; to: readonly number[] }
  | { kind: 'provisional-below-coverage'; from: number; to: number }
  | { kind: 'rubric-levels'; from: number; to: number }
  | { kind: 'weight-profile'; profileId: string; change: 'added' | 'retired' | 'weights' }

export const metaWordingFields = [
  'name',
  'sources',
  'dimensions',
  'capabilities',
  'levels',
  'threshold-source',
  'release-notes',
  'weight-profiles',
] as const
/**
 * A meta field whose text changed: the set's name, its sources, the names, notes and weight
 * provenance of dimensions and sub-dimensions, the capabilities' names and definitions, the maturity
 * levels' names and descriptions, where the thresholds come from, the weight profiles' names,
 * sources, verification and notes, and the release notes (what a version changed and why: they
 * describe changes, they never make one).
 */
export type MetaWordingField = (typeof metaWordingFields)[number]

export type MetaDiff = { changes: MetaChange[]; wording: MetaWordingField[] }

const none: MetaDiff = { changes: [], wording: [] }
const wordingIf = (differ: boolean, field: MetaWordingField): MetaDiff =>
  differ ? { changes: [], wording: [field] } : none
const changeIf = (differ: boolean, change: MetaChange): MetaDiff =>
  differ ? { changes: [change], wording: [] } : none

/**
 * A dimension or sub-dimension without its id, weight and sub-dimensions (compared on their own):
 * its names, note and weight provenance, all wording.
 */
const text = (d: Dimension | Subdimension) => ({
  ...d,
  id: undefined,
  weight: undefined,
  subdimensions: undefined,
})

/** Matches two lists by id (in id order): `[id, from, to]`, undefined where a list lacks the id. */
const pairs = <T extends { id: string }>(a: readonly T[], b: readonly T[]) =>
  [...new Set([...a, ...b].map((x) => x.id))]
    .sort(compareIds)
    .map((id) => [id, a.find((x) => x.id === id), b.find((x) => x.id === id)] as const)

/** Dimensions by id, then each one's sub-dimensions by id (a retired dimension takes its own). */
const dimensionChanges = (a: MetaFile, b: MetaFile): MetaDiff => {
  const changes: MetaChange[] = []
  let wording = false
  for (const [dimensionId, from, to] of pairs(a.dimensions, b.dimensions)) {
    if (from === undefined) changes.push({ kind: 'dimension-added', dimensionId })
    else if (to === undefined) changes.push({ kind: 'dimension-retired', dimensionId })
    else {
      if (from.weight !== to.weight)
        changes.push({ kind: 'dimension-weight', dimensionId, from: from.weight, to: to.weight })
      wording ||= !sameData(text(from), text(to))
      for (const [subdimensionId, s, t] of pairs(
        from.subdimensions ?? [],
        to.subdimensions ?? [],
      )) {
        const ids = { dimensionId, subdimensionId }
        if (s === undefined) changes.push({ kind: 'subdimension-added', ...ids })
        else if (t === undefined) changes.push({ kind: 'subdimension-retired', ...ids })
        else {
          if (s.weight !== t.weight)
            changes.push({ kind: 'subdimension-weight', ...ids, from: s.weight, to: t.weight })
          wording ||= !sameData(text(s), text(t))
        }
      }
    }
  }
  return { changes, wording: wording ? ['dimensions'] : [] }
}

/** What of a weight profile moves numbers: its weights and the dimensions it reports apart. */
const profileWeights = (p: WeightProfile) => ({
  dimensionWeights: p.dimensionWeights,
  subdimensionWeights: p.subdimensionWeights ?? {},
  // The order of the list means nothing.
  reportedApart: [...(p.reportedApart ?? [])].sort(),
})
/** What of a weight profile is wording: its name, source, verification and note. */
const profileText = ({ name, source, verification, note }: WeightProfile) => ({
  name,
  source,
  verification,
  note,
})

/** Weight profiles by id: added, retired or weighted differently; their text is wording. */
const profileChanges = (a: MetaFile, b: MetaFile): MetaDiff => {
  const changes: MetaChange[] = []
  let wording = false
  for (const [profileId, from, to] of pairs(a.weightProfiles ?? [], b.weightProfiles ?? [])) {
    if (from === undefined) changes.push({ kind: 'weight-profile', profileId, change: 'added' })
    else if (to === undefined)
      changes.push({ kind: 'weight-profile', profileId, change: 'retired' })
    else {
      if (!sameData(profileWeights(from), profileWeights(to)))
        changes.push({ kind: 'weight-profile', profileId, change: 'weights' })
      wording ||= !sameData(profileText(from), profileText(to))
    }
  }
  return { changes, wording: wording ? ['weight-profiles'] : [] }
}

/**
 * What a change of each meta field does, in the order the results list them. The set's identity
 * (`setId`, `version`, `released`) and the file's own fields (`$schema`, `kind`) are not changes
 * of content.
 */
const metaFields: { [K in keyof MetaFile]-?: (a: MetaFile, b: MetaFile) => MetaDiff } = {
  $schema: () => none,
  kind: () => none,
  setId: () => none,
  version: () => none,
  released: () => none,
  name: (a, b) => wordingIf(!sameData(a.name, b.name), 'name'),
  sources: (a, b) => wordingIf(!sameData(a.sources, b.sources), 'sources'),
  dimensions: dimensionChanges,
  capabilities: (a, b) => wordingIf(!sameData(a.capabilities, b.capabilities), 'capabilities'),
  levels: (a, b) => wordingIf(!sameData(a.levels, b.levels), 'levels'),
  thresholds: (a, b) =>
    changeIf(!sameData(a.thresholds, b.thresholds), {
      kind: 'thresholds',
      from: a.thresholds,
      to: b.thresholds,
    }),
  thresholdSource: (a, b) =>
    wordingIf(!sameData(a.thresholdSource, b.thresholdSource), 'threshold-source'),
  provisionalBelowCoverage: (a, b) =>
    changeIf(a.provisionalBelowCoverage !== b.provisionalBelowCoverage, {
      kind: 'provisional-below-coverage',
      from: a.provisionalBelowCoverage,
      to: b.provisionalBelowCoverage,
    }),
  // The list of retired ids changes no score: the indicators themselves are compared one by one.
  retired: () => none,
  releaseNotes: (a, b) => wordingIf(!sameData(a.releaseNotes, b.releaseNotes), 'release-notes'),
  rubricLevels: (a, b) =>
    changeIf(a.rubricLevels !== b.rubricLevels, {
      kind: 'rubric-levels',
      from: a.rubricLevels,
      to: b.rubricLevels,
    }),
  weightProfiles: profileChanges,
}

/**
 * The meta changes from `a` to `b`. `changes`: dimensions in id order (added, retired, or weight
 * changed, then that dimension's sub-dimensions in id order), then thresholds, the provisional
 * coverage, the rubric level count, then weight profiles in id order. `wording`: each text field that differs, named once, in the
 * order of `metaWordingFields`. Equal headers (whatever their ids and versions) give empty lists.
 */
export const metaChanges = (a: MetaFile, b: MetaFile): MetaDiff => {
  const parts = Object.values(metaFields).map((diff) => diff(a, b))
  const wording = new Set(parts.flatMap((p) => p.wording))
  return {
    changes: parts.flatMap((p) => p.changes),
    wording: metaWordingFields.filter((f) => wording.has(f)),
  }
}
