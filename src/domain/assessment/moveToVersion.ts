/**
 * Moving an assessment to another version of its indicator set: what would happen to each answer
 * and score (`planMove`, shown to the user before anything changes) and the moved assessment
 * (`applyMove`, once the user agrees). Never automatic; the caller keeps the assessment as it was
 * so that the move can be undone.
 */
import { appliesTo } from '../indicators/applicability'
import { indicatorChanges, type DefinitionChange } from '../indicators/indicatorChanges'
import { indicatorForCityLevel } from '../indicators/indicatorForCityLevel'
import type { IndicatorSet } from '../indicators/schema'
import { diffSets, setRef, type SetDiff, type SetRef } from '../indicators/setDiff'
import { compareIds } from '../report/ranking'
import { compareAssessments, type Comparison } from '../report/yearComparison'
import { scoreAssessment, type AssessmentScore } from '../scoring/scoreAssessment'
import type { Answer } from './answer'
import type { Assessment } from './assessment'
import { valueProblems, type ValueProblem } from './checkAnswer'

/**
 * Why an answer is to be reviewed: a definition change of its indicator (see `DefinitionChange`),
 * a stored value the new definition refuses (`invalid-value`), or an indicator the old set did not
 * hold (`not-in-old-set`: an answer no questionnaire of that version showed).
 */
export type ReviewReason = DefinitionChange | 'invalid-value' | 'not-in-old-set'

/** What the move does to one stored answer. */
export type AnswerMove =
  | { indicatorId: string; disposition: 'kept' }
  | {
      indicatorId: string
      disposition: 'review'
      /** In this order: `not-in-old-set`, the definition changes in their list's order, `invalid-value`. */
      reasons: ReviewReason[]
      /** The stored value is kept, cleared (the new definition refuses it: `problems` say why) or there was none. */
      value: 'kept' | 'cleared' | 'none'
      problems: ValueProblem[]
    }
  | { indicatorId: string; disposition: 'dropped'; reason: 'retired' | 'not-asked' }

export type MovePlan = {
  /** The assessment as it is now, unchanged. */
  assessment: Assessment
  from: SetRef
  to: SetRef
  diff: SetDiff
  /** One entry per stored answer, in indicator-id order. */
  answers: AnswerMove[]
  counts: Record<AnswerMove['disposition'], number>
  /** Every score before (under `from`) and after (under `to`), labelled with the two versions. */
  scores: Comparison
  before: AssessmentScore
  after: AssessmentScore
  /** The answers the moved assessment will hold. */
  moved: Record<string, Answer>
}

/**
 * The answer as the moved assessment holds it: marked for review after the move from version
 * `fromVersion`, its refused value cleared.
 */
const reviewed = (answer: Answer, cleared: boolean, fromVersion: string): Answer => {
  const flagged: Answer = { ...answer, reviewAfterMove: { fromVersion, cleared } }
  if (cleared) {
    // NOTE: deletes from the fresh copy only. The data-quality class describes how the cleared
    // value was obtained, so it goes with it.
    delete flagged.value
    delete flagged.dataQuality
  }
  return flagged
}

/**
 * The plan for moving `assessment`, made with set `from` (the set it records), to set `to`. Each
 * stored answer gets one disposition, decided against `to` at the assessment's city level:
 * - `dropped`, reason `retired`: `to` does not hold the indicator; reason `not-asked`: `to` does not
 *   ask it of this city level. The answer is not carried into the moved assessment.
 * - `review`: the indicator's definition changed (type, unit, direction, baseline, target, bounds,
 *   ratio, rubric, yes/no, options) as this city level is held to it (`indicatorForCityLevel`: a
 *   county-level city's own baseline and target where the indicator sets them, so a change to the
 *   county target alone reviews no answer of a prefecture-level city, and is a `target` change
 *   for a county-level one), or `from` did not hold it, or `to`'s definition refuses the
 *   stored value (the same check as the questionnaire and the import). The answer is kept and
 *   marked for review (`reviewAfterMove`, naming `from`'s version and whether the value was
 *   cleared); a refused value is cleared with its data-quality class, while N/A and its reason, the note and
 *   the evidence stay. A value shown under N/A is checked like any other.
 * - `kept`: anything else, i.e. the indicator is unchanged or changed only in wording or placement
 *   (weight, dimension, capability weights, applicability) and the value passes `to`'s checks. The
 *   answer is carried over exactly as stored (an existing carried-over mark stays).
 * Scores: `scoreAssessment` with `from` and the stored answers, and with `to` and the moved answers,
 * both weighted with the assessment's weight profile (the set's own weights where a version lacks it).
 * Moving to an identical copy of `from` keeps every answer that `from` asks and accepts, and every
 * score. Pure: nothing is written, the assessment is not changed.
 */
export const planMove = (
  assessment: Assessment,
  from: IndicatorSet,
  to: IndicatorSet,
): MovePlan => {
  const diff = diffSets(from, to)
  const inFrom = new Map(from.indicators.map((i) => [i.id, i]))
  const inTo = new Map(to.indicators.map((i) => [i.id, i]))
  /** The definition changes as this assessment's city level is held to the two definitions. */
  const definitionChanges = (indicatorId: string): DefinitionChange[] => {
    const [a, b] = [inFrom.get(indicatorId), inTo.get(indicatorId)]
    if (a === undefined || b === undefined) return []
    const level = assessment.cityLevel
    return indicatorChanges(indicatorForCityLevel(a, level), indicatorForCityLevel(b, level))
      .definition
  }

  /** One answer's disposition, and the answer the moved assessment holds (none when dropped). */
  const moveOne = (indicatorId: string, answer: Answer): [AnswerMove, Answer | null] => {
    const indicator = inTo.get(indicatorId)
    if (indicator === undefined)
      return [{ indicatorId, disposition: 'dropped', reason: 'retired' }, null]
    if (!appliesTo(indicator, assessment.cityLevel))
      return [{ indicatorId, disposition: 'dropped', reason: 'not-asked' }, null]
    const problems = answer.value === undefined ? [] : valueProblems(indicator.answer, answer.value)
    const reasons: ReviewReason[] = [
      ...(inFrom.has(indicatorId) ? [] : ['not-in-old-set' as const]),
      ...definitionChanges(indicatorId),
      ...(problems.length > 0 ? ['invalid-value' as const] : []),
    ]
    if (reasons.length === 0) return [{ indicatorId, disposition: 'kept' }, answer]
    const value = answer.value === undefined ? 'none' : problems.length > 0 ? 'cleared' : 'kept'
    return [
      { indicatorId, disposition: 'review', reasons, value, problems },
      reviewed(answer, value === 'cleared', from.meta.version),
    ]
  }

  const answers: AnswerMove[] = []
  const carried: [string, Answer][] = []
  for (const indicatorId of Object.keys(assessment.answers).sort(compareIds)) {
    const answer = assessment.answers[indicatorId]
    if (answer === undefined) continue
    const [move, movedAnswer] = moveOne(indicatorId, answer)
    answers.push(move)
    if (movedAnswer !== null) carried.push([indicatorId, movedAnswer])
  }
  const moved = Object.fromEntries(carried)
  // Both weighted with the assessment's profile (the set's own weights where a version lacks it).
  const profile = assessment.weightProfile
  const before = scoreAssessment(from, assessment.answers, assessment.cityLevel, profile)
  const after = scoreAssessment(to, moved, assessment.cityLevel, profile)
  const count = (d: AnswerMove['disposition']) => answers.filter((a) => a.disposition === d).length
  return {
    assessment,
    from: setRef(from),
    to: setRef(to),
    diff,
    answers,
    counts: { kept: count('kept'), review: count('review'), dropped: count('dropped') },
    scores: compareAssessments([
      { label: from.meta.version, set: from, score: before },
      { label: to.meta.version, set: to, score: after },
    ]),
    before,
    after,
    moved,
  }
}

/**
 * The moved assessment: the plan's assessment recording `to`'s set id and version, holding the
 * plan's moved answers (keyed by the same permanent ids), `updatedAt` set to `now` (an ISO
 * date-time). Everything else (id, city, year, targets, creation date, revision) is as it was, so
 * the storage's compare-and-write accepts it as the next write of that assessment.
 */
export const applyMove = (plan: MovePlan, now: string): Assessment => ({
  ...plan.assessment,
  indicatorSet: plan.to,
  answers: plan.moved,
  updatedAt: now,
})
