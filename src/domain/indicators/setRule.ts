/**
 * The integrity rules of an indicator set as data: each broken rule is a `code` with the values a
 * message needs, so the interface can say it in the user's language (`src/i18n/describeSetProblem.ts`)
 * while the command line and the build keep one English sentence per rule (`ruleMessage`).
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import { assertNever } from '../assertNever.ts'
import type { CapabilityId } from './schema.ts'

export type SetRule =
  // The header.
  | { code: 'dimension-weights'; total: number }
  | { code: 'duplicate-dimension-id'; id: string }
  | { code: 'thresholds-not-rising' }
  | { code: 'levels-out-of-order' }
  | { code: 'capability-missing'; capability: CapabilityId }
  | { code: 'duplicate-source-id'; id: string }
  | { code: 'duplicate-retired-id'; id: string }
  | { code: 'built-in-set-id'; setId: string }
  | { code: 'unknown-release-note-id'; id: string }
  // The weight profiles of the header.
  | { code: 'duplicate-profile-id'; id: string }
  | { code: 'reserved-profile-id'; id: string }
  | { code: 'profile-unknown-source'; profile: string; source: string }
  | { code: 'profile-unknown-dimension'; profile: string; dimension: string }
  | { code: 'profile-unknown-subdimension'; profile: string; subdimension: string }
  | { code: 'profile-dimension-unweighted'; profile: string; dimension: string }
  | { code: 'profile-apart-weighted'; profile: string; dimension: string }
  | { code: 'profile-weights'; profile: string; total: number }
  | {
      code: 'profile-subdimension-weights'
      profile: string
      dimension: string
      total: number
      weight: number
    }
  // The indicators as a whole.
  | { code: 'duplicate-indicator-id'; id: string }
  | { code: 'retired-id-used'; id: string }
  | { code: 'empty-dimension'; dimension: string }
  | { code: 'empty-subdimension'; subdimension: string }
  | { code: 'capability-without-primary'; capability: CapabilityId }
  | { code: 'few-primary'; capability: CapabilityId; indicators: number; min: number }
  // One indicator.
  | { code: 'id-prefix'; id: string; prefix: string }
  | { code: 'unknown-dimension'; dimension: string }
  | { code: 'missing-subdimension'; dimension: string }
  | { code: 'unknown-subdimension'; subdimension: string }
  | { code: 'primary-capability' }
  | { code: 'unknown-source'; source: string }
  | { code: 'source-needs-note'; source: string; provenance: 'adapted' | 'defined' }
  | { code: 'unknown-u4ssc-code'; ref: string }
  | { code: 'zh-without-chinese' }
  | { code: 'en-mostly-chinese' }
  | { code: 'county-not-asked' }
  // One indicator's answer definition.
  | { code: 'target-equals-baseline' }
  | { code: 'target-below-baseline' }
  | { code: 'target-above-baseline' }
  | { code: 'county-target-equals-baseline' }
  | { code: 'county-target-below-baseline' }
  | { code: 'county-target-above-baseline' }
  | { code: 'min-not-below-max' }
  | { code: 'outside-range'; field: 'baseline' | 'target' | 'county-baseline' | 'county-target' }
  | { code: 'rubric-level-count'; levels: number; expected: number }
  | { code: 'rubric-level-number'; position: number; level: number }
  | { code: 'rubric-scores-partial' }
  | { code: 'rubric-scores-not-rising' }
  | { code: 'duplicate-option-id'; id: string }

export type SetRuleCode = SetRule['code']

/** A segment of a JSON path into a set file: `['indicators', 3, 'answer']`. */
export type SetPathSegment = string | number

/**
 * One broken rule and where: `path` leads to the value in a set file (`{ meta, indicators }`),
 * `indicator` names the indicator it concerns (if one), `where` and `message` say it in English for
 * the command line.
 */
export type SetIssue = SetRule & {
  path: SetPathSegment[]
  indicator?: string
  where: string
  message: string
}

/** The English sentence of a broken rule, as the build and `npm run indicators:summary` print it. */
export const ruleMessage = (rule: SetRule): string => {
  switch (rule.code) {
    case 'dimension-weights':
      return `dimension weights sum to ${rule.total}, not 100`
    case 'duplicate-dimension-id':
      return `dimension or sub-dimension id ${rule.id} is used more than once`
    case 'thresholds-not-rising':
      return 'thresholds must rise'
    case 'levels-out-of-order':
      return 'levels must be L1…L5 in order'
    case 'capability-missing':
      return `capability ${rule.capability} is not described (each capability once)`
    case 'duplicate-source-id':
      return `source id ${rule.id} is used more than once`
    case 'duplicate-retired-id':
      return `retired id ${rule.id} is listed more than once`
    case 'built-in-set-id':
      return `set id ${rule.setId} belongs to a set built into the app`
    case 'unknown-release-note-id':
      return `release note names ${rule.id}, which is neither an indicator of the set nor retired`
    case 'duplicate-profile-id':
      return `weight profile id ${rule.id} is used more than once`
    case 'reserved-profile-id':
      return `weight profile id ${rule.id} names the set's own weights; choose another`
    case 'profile-unknown-source':
      return `weight profile ${rule.profile}: unknown source ${rule.source}`
    case 'profile-unknown-dimension':
      return `weight profile ${rule.profile}: unknown dimension ${rule.dimension}`
    case 'profile-unknown-subdimension':
      return `weight profile ${rule.profile}: unknown sub-dimension ${rule.subdimension}`
    case 'profile-dimension-unweighted':
      return `weight profile ${rule.profile} neither weights dimension ${rule.dimension} nor reports it apart`
    case 'profile-apart-weighted':
      return `weight profile ${rule.profile} both weights dimension ${rule.dimension} and reports it apart`
    case 'profile-weights':
      return `weight profile ${rule.profile}: dimension weights sum to ${rule.total}, not 100`
    case 'profile-subdimension-weights':
      return `weight profile ${rule.profile}: sub-dimensions of ${rule.dimension} weigh ${rule.total} of its ${rule.weight}; they must stay below it, or equal it when they are all its sub-dimensions`
    case 'duplicate-indicator-id':
      return `id ${rule.id} is used more than once`
    case 'retired-id-used':
      return `id ${rule.id} is retired and may not be used again`
    case 'empty-dimension':
      return 'dimension has no indicator'
    case 'empty-subdimension':
      return 'sub-dimension has no indicator'
    case 'capability-without-primary':
      return 'no indicator has this primary capability; its radar axis would be empty'
    case 'few-primary':
      return `primary capability of ${rule.indicators} indicators; needs ${rule.min}`
    case 'id-prefix':
      return `id ${rule.id} does not start with ${rule.prefix}-`
    case 'unknown-dimension':
      return `unknown dimension ${rule.dimension}`
    case 'missing-subdimension':
      return `needs a sub-dimension of ${rule.dimension}`
    case 'unknown-subdimension':
      return `unknown sub-dimension ${rule.subdimension}`
    case 'primary-capability':
      return 'exactly one capability must have weight 1 (the primary one)'
    case 'unknown-source':
      return `unknown source ${rule.source}`
    case 'source-needs-note':
      return `${rule.provenance} source ${rule.source} needs a note`
    case 'unknown-u4ssc-code':
      return `U4SSC code ${rule.ref} is not in the KPI list`
    case 'zh-without-chinese':
      return 'zh text has no Chinese characters'
    case 'en-mostly-chinese':
      return 'en text is mostly Chinese'
    case 'county-not-asked':
      return 'county target on an indicator not asked of county-level cities'
    case 'target-equals-baseline':
      return 'target equals baseline'
    case 'target-below-baseline':
      return 'higher-is-better but target < baseline'
    case 'target-above-baseline':
      return 'lower-is-better but target > baseline'
    case 'county-target-equals-baseline':
      return 'county target equals county baseline'
    case 'county-target-below-baseline':
      return 'higher-is-better but county target < county baseline'
    case 'county-target-above-baseline':
      return 'lower-is-better but county target > county baseline'
    case 'min-not-below-max':
      return 'min ≥ max'
    case 'outside-range':
      return `${rule.field} outside [min, max]`
    case 'rubric-level-count':
      return `rubric has ${rule.levels} levels; expected ${rule.expected}`
    case 'rubric-level-number':
      return `rubric level ${rule.position} is numbered ${rule.level}`
    case 'rubric-scores-partial':
      return 'give a score for every level or none'
    case 'rubric-scores-not-rising':
      return 'level scores must rise with the level'
    case 'duplicate-option-id':
      return `option id ${rule.id} is used more than once`
    default:
      return assertNever(rule)
  }
}

/** Where a broken rule is: see `SetIssue`. */
export type SetPlace = { where: string; path: SetPathSegment[]; indicator?: string }

/** A broken rule with its place and English message. */
export const setIssue = (rule: SetRule, place: SetPlace): SetIssue => ({
  ...rule,
  ...place,
  message: ruleMessage(rule),
})
