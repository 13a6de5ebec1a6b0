import { describe, expect, it } from 'vitest'
import type { Answer } from '../assessment/answer'
import type { Assessment } from '../assessment/assessment'
import { testAssessment } from '../testing/testAssessment'
import { fullAnswers, tinySet } from '../testing/tinySet'
import { answerIssues, maxListedIssues, type FindIndicatorSet } from './importAnswers'

const findSet: FindIndicatorSet = ({ setId, version }) =>
  setId === 'tiny' && version === '1.0.0' ? tinySet : null
type Answers = Record<string, Answer>
const assessment = (answers: Answers, overrides: Partial<Assessment> = {}) =>
  testAssessment({ indicatorSet: { setId: 'tiny', version: '1.0.0' }, answers, ...overrides })
const issuesOf = (...assessments: Assessment[]) =>
  answerIssues(assessments, (i) => ['assessments', i], findSet)

describe('answerIssues', () => {
  it('finds nothing wrong with valid answers, N/A answers and answers without a value', () => {
    const answers: Answers = {
      ...(fullAnswers as Answers),
      'SC-003': { notApplicable: { reason: 'none' }, value: { type: 'level', level: 2 } },
      'SC-004': { note: 'only a note', carriedOver: true },
    }
    expect(issuesOf(assessment(answers))).toEqual({ issues: [], count: 0 })
  })

  it('lists every problem in file order, with the path of the part that is wrong', () => {
    const answers = {
      'SC-001': { value: { type: 'kpi', value: -1 } },
      'SC-002': { value: { type: 'ratio', numerator: -1, denominator: -2 } },
      'SC-003': { value: { type: 'kpi', value: 3 } },
      'SC-005': { value: { type: 'choice', optionId: 'most' } },
      'SC-999': {},
    } as const satisfies Answers
    const at = (id: string, rest = '') => `$.assessments[0].answers["${id}"]${rest}`
    expect(issuesOf(assessment(answers))).toEqual({
      count: 6,
      issues: [
        {
          kind: 'value',
          path: at('SC-001', '.value.value'),
          problem: { code: 'below-min', field: 'value', measured: -1, min: 0 },
        },
        {
          kind: 'value',
          path: at('SC-002', '.value.numerator'),
          problem: { code: 'negative', field: 'numerator' },
        },
        {
          kind: 'value',
          path: at('SC-002', '.value.denominator'),
          problem: { code: 'negative', field: 'denominator' },
        },
        {
          kind: 'value',
          path: at('SC-003', '.value.type'),
          problem: { code: 'wrong-type', field: 'type', expected: 'level', given: 'kpi' },
        },
        {
          kind: 'value',
          path: at('SC-005', '.value.optionId'),
          problem: { code: 'unknown-option', field: 'optionId', optionId: 'most' },
        },
        { kind: 'unknown-indicator', path: at('SC-999'), setId: 'tiny', version: '1.0.0' },
      ],
    })
  })

  it('checks the value kept under N/A, since un-ticking N/A restores it', () => {
    const answers: Answers = {
      'SC-003': { notApplicable: { reason: 'none' }, value: { type: 'level', level: -3 } },
    }
    expect(issuesOf(assessment(answers)).issues).toEqual([
      {
        kind: 'value',
        path: '$.assessments[0].answers["SC-003"].value.level',
        problem: { code: 'unknown-level', field: 'level', level: -3, levels: [1, 2, 3, 4, 5] },
      },
    ])
  })

  it('refuses an answer to an indicator the questionnaire does not ask of the city level', () => {
    // SC-005 is asked of prefecture-level cities and above only.
    const answers: Answers = { 'SC-005': { notApplicable: { reason: 'n/a' } } }
    expect(issuesOf(assessment(answers, { cityLevel: 'county' })).issues).toEqual([
      { kind: 'not-asked', path: '$.assessments[0].answers["SC-005"]', cityLevel: 'county' },
    ])
    expect(issuesOf(assessment(answers)).count).toBe(0)
  })

  it('names an unknown indicator set once, without looking at its answers', () => {
    const other = assessment(
      { 'SC-001': { value: { type: 'level', level: 9 } } },
      { indicatorSet: { setId: `x${'y'.repeat(100)}`, version: '2.0.0' } },
    )
    expect(issuesOf(assessment({}), other)).toEqual({
      count: 1,
      issues: [
        {
          kind: 'unknown-set',
          path: '$.assessments[1].indicatorSet',
          setId: `x${'y'.repeat(39)}…`,
          version: '2.0.0',
        },
      ],
    })
  })

  it(`lists the first ${maxListedIssues} problems and counts them all`, () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      assessment({ 'SC-999': {} }, { id: `many-${String(i).padStart(4, '0')}`, year: 2000 + i }),
    )
    const { issues, count } = issuesOf(...many)
    expect(count).toBe(30)
    expect(issues).toHaveLength(maxListedIssues)
    expect(issues[9]?.path).toBe('$.assessments[9].answers["SC-999"]')
  })

  it('cuts an unknown option id to an excerpt', () => {
    const answers = { 'SC-005': { value: { type: 'choice', optionId: 'o'.repeat(100) } } } as const
    expect(issuesOf(assessment(answers)).issues[0]).toMatchObject({
      problem: { optionId: `${'o'.repeat(40)}…` },
    })
  })
})
