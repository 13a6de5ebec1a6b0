import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../domain/assessment/assessment'
import {
  addDepartment,
  removeDepartment,
  updateDepartment,
} from '../../domain/departments/assignments'
import { departmentLimits, type Department } from '../../domain/departments/departmentSchema'
import { DepartmentForm } from './DepartmentForm'
import { newDepartmentId } from './departmentIds'

type Props = {
  assessment: Assessment
  /** How many indicators each department answers (by department id). */
  assignedCounts: ReadonlyMap<string, number>
  readOnly: boolean
  edit: (change: (a: Assessment) => Assessment) => void
}

type Mode = { kind: 'edit' | 'remove'; id: string } | null

/** The departments with their contact and assignment count; add, edit and remove them. */
export const DepartmentsList = ({ assessment, assignedCounts, readOnly, edit }: Props) => {
  const { t } = useTranslation()
  const [mode, setMode] = useState<Mode>(null)
  const departments = assessment.departments ?? []

  const add = (values: { name: string; contact: string }, tries = 3): string | null => {
    const department: Department = { id: newDepartmentId(), ...values }
    const result = addDepartment(assessment, department)
    if (!result.ok) {
      if (result.reason === 'too-many')
        return t('departments.form.tooMany', { max: departmentLimits.departments })
      // A taken id is one random draw in 36^8: another draw is free.
      if (tries > 1) return add(values, tries - 1)
    }
    edit((a) => {
      const added = addDepartment(a, department)
      return added.ok ? added.assessment : a
    })
    return null
  }

  return (
    <section aria-labelledby="departments-list">
      <h2 id="departments-list">{t('departments.list.heading')}</h2>
      {departments.length === 0 && <p>{t('departments.list.empty')}</p>}
      <ul className="department-list">
        {departments.map((d) => (
          <li key={d.id}>
            {mode?.kind === 'edit' && mode.id === d.id ? (
              <>
                <h3>{t('departments.form.editHeading', { name: d.name })}</h3>
                <DepartmentForm
                  idPrefix={`edit-${d.id}`}
                  initial={{ name: d.name, contact: d.contact ?? '' }}
                  submitLabel={t('departments.form.save')}
                  disabled={readOnly}
                  onSave={(values) => {
                    edit((a) => updateDepartment(a, d.id, values))
                    setMode(null)
                    return null
                  }}
                  onCancel={() => setMode(null)}
                />
              </>
            ) : (
              <>
                <h3>{d.name}</h3>
                {d.contact !== undefined && (
                  <p>{t('departments.list.contact', { contact: d.contact })}</p>
                )}
                <p>{t('departments.list.assigned', { count: assignedCounts.get(d.id) ?? 0 })}</p>
                {mode?.kind === 'remove' && mode.id === d.id ? (
                  <div role="group" aria-labelledby={`remove-${d.id}`} className="banner warning">
                    <p id={`remove-${d.id}`}>
                      {t('departments.list.removeQuestion', { name: d.name })}
                    </p>
                    <div className="form-actions">
                      <button
                        type="button"
                        className="button danger"
                        disabled={readOnly}
                        onClick={() => {
                          edit((a) => removeDepartment(a, d.id))
                          setMode(null)
                        }}
                      >
                        {t('departments.list.confirmRemove')}
                      </button>
                      <button
                        type="button"
                        className="button secondary"
                        onClick={() => setMode(null)}
                      >
                        {t('common.cancel')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <div className="form-actions">
                    <button
                      type="button"
                      className="button secondary"
                      disabled={readOnly}
                      aria-label={`${t('departments.list.edit')} ${d.name}`}
                      onClick={() => setMode({ kind: 'edit', id: d.id })}
                    >
                      {t('departments.list.edit')}
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      disabled={readOnly}
                      aria-label={`${t('departments.list.remove')} ${d.name}`}
                      onClick={() => setMode({ kind: 'remove', id: d.id })}
                    >
                      {t('departments.list.remove')}
                    </button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <h3 id="department-add">{t('departments.form.addHeading')}</h3>
      <DepartmentForm
        idPrefix="department-add"
        submitLabel={t('departments.form.add')}
        disabled={readOnly}
        onSave={add}
      />
    </section>
  )
}
