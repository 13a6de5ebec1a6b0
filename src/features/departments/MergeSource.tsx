import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../domain/assessment/assessment'
import { latestPackages } from '../../domain/departments/planReturn'
import { useFormat } from '../../i18n/format'
import type { Source } from './MergeScreen'

/**
 * Where the answers of a merge come from: the department, person and package of a return (and
 * whether a newer package superseded it, and which answers were ignored), or the imported
 * assessment.
 */
export const MergeSource = ({ assessment, source }: { assessment: Assessment; source: Source }) => {
  const { t } = useTranslation()
  const format = useFormat()
  if (source.kind === 'assessment')
    return (
      <p>
        {t('merge.source.assessment', {
          city: source.incoming.city,
          year: source.incoming.year,
          time: format.dateTime(source.incoming.updatedAt),
        })}
      </p>
    )
  const { file, plan } = source
  const newest = latestPackages(assessment.packages ?? []).get(plan.issued.departmentId)
  return (
    <>
      <p>
        {t('merge.source.return', {
          department: file.department.name,
          person: file.respondent.name,
          returnedAt: format.dateTime(file.returnedAt),
          createdAt: format.dateTime(plan.issued.createdAt),
        })}
      </p>
      {plan.superseded && newest !== undefined && (
        <p className="banner warning">
          {t('merge.superseded', { date: format.dateTime(newest.createdAt) })}
        </p>
      )}
      {plan.unassigned.length > 0 && (
        <p className="banner warning">
          {t('merge.unassigned', { ids: plan.unassigned.join(', ') })}
        </p>
      )}
    </>
  )
}
