import type { Answer } from '../../src/domain/assessment/answer'
import type { Assessment } from '../../src/domain/assessment/assessment'
import type { IssuedPackage } from '../../src/domain/departments/departmentSchema'
import { buildPackage } from '../../src/domain/departments/packageFile'
import { buildReturn, serialiseReturn } from '../../src/domain/departments/returnFile'
import { appliesTo } from '../../src/domain/indicators/applicability'
import type { Indicator, IndicatorSet } from '../../src/domain/indicators/schema'

const yes: Answer = { value: { type: 'boolean', value: true } }
const no: Answer = { value: { type: 'boolean', value: false } }

export const department = { id: 'transport', name: 'Transport Bureau 交通运输局' }
export const respondent = { name: 'Li Ming 李明', department: department.name }

/**
 * An assessment of `set` that sent a package to the transport bureau for three yes/no indicators,
 * and that bureau's return: the first is unanswered here and answered "yes" there (new); the
 * second is "yes" in the package and here, "no" there (different); the third was "yes" in the
 * package, changed to "no" here since, and returned "yes" (a conflict). Tests only.
 */
export const departmentReturn = (set: IndicatorSet) => {
  const asked = set.indicators.filter(
    (i) => i.answer.type === 'boolean' && appliesTo(i, 'prefecture-and-above'),
  )
  const [fresh, differing, conflicting] = asked
  if (fresh === undefined || differing === undefined || conflicting === undefined)
    throw new Error('the set has fewer than three yes/no indicators')
  const ids = [fresh.id, differing.id, conflicting.id]
  const issued: IssuedPackage = {
    packageId: 'pkg-transport-0001',
    departmentId: department.id,
    createdAt: '2026-01-10T08:00:00.000Z',
    indicatorIds: ids,
    base: { [differing.id]: yes, [conflicting.id]: yes },
  }
  const assessment: Assessment = {
    id: 'merge-hangzhou-2026',
    city: '杭州市',
    province: '浙江省',
    year: 2026,
    cityLevel: 'prefecture-and-above',
    indicatorSet: { setId: set.meta.setId, version: set.meta.version },
    answers: { [differing.id]: yes, [conflicting.id]: no },
    departments: [department],
    assignments: Object.fromEntries(ids.map((id) => [id, department.id])),
    packages: [issued],
    createdAt: '2026-01-01T08:00:00.000Z',
    updatedAt: '2026-01-12T08:00:00.000Z',
    revision: 1,
  }
  const pkg = buildPackage(
    assessment,
    department,
    issued,
    { sha256: '0'.repeat(64), carry: null },
    'test',
  )
  const at = '2026-01-20T09:00:00.000Z'
  const file = buildReturn(
    pkg,
    {
      [fresh.id]: { answer: { ...yes, note: 'Opened in 2025' }, answeredAt: at },
      [differing.id]: { answer: no, answeredAt: at },
      [conflicting.id]: { answer: yes, answeredAt: at },
    },
    respondent,
    'test',
    '2026-01-21T10:00:00.000Z',
  )
  const indicators: [Indicator, Indicator, Indicator] = [fresh, differing, conflicting]
  return { assessment, file, text: serialiseReturn(file), indicators, yes, no }
}
