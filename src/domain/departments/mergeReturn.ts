/**
 * Merging a department's returned answers into the assessment: a three-way comparison per
 * indicator between the answer when the package was made (`base`), the assessment's answer now
 * (`current`) and the department's (`returned`). Pure: it plans, the caller writes.
 *
 * What an answer "says" is its content: value, N/A and its reason, note, evidence (links and
 * attached files) and data quality.
 * The review marks (`carriedOver`, `reviewAfterMove`) are not content: an answer that differs only
 * in them says the same.
 */
import type { Answer, Answers } from '../assessment/answer'
import { sameData } from '../sameData'

/**
 * How one returned answer relates to the assessment:
 * - `same`: it says what the assessment's answer says now (nothing to do);
 * - `new`: the assessment has no answer for the indicator (it fills a gap);
 * - `different`: it says something else, and the coordinator has not changed the answer since the
 *   package was made (accepting it replaces what the package carried out);
 * - `conflict`: it says something else, and the coordinator has also changed the answer since the
 *   package was made, to something else again: only the coordinator can decide.
 */
export type ReturnedKind = 'same' | 'new' | 'different' | 'conflict'

export type ReturnedAnswer = {
  indicatorId: string
  kind: ReturnedKind
  returned: Answer
  current: Answer | undefined
}

/** The fields of an answer that say something (the review marks are left out). */
const contentFields = [
  'value',
  'notApplicable',
  'note',
  'evidence',
  'dataQuality',
  'files',
] as const

/** An answer's content, without the marks that say whether it still needs checking. */
const content = (answer: Answer | undefined): Partial<Answer> =>
  Object.fromEntries(
    contentFields.flatMap((field) =>
      answer?.[field] === undefined ? [] : [[field, answer[field]]],
    ),
  )

/** Whether two answers (either possibly absent) say the same thing. */
export const sameAnswer = (a: Answer | undefined, b: Answer | undefined): boolean =>
  sameData(content(a), content(b))

/** Whether an answer says anything at all (a value, N/A, a note, evidence, a data quality). */
const saysSomething = (answer: Answer | undefined): boolean =>
  Object.keys(content(answer)).length > 0

/**
 * One entry per returned answer, in indicator-id order, classified as `ReturnedKind` describes.
 * `base`: the answers the package carried out (the assessment's when it was made); `current`: the
 * assessment's answers now; `returned`: the department's. An indicator the department left without
 * an answer is not listed: a return never clears an answer.
 */
export const classifyReturn = (
  base: Answers,
  current: Answers,
  returned: Answers,
): ReturnedAnswer[] =>
  Object.keys(returned)
    .sort()
    .flatMap((indicatorId): ReturnedAnswer[] => {
      const answer = returned[indicatorId]
      if (answer === undefined || !saysSomething(answer)) return []
      const now = current[indicatorId]
      const kind: ReturnedKind = sameAnswer(answer, now)
        ? 'same'
        : !saysSomething(now)
          ? 'new'
          : sameAnswer(now, base[indicatorId])
            ? 'different'
            : 'conflict'
      return [{ indicatorId, kind, returned: answer, current: now }]
    })
