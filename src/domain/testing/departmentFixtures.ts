/**
 * An assessment on the tiny set that sent one package to one department, and returns to that
 * package (tests only).
 */
import type { Answer, Answers } from '../assessment/answer'
import type { Assessment } from '../assessment/assessment'
import type { IssuedPackage } from '../departments/departmentSchema'
import { buildPackage } from '../departments/packageFile'
import { buildReturn, type ReturnFile } from '../departments/returnFile'
import type { FindIndicatorSet } from '../exchange/importAnswers'
import { testAssessment } from './testAssessment'
import { tinySet } from './tinySet'

export const kpi = (value: number): Answer => ({ value: { type: 'kpi', value } })

/** Finds the tiny set, as the app finds its releases. */
export const findTinySet: FindIndicatorSet = (ref) =>
  ref.setId === tinySet.meta.setId && ref.version === tinySet.meta.version ? tinySet : null

export const transport = { id: 'transport', name: '交通运输局' }

/** The package sent to transport: SC-001, SC-002 and SC-004, carrying the answers of the time. */
export const issuedPackage = (
  base: Record<string, Answer>,
  overrides: Partial<IssuedPackage> = {},
): IssuedPackage => ({
  packageId: 'pkg-transport-0001',
  departmentId: transport.id,
  createdAt: '2026-01-10T08:00:00.000Z',
  indicatorIds: ['SC-001', 'SC-002', 'SC-004'],
  base,
  ...overrides,
})

/** The assessment as it was when the package was made (`base`), now holding `current`. */
export const assessmentWithPackage = (
  base: Record<string, Answer>,
  current: Record<string, Answer> = base,
  packages: IssuedPackage[] = [issuedPackage(base)],
): Assessment =>
  testAssessment({
    id: 'hangzhou-2026',
    year: 2026,
    indicatorSet: { setId: tinySet.meta.setId, version: tinySet.meta.version },
    answers: current,
    departments: [transport],
    assignments: { 'SC-001': transport.id, 'SC-002': transport.id, 'SC-004': transport.id },
    packages,
  })

/** The return of `issued` (by default the assessment's first package) with `answers`. */
export const returnOf = (
  assessment: Assessment,
  answers: Answers,
  issued: IssuedPackage | undefined = assessment.packages?.[0],
): ReturnFile => {
  if (issued === undefined) throw new Error('no package')
  const pkg = buildPackage(
    assessment,
    transport,
    issued,
    { sha256: 'a'.repeat(64), carry: null },
    'test',
  )
  const given: Record<string, { answer: Answer; answeredAt: string }> = {}
  for (const [id, answer] of Object.entries(answers))
    if (answer !== undefined) given[id] = { answer, answeredAt: '2026-01-20T09:00:00.000Z' }
  const file = buildReturn(
    pkg,
    given,
    { name: '李明', department: transport.name },
    'test',
    '2026-01-21T10:00:00.000Z',
  )
  // `buildReturn` keeps only the package's indicators; a hostile or stale file may carry others.
  const extra = Object.fromEntries(
    Object.entries(given).filter(([id]) => !issued.indicatorIds.includes(id)),
  )
  return { ...file, answers: { ...file.answers, ...extra } }
}
