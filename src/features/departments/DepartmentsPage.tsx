import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { AssessmentScreen } from '../../components/ui/AssessmentScreen'
import { useIndicatorSet } from '../../components/ui/indicatorSetContext'
import { usePageTitle } from '../../components/ui/usePageTitle'
import type { Assessment } from '../../domain/assessment/assessment'
import { assignedTo } from '../../domain/departments/assignments'
import { addDepartmentsText } from '../../i18n/departmentsText'
import { routes } from '../../routes/routes'
import { assessmentActions, useAssessments } from '../../store/appStore'
import { AssignPanel } from './AssignPanel'
import { localToday } from './departmentDates'
import { DepartmentsList } from './DepartmentsList'
import { StatusBoard } from './StatusBoard'
import './departments.css'

addDepartmentsText()

const DepartmentsView = ({ assessment }: { assessment: Assessment }) => {
  const { t } = useTranslation()
  const set = useIndicatorSet()
  const readOnly = useAssessments((s) => s.readOnly[assessment.id] === true)
  const edit = (change: (a: Assessment) => Assessment) =>
    assessmentActions.edit(assessment.id, change)
  const assignedCounts = new Map(
    (assessment.departments ?? []).map((d) => [d.id, assignedTo(assessment, set, d.id).length]),
  )
  return (
    <div className="departments-page">
      <h1>{t('departments.title')}</h1>
      <p className="muted">
        {assessment.city} {assessment.year}
      </p>
      <p>{t('departments.intro')}</p>
      <ul className="departments-links">
        <li>
          <Link href={routes.questionnaire.href(assessment.id)}>
            {t('departments.backToQuestionnaire')}
          </Link>
        </li>
        <li>
          <Link href={routes.merge.href(assessment.id)}>{t('departments.mergeLink')}</Link>
        </li>
      </ul>
      {readOnly && (
        <p className="banner warning" role="status">
          {t('questionnaire.readOnlyOtherTab')}
        </p>
      )}
      <DepartmentsList
        assessment={assessment}
        assignedCounts={assignedCounts}
        readOnly={readOnly}
        edit={edit}
      />
      <AssignPanel assessment={assessment} set={set} readOnly={readOnly} edit={edit} />
      <StatusBoard assessment={assessment} set={set} today={localToday()} readOnly={readOnly} />
    </div>
  )
}

/**
 * The coordinator's departments of one assessment: the departments, who answers what, and the
 * status board from which packages are exported. Its text comes with its code.
 */
export const DepartmentsPage = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const phase = useAssessments((s) => s.phase)
  const assessment = useAssessments((s) => s.byId[id])
  const named = assessment === undefined ? null : `${assessment.city} ${assessment.year}`
  usePageTitle(named === null ? t('departments.title') : `${t('departments.title')} · ${named}`)
  // Like the questionnaire: this tab asks to be the one that writes the assessment.
  useEffect(
    () => (phase === 'ready' ? assessmentActions.openForEditing(id) : undefined),
    [id, phase],
  )
  return (
    <AssessmentScreen phase={phase} value={assessment} setOf={(a) => a.indicatorSet}>
      {(found) => <DepartmentsView assessment={found} />}
    </AssessmentScreen>
  )
}
