/**
 * The coordinator's departments on an assessment: adding, renaming and removing them, which
 * indicators each one answers, and issuing a package to one of them. Pure: each function returns
 * the changed assessment (the store saves it), or says why it cannot.
 */
import type { Answer } from '../assessment/answer'
import type { Assessment } from '../assessment/assessment'
import { appliesTo } from '../indicators/applicability'
import type { Indicator, IndicatorSet } from '../indicators/schema'
import { departmentLimits, type Department, type IssuedPackage } from './departmentSchema'

/**
 * The indicators that can be assigned: those of the assessment's set that its city level is
 * asked, in set order (a county-level city is not asked `prefecture-and-above` indicators, so
 * nobody answers them).
 */
export const assignableIndicators = (
  set: IndicatorSet,
  cityLevel: Assessment['cityLevel'],
): Indicator[] => set.indicators.filter((i) => appliesTo(i, cityLevel))

export type AddDepartmentResult =
  { ok: true; assessment: Assessment } | { ok: false; reason: 'duplicate-id' | 'too-many' }

/**
 * `assessment` with `department` added at the end of its list. Refused when its id is taken (the
 * caller makes a new one) or the list already holds `departmentLimits.departments`. An empty
 * contact is left out.
 */
export const addDepartment = (
  assessment: Assessment,
  department: Department,
): AddDepartmentResult => {
  const list = assessment.departments ?? []
  if (list.some((d) => d.id === department.id)) return { ok: false, reason: 'duplicate-id' }
  if (list.length >= departmentLimits.departments) return { ok: false, reason: 'too-many' }
  return { ok: true, assessment: { ...assessment, departments: [...list, tidy(department)] } }
}

const tidy = (department: Department): Department => {
  const contact = department.contact?.trim() ?? ''
  return {
    id: department.id,
    name: department.name.trim(),
    ...(contact === '' ? {} : { contact }),
  }
}

/**
 * `assessment` with the department `id` renamed and its contact replaced (an empty contact
 * removes it). An unknown id changes nothing. Packages already issued keep the name they carried.
 */
export const updateDepartment = (
  assessment: Assessment,
  id: string,
  fields: { name: string; contact?: string },
): Assessment => {
  const list = assessment.departments ?? []
  if (!list.some((d) => d.id === id)) return assessment
  return {
    ...assessment,
    departments: list.map((d) => (d.id === id ? tidy({ id, ...fields }) : d)),
  }
}

/**
 * `assessment` without the department `id`: its indicators become unassigned. The packages it was
 * sent stay, as the history of what went out and what a late return is merged against.
 */
export const removeDepartment = (assessment: Assessment, id: string): Assessment => {
  const list = assessment.departments ?? []
  if (!list.some((d) => d.id === id)) return assessment
  return {
    ...assessment,
    departments: list.filter((d) => d.id !== id),
    assignments: Object.fromEntries(
      Object.entries(assessment.assignments ?? {}).filter(([, to]) => to !== id),
    ),
  }
}

/**
 * `assessment` with `indicatorIds` assigned to `departmentId` (each indicator answered by one
 * department, so assigning moves it from any other), or unassigned when `departmentId` is null.
 * Ids that are not assignable (not in the set, or not asked of the city level) are skipped; an
 * unknown department changes nothing.
 */
export const assignIndicators = (
  assessment: Assessment,
  set: IndicatorSet,
  indicatorIds: readonly string[],
  departmentId: string | null,
): Assessment => {
  if (departmentId !== null && !(assessment.departments ?? []).some((d) => d.id === departmentId))
    return assessment
  const allowed = new Set(assignableIndicators(set, assessment.cityLevel).map((i) => i.id))
  const chosen = new Set(indicatorIds.filter((id) => allowed.has(id)))
  const kept = Object.entries(assessment.assignments ?? {}).filter(([id]) => !chosen.has(id))
  const added = departmentId === null ? [] : [...chosen].map((id) => [id, departmentId] as const)
  return { ...assessment, assignments: Object.fromEntries([...kept, ...added]) }
}

/** The assignable indicators assigned to `departmentId`, in set order. */
export const assignedTo = (
  assessment: Assessment,
  set: IndicatorSet,
  departmentId: string,
): Indicator[] => {
  const assignments = assessment.assignments ?? {}
  return assignableIndicators(set, assessment.cityLevel).filter(
    (i) => assignments[i.id] === departmentId,
  )
}

export type IssuePackageResult =
  | { ok: true; assessment: Assessment; issued: IssuedPackage }
  | { ok: false; reason: 'unknown-department' | 'nothing-assigned' | 'too-many-packages' }

/**
 * Issues a package to `departmentId`: `assessment` with a new `IssuedPackage` appended to
 * `packages` (which then supersedes any earlier one to the same department), and that package.
 * It lists the department's assigned indicators in set order and carries (`base`) the
 * assessment's current answers to them, against which its return is later merged. An empty note
 * is left out. Refused when the department is unknown, has nothing assigned, or the assessment
 * already keeps `departmentLimits.packages` packages.
 */
export const issuePackage = (
  assessment: Assessment,
  set: IndicatorSet,
  departmentId: string,
  fields: { packageId: string; createdAt: string; dueDate?: string; note?: string },
): IssuePackageResult => {
  if (!(assessment.departments ?? []).some((d) => d.id === departmentId))
    return { ok: false, reason: 'unknown-department' }
  const ids = assignedTo(assessment, set, departmentId).map((i) => i.id)
  if (ids.length === 0) return { ok: false, reason: 'nothing-assigned' }
  const packages = assessment.packages ?? []
  if (packages.length >= departmentLimits.packages)
    return { ok: false, reason: 'too-many-packages' }
  const base: Record<string, Answer> = {}
  for (const id of ids) {
    const answer = assessment.answers[id]
    if (answer !== undefined) base[id] = answer
  }
  const note = fields.note?.trim() ?? ''
  const issued: IssuedPackage = {
    packageId: fields.packageId,
    departmentId,
    createdAt: fields.createdAt,
    ...(fields.dueDate === undefined || fields.dueDate === '' ? {} : { dueDate: fields.dueDate }),
    ...(note === '' ? {} : { note }),
    indicatorIds: ids,
    base,
  }
  return { ok: true, assessment: { ...assessment, packages: [...packages, issued] }, issued }
}
