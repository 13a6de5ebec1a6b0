import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RespondentSchema, type Respondent } from '../../domain/departments/departmentSchema'

type Props = {
  stored: Respondent | undefined
  /** The package's department, offered until the respondent types their own. */
  departmentName: string
  onChange: (respondent: Respondent | undefined) => void
}

/** Who answers, typed in once and stored with the response; both fields are needed to return. */
export const RespondentFields = ({ stored, departmentName, onChange }: Props) => {
  const { t } = useTranslation()
  const [name, setName] = useState(stored?.name ?? '')
  const [department, setDepartment] = useState(stored?.department ?? departmentName)
  const update = (next: { name: string; department: string }) => {
    const parsed = RespondentSchema.safeParse(next)
    onChange(parsed.success ? parsed.data : undefined)
  }
  return (
    <section aria-labelledby="respondent-title" className="form">
      <h2 id="respondent-title">{t('workspace.respondent.heading')}</h2>
      <p id="respondent-hint" className="hint">
        {t('workspace.respondent.hint')}
      </p>
      <div className="field">
        <label htmlFor="respondent-name">{t('workspace.respondent.name')}</label>
        <input
          id="respondent-name"
          autoComplete="name"
          maxLength={100}
          aria-describedby="respondent-hint"
          value={name}
          onChange={(e) => {
            setName(e.target.value)
            update({ name: e.target.value, department })
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="respondent-department">{t('workspace.respondent.department')}</label>
        <input
          id="respondent-department"
          autoComplete="organization"
          maxLength={100}
          value={department}
          onChange={(e) => {
            setDepartment(e.target.value)
            update({ name, department: e.target.value })
          }}
        />
      </div>
    </section>
  )
}
