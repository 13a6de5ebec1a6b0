/**
 * The indicator-set file format. These zod schemas are the single source of truth: TypeScript types
 * come from `z.infer`, `indicators/schema.json` is generated from them, and every file in
 * `indicators/` is parsed with them at build time and in tests. A whole set in one file
 * (`setFile.ts`, `public/indicator-set.schema.json`) is read with the same schemas.
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import '../zodConfig.ts'
import { z } from 'zod/mini'
import {
  list,
  LocalizedTextSchema,
  setLimits,
  slugPattern,
  text,
  VerificationSchema,
} from './schemaParts.ts'
import { WeightProfileSchema } from './weightProfileSchema.ts'

export const capabilityIds = ['DG', 'DT', 'ED', 'MF', 'SA'] as const
export const CapabilityIdSchema = z.enum(capabilityIds)
export type CapabilityId = z.infer<typeof CapabilityIdSchema>

const slug = z.string().check(z.maxLength(64), z.regex(slugPattern))
/** Set versions: semantic versioning, `1.2.0`. */
export const versionPattern = /^\d+\.\d+\.\d+$/

/**
 * Indicator ids: a prefix (a capital letter and up to seven more capitals or digits), a hyphen and
 * three digits. The built-in sets use `SC` (`SC-001`); a province's own set takes its own prefix
 * (`ZJ-001`), so its ids never read as the national ones.
 */
export const indicatorIdPattern = /^[A-Z][A-Z0-9]{0,7}-\d{3}$/
export const IndicatorIdSchema = z.string().check(z.regex(indicatorIdPattern))

export type LocalizedText = z.infer<typeof LocalizedTextSchema>

/** `standard`: taken from the clause; `adapted`: derived from it, reworded or re-scaled; `defined`: this product's own. */
export const ProvenanceSchema = z.enum(['standard', 'adapted', 'defined'])
export type Provenance = z.infer<typeof ProvenanceSchema>

export type Verification = z.infer<typeof VerificationSchema>

export const SourceRefSchema = z.strictObject({
  /** Id of an entry in `meta.sources`, e.g. `GB/T 33356-2016`, `U4SSC`, `GB/T 36073-2018`. */
  source: text,
  /** Clause, item or KPI code inside that source, e.g. `L1P1-A1`, `EC:ICT:ICT:1C`, `数据质量`. */
  ref: z.optional(text),
  provenance: ProvenanceSchema,
  /** Why and how the indicator departs from or relies on the clause; required for `adapted`/`defined` by the checker. */
  note: z.optional(LocalizedTextSchema),
})
export type SourceRef = z.infer<typeof SourceRefSchema>

export const KpiDefinitionSchema = z.strictObject({
  type: z.literal('kpi'),
  unit: LocalizedTextSchema,
  direction: z.enum(['higher', 'lower']),
  /** The value that scores 0. */
  baseline: z.number(),
  /** The value that scores 100. Higher-is-better needs target > baseline; lower-is-better target < baseline. */
  target: z.number(),
  /** Where the baseline and target come from (a standard's worked example, a national plan, or our assumption). */
  targetRationale: LocalizedTextSchema,
  /**
   * What county-level cities are held to, where it differs from the general baseline and target
   * (e.g. a lower coverage target for a county's smaller budget): a county-level assessment scores
   * against these, with the general baseline where `baseline` is absent. Absent: every city level
   * has the same baseline and target. The checker holds it to the general target's rules (not equal
   * to its baseline, on the side the direction says, inside the entry bounds) and refuses it on an
   * indicator that county-level cities are not asked.
   */
  county: z.optional(
    z.strictObject({
      baseline: z.optional(z.number()),
      target: z.number(),
      targetRationale: LocalizedTextSchema,
    }),
  ),
  /** Smallest and largest value that can be entered (e.g. 0 and 100 for a percentage). */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** When present the value is entered as numerator ÷ denominator × multiplier. */
  ratio: z.optional(
    z.strictObject({
      numerator: LocalizedTextSchema,
      denominator: LocalizedTextSchema,
      multiplier: z.number().check(z.positive()),
    }),
  ),
})

export const RubricLevelSchema = z.strictObject({
  level: z.number().check(z.int(), z.gte(1)),
  /** What an assessor would observe in the city at this level: systems, coverage, users, frequency. */
  descriptor: LocalizedTextSchema,
  /** Normalised score 0–100; when absent levels are evenly spaced (1 → 0 … N → 100). */
  score: z.optional(z.number().check(z.gte(0), z.lte(100))),
})

export const LevelDefinitionSchema = z.strictObject({
  type: z.literal('level'),
  levels: list(RubricLevelSchema, 2),
})

export const BooleanDefinitionSchema = z.strictObject({
  type: z.literal('boolean'),
  /** What "yes" means, stated as an observable fact. */
  yes: LocalizedTextSchema,
  no: LocalizedTextSchema,
})

export const ChoiceDefinitionSchema = z.strictObject({
  type: z.literal('choice'),
  options: list(
    z.strictObject({
      id: slug,
      label: LocalizedTextSchema,
      score: z.number().check(z.gte(0), z.lte(100)),
    }),
    2,
  ),
})

export const AnswerDefinitionSchema = z.discriminatedUnion('type', [
  KpiDefinitionSchema,
  LevelDefinitionSchema,
  BooleanDefinitionSchema,
  ChoiceDefinitionSchema,
])
export type AnswerDefinition = z.infer<typeof AnswerDefinitionSchema>
export type AnswerType = AnswerDefinition['type']

/** A share of one capability: above 0, at most 1. */
const weightShare = z.optional(z.number().check(z.gt(0), z.lte(1)))

/** Weights of one indicator over the five capabilities: the primary one is 1, secondary ones below 1. */
export const CapabilityWeightsSchema = z.strictObject({
  DG: weightShare,
  DT: weightShare,
  ED: weightShare,
  MF: weightShare,
  SA: weightShare,
})
export type CapabilityWeights = z.infer<typeof CapabilityWeightsSchema>

/** `all`: every city; `prefecture-and-above`: not asked of county-level cities. */
export const ApplicabilitySchema = z.enum(['all', 'prefecture-and-above'])
export const CityLevelSchema = z.enum(['prefecture-and-above', 'county'])
export type CityLevel = z.infer<typeof CityLevelSchema>

/** How a weight was obtained: from the standard's text, set equal for lack of a source, or our own choice. */
export const WeightSourceSchema = z.enum(['standard', 'assumed-equal', 'defined'])
export type WeightSource = z.infer<typeof WeightSourceSchema>

export const IndicatorSchema = z.strictObject({
  /** Permanent id: never reused, never renamed. Answers are keyed by it. */
  id: IndicatorIdSchema,
  /** Id of a dimension in `meta.dimensions` (GB/T 33356 一级指标). */
  dimension: text,
  /** Id of a sub-dimension of that dimension (GB/T 33356 二级指标), where one is known. */
  subdimension: z.optional(text),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** How to measure and what counts. */
  method: LocalizedTextSchema,
  /** What evidence an assessor should keep. */
  evidence: LocalizedTextSchema,
  /** The first source is the primary one. */
  sources: list(SourceRefSchema, 1),
  applicability: ApplicabilitySchema,
  /** Relative weight inside its sub-dimension (or dimension when it has none). */
  weight: z.number().check(z.positive()),
  weightSource: WeightSourceSchema,
  capabilities: CapabilityWeightsSchema,
  answer: AnswerDefinitionSchema,
})
export type Indicator = z.infer<typeof IndicatorSchema>

export const SubdimensionSchema = z.strictObject({
  id: text,
  name: LocalizedTextSchema,
  weight: z.number().check(z.positive()),
  weightSource: WeightSourceSchema,
})

export const DimensionSchema = z.strictObject({
  id: text,
  name: LocalizedTextSchema,
  /** Weight in the GB/T 33356-weighted total, in percent. */
  weight: z.number().check(z.positive()),
  weightSource: WeightSourceSchema,
  weightVerification: VerificationSchema,
  subdimensions: z.optional(list(SubdimensionSchema)),
  note: z.optional(LocalizedTextSchema),
})
export type Dimension = z.infer<typeof DimensionSchema>

export const MaturityLevelSchema = z.strictObject({
  id: z.enum(['L1', 'L2', 'L3', 'L4', 'L5']),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
})
export type MaturityLevel = z.infer<typeof MaturityLevelSchema>

export const SourceSchema = z.strictObject({
  id: text,
  title: LocalizedTextSchema,
  verification: VerificationSchema,
  note: LocalizedTextSchema,
})
export type Source = z.infer<typeof SourceSchema>

/**
 * One row of a version's release notes: what changed in this version compared with the previous
 * one, and why. Wording only: the notes never change a score (`checkReleaseNotes` holds their ids
 * to the set).
 */
export const ReleaseNoteSchema = z.strictObject({
  /**
   * The indicators the change concerns: ids of this set's indicators or of its `retired` ones.
   * Empty for a change of the set as a whole (its sources, levels, dimensions).
   */
  indicators: list(IndicatorIdSchema),
  /**
   * Which part of the set a change without (or beyond) indicators concerns, as a short id: one the
   * methodology page names (`sources`, `dimensions`, `levels`, `retired`, `reference`, `county`),
   * a dimension or sub-dimension id (`L1P9`), or any other, shown as written.
   */
  topic: z.optional(text),
  change: LocalizedTextSchema,
  reason: LocalizedTextSchema,
})
export type ReleaseNote = z.infer<typeof ReleaseNoteSchema>

export const MetaFileSchema = z.strictObject({
  $schema: z.optional(text),
  kind: z.literal('meta'),
  setId: slug,
  version: z.string().check(z.maxLength(32), z.regex(versionPattern)),
  released: z.iso.date(),
  name: LocalizedTextSchema,
  sources: list(SourceSchema, 1),
  dimensions: list(DimensionSchema, 1),
  capabilities: z
    .array(
      z.strictObject({
        id: CapabilityIdSchema,
        name: LocalizedTextSchema,
        definition: LocalizedTextSchema,
      }),
    )
    .check(z.length(5)),
  levels: z.array(MaturityLevelSchema).check(z.length(5)),
  /** Score thresholds between consecutive maturity levels, ascending (L2 from the first, L5 from the last). */
  thresholds: z.array(z.number().check(z.gt(0), z.lt(100))).check(z.length(4)),
  thresholdSource: LocalizedTextSchema,
  /** Below this coverage (0–1) a level is provisional. */
  provisionalBelowCoverage: z.number().check(z.gt(0), z.lte(1)),
  /** How many levels every `level` rubric must have. */
  rubricLevels: z.number().check(z.int(), z.gte(2)),
  /**
   * Ids of indicators retired from earlier versions of this set. An id is never used again, so old
   * answers can never attach to a new question: the integrity checker refuses an indicator with one.
   */
  retired: z.optional(z.array(IndicatorIdSchema).check(z.maxLength(setLimits.retired))),
  /** What changed in this version compared with the previous one, and why (on the methodology page). */
  releaseNotes: z.optional(list(ReleaseNoteSchema)),
  /** Other weightings of the total a user may choose; the dimensions' own weights stay the default. */
  weightProfiles: z.optional(list(WeightProfileSchema)),
})
export type MetaFile = z.infer<typeof MetaFileSchema>

export const IndicatorsFileSchema = z.strictObject({
  $schema: z.optional(text),
  kind: z.literal('indicators'),
  indicators: z.array(IndicatorSchema).check(z.minLength(1), z.maxLength(setLimits.indicators)),
})
export type IndicatorsFile = z.infer<typeof IndicatorsFileSchema>

/** Any file in `indicators/`: the meta header or a file of indicators. */
export const IndicatorDataFileSchema = z.discriminatedUnion('kind', [
  MetaFileSchema,
  IndicatorsFileSchema,
])

/** A whole set as the app uses it: the meta header plus every indicator, in file order. */
export type IndicatorSet = { meta: MetaFile; indicators: readonly Indicator[] }
