/**
 * What differs between two versions of one indicator (same permanent id), field by field, sorted
 * into three kinds by what the change does to answers and scores:
 * - definition: what an answer means or how it is scored (its answer type, unit, direction,
 *   baseline, target, the baseline and target county-level cities are held to, entry bounds, ratio
 *   parts, rubric levels and their descriptors and scores, what yes and no mean, the choice
 *   options). An answer given under the old definition has to be reviewed before it is trusted
 *   under the new one.
 * - placement: where and how much the indicator counts (weight, dimension, sub-dimension,
 *   capability weights, the city levels it is asked of). Scores move; answers keep their meaning.
 * - wording: text and provenance only (name, description, method, evidence, sources, the target's
 *   rationale, where the weight comes from). Listed, but nothing moves.
 * Every field of the indicator and of each answer type is classified in the tables below, so a
 * field added to the schema does not compile until someone decides which kind its changes are.
 */
import { sameData } from '../sameData'
import { kpiForCityLevel, type KpiDefinition } from './kpiForCityLevel'
import type { AnswerDefinition, AnswerType, Indicator } from './schema'

export const definitionChanges = [
  'type',
  'unit',
  'direction',
  'baseline',
  'target',
  'county-baseline',
  'county-target',
  'bounds',
  'ratio',
  'rubric',
  'yes-no',
  'options',
] as const
/** A change to what an answer means or how it scores (see the module comment). */
export type DefinitionChange = (typeof definitionChanges)[number]

export const placementChanges = [
  'weight',
  'dimension',
  'subdimension',
  'capabilities',
  'applicability',
] as const
/** A change to where or how much an indicator counts: scores move, answers keep their meaning. */
export type PlacementChange = (typeof placementChanges)[number]

export const wordingChanges = [
  'name',
  'description',
  'method',
  'evidence',
  'sources',
  'target-rationale',
  'weight-source',
] as const
/** A change of text or provenance only. */
export type WordingChange = (typeof wordingChanges)[number]

/** Every change to one indicator, each list in the order of its code list above. */
export type IndicatorChange = {
  indicatorId: string
  definition: DefinitionChange[]
  placement: PlacementChange[]
  wording: WordingChange[]
}

type Definition<T extends AnswerType> = Extract<AnswerDefinition, { type: T }>
/** A field whose changes take more than equality to name: the codes, from the two whole objects. */
type FieldRule<O, Code> = (a: O, b: O) => Code[]
/** Each field of `O` (but those left out) and the change its edit is, or the rule that names it. */
type FieldTable<O, Code, Fields = O> = { [K in keyof Fields]-?: Code | FieldRule<O, Code> }

/**
 * What a change of the county-level cities' own baseline and target (`county`) is. `county-target`
 * when the target a county is held to (`kpiForCityLevel`) differs and at least one version sets
 * counties a target of their own; `county-baseline` likewise for the baseline, when at least one
 * version sets counties a baseline of their own. A county that simply follows the general baseline
 * or target in both versions changes with it, which `baseline` and `target` already say. A changed
 * county rationale is a wording change (`target-rationale`). Adding an override that repeats the
 * general numbers therefore moves no score and is wording only.
 */
const countyChanges: FieldRule<KpiDefinition, DefinitionChange | WordingChange> = (a, b) => {
  const [x, y] = [kpiForCityLevel(a, 'county'), kpiForCityLevel(b, 'county')]
  const own = (key: 'baseline' | 'target') =>
    a.county?.[key] !== undefined || b.county?.[key] !== undefined
  return [
    ...(own('baseline') && x.baseline !== y.baseline ? ['county-baseline' as const] : []),
    ...(own('target') && x.target !== y.target ? ['county-target' as const] : []),
    ...(sameData(a.county?.targetRationale, b.county?.targetRationale)
      ? []
      : ['target-rationale' as const]),
  ]
}

/** Each field of each answer type (but `type` itself) and the change its edit is. */
const answerFields: {
  [T in AnswerType]: FieldTable<
    Definition<T>,
    DefinitionChange | WordingChange,
    Omit<Definition<T>, 'type'>
  >
} = {
  kpi: {
    unit: 'unit',
    direction: 'direction',
    baseline: 'baseline',
    target: 'target',
    targetRationale: 'target-rationale',
    county: countyChanges,
    min: 'bounds',
    max: 'bounds',
    ratio: 'ratio',
  },
  level: { levels: 'rubric' },
  boolean: { yes: 'yes-no', no: 'yes-no' },
  choice: { options: 'options' },
}

/** Each field of an indicator (but its id and answer definition) and the change its edit is. */
const indicatorFields: FieldTable<
  Omit<Indicator, 'id' | 'answer'>,
  PlacementChange | WordingChange
> = {
  dimension: 'dimension',
  subdimension: 'subdimension',
  name: 'name',
  description: 'description',
  method: 'method',
  evidence: 'evidence',
  sources: 'sources',
  applicability: 'applicability',
  weight: 'weight',
  weightSource: 'weight-source',
  capabilities: 'capabilities',
}

/** The codes of the fields whose values differ between `a` and `b`. */
const changedFields = <O extends object, Code extends string>(
  a: O,
  b: O,
  // Rules typed `never`: the caller picks the table of the objects' own type (by answer type),
  // which the compiler cannot follow through the union of tables.
  table: Readonly<Record<string, Code | FieldRule<never, Code>>>,
): Code[] => {
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  return Object.entries(table).flatMap(([field, code]) =>
    typeof code === 'function'
      ? (code as FieldRule<O, Code>)(a, b)
      : sameData(left[field], right[field])
        ? []
        : [code],
  )
}

const pick = <Code extends string>(order: readonly Code[], found: readonly string[]): Code[] =>
  order.filter((code) => found.includes(code))

/**
 * The changes from `a` to `b`, two versions of the same indicator (the id is not compared). An
 * answer type that differs is the one definition change reported (the other fields of two types
 * cannot be compared); otherwise every answer field that differs is named once by its code, however
 * many of its fields changed (`min` and `max` are both `bounds`). Text compares exactly, in both
 * languages: a fixed typo in a unit or rubric descriptor still counts as a definition change, since
 * no rule can tell a typo from a new meaning. An indicator with nothing changed gives empty lists.
 */
export const indicatorChanges = (a: Indicator, b: Indicator): IndicatorChange => {
  const answer =
    a.answer.type === b.answer.type
      ? changedFields(a.answer, b.answer, answerFields[a.answer.type])
      : ['type']
  const found = [...answer, ...changedFields(a, b, indicatorFields)]
  return {
    indicatorId: b.id,
    definition: pick(definitionChanges, found),
    placement: pick(placementChanges, found),
    wording: pick(wordingChanges, found),
  }
}

/** True when the change touches nothing at all. */
export const unchanged = (change: IndicatorChange): boolean =>
  change.definition.length === 0 && change.placement.length === 0 && change.wording.length === 0
