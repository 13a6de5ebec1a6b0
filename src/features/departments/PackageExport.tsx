import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FieldError } from '../../components/ui/FieldError'
import { downloadBlob, jsonBlob } from '../../components/ui/download'
import { isCustomSet } from '../../content/defaultIndicatorSet'
import { setSha256 } from '../../content/setSha256'
import { assertNever } from '../../domain/assertNever'
import type { Assessment } from '../../domain/assessment/assessment'
import { issuePackage, type IssuePackageResult } from '../../domain/departments/assignments'
import { PackageFormSchema, type PackageFormValues } from '../../domain/departments/departmentForm'
import { departmentLimits, type Department } from '../../domain/departments/departmentSchema'
import { buildPackage, serialisePackage } from '../../domain/departments/packageFile'
import { packageFileName } from '../../domain/exchange/fileNames'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { appVersion, assessmentActions, assessments } from '../../store/appStore'
import { useDates } from './departmentDates'

type Props = {
  assessment: Assessment
  set: IndicatorSet
  department: Department
  /** When the package this one replaces was made; null: the first. */
  replaces: string | null
  readOnly: boolean
  onClose: () => void
}

type Refusal = Exclude<IssuePackageResult, { ok: true }>['reason'] | 'no-hash'

/**
 * Issues a package to one department and saves its file: an optional due date and note, then the
 * package is recorded with the assessment (superseding an earlier one) and downloaded.
 */
export const PackageExport = ({
  assessment,
  set,
  department,
  replaces,
  readOnly,
  onClose,
}: Props) => {
  const { t } = useTranslation()
  const dates = useDates()
  const [outcome, setOutcome] = useState<{ saved: string } | { refused: Refusal } | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const { register, handleSubmit, formState } = useForm<
    PackageFormValues,
    unknown,
    PackageFormValues
  >({
    resolver: zodResolver(PackageFormSchema),
    defaultValues: { dueDate: '', note: '' },
  })
  const { errors } = formState
  const message = (text: string | undefined) =>
    text === undefined ? undefined : t(text as 'departments.form.dueDateInvalid')
  const id = `package-${department.id}`

  const create = async (values: PackageFormValues) => {
    const sha256 = await setSha256(assessment.indicatorSet)
    if (sha256 === null) return setOutcome({ refused: 'no-hash' })
    const fields = {
      packageId: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      dueDate: values.dueDate,
      note: values.note,
    }
    const current = assessments.store.getState().byId[assessment.id] ?? assessment
    const result = issuePackage(current, set, department.id, fields)
    if (!result.ok) return setOutcome({ refused: result.reason })
    // The same package, issued on the assessment as the store holds it when it saves.
    assessmentActions.edit(assessment.id, (a) => {
      const issued = issuePackage(a, set, department.id, fields)
      return issued.ok ? issued.assessment : a
    })
    const file = buildPackage(
      result.assessment,
      department,
      result.issued,
      { sha256, carry: isCustomSet(assessment.indicatorSet) ? set : null },
      appVersion,
    )
    const name = packageFileName(assessment, department.name, fields.createdAt)
    downloadBlob(jsonBlob(serialisePackage(file)), name)
    setOutcome({ saved: name })
  }

  const refusalText = (reason: Refusal) => {
    switch (reason) {
      case 'no-hash':
        return t('departments.package.noHash')
      case 'nothing-assigned':
        return t('departments.package.nothingAssigned', { name: department.name })
      case 'too-many-packages':
        return t('departments.package.tooMany', { max: departmentLimits.packages })
      case 'unknown-department':
        return t('departments.package.unknownDepartment')
      default:
        return assertNever(reason)
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="package-export">
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('departments.package.heading', { name: department.name })}
      </h3>
      {replaces !== null && (
        <p className="banner info">
          {t('departments.package.replaces', { date: dates.day(replaces) })}
        </p>
      )}
      <form className="form" noValidate onSubmit={(e) => void handleSubmit(create)(e)}>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('departments.package.dueDate')}</label>
          <input
            id={`${id}-due`}
            type="date"
            aria-invalid={errors.dueDate ? true : undefined}
            aria-describedby={errors.dueDate ? `${id}-due-error` : undefined}
            disabled={readOnly}
            {...register('dueDate')}
          />
          <FieldError id={`${id}-due-error`} message={message(errors.dueDate?.message)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('departments.package.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? `${id}-note-error` : undefined}
            disabled={readOnly}
            {...register('note')}
          />
          <FieldError id={`${id}-note-error`} message={message(errors.note?.message)} />
        </div>
        {outcome !== null && 'saved' in outcome && (
          <p role="status" className="banner info">
            {t('departments.package.exported', { file: outcome.saved })}
          </p>
        )}
        {outcome !== null && 'refused' in outcome && (
          <p role="alert" className="banner error">
            {refusalText(outcome.refused)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={readOnly || formState.isSubmitting}>
            {t('departments.package.create')}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
