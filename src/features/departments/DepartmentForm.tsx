import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FieldError } from '../../components/ui/FieldError'
import {
  DepartmentFormSchema,
  type DepartmentFormValues,
} from '../../domain/departments/departmentForm'

type Props = {
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string
  initial?: DepartmentFormValues
  submitLabel: string
  disabled: boolean
  /** Saves the values; returns a message to show when it could not, or null. */
  onSave: (values: DepartmentFormValues) => string | null
  onCancel?: () => void
}

/** A department's name (required) and contact (optional), checked by `DepartmentFormSchema`. */
export const DepartmentForm = ({
  idPrefix,
  initial,
  submitLabel,
  disabled,
  onSave,
  onCancel,
}: Props) => {
  const { t } = useTranslation()
  const { register, handleSubmit, formState, reset, setError } = useForm<
    DepartmentFormValues,
    unknown,
    DepartmentFormValues
  >({
    resolver: zodResolver(DepartmentFormSchema),
    defaultValues: initial ?? { name: '', contact: '' },
  })
  const { errors } = formState
  const id = (name: string) => `${idPrefix}-${name}`
  // Messages are keys of this screen's text or of the shared validation text.
  const message = (text: string | undefined) =>
    text === undefined ? undefined : t(text as 'departments.form.nameRequired')

  const submit = (values: DepartmentFormValues) => {
    const problem = onSave(values)
    if (problem === null) reset(initial ?? { name: '', contact: '' })
    else setError('root', { message: problem })
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void handleSubmit(submit)(e)}>
      <div className="field">
        <label htmlFor={id('name')}>
          {t('departments.form.name')} <span aria-hidden="true">*</span>
        </label>
        <input
          id={id('name')}
          autoComplete="off"
          aria-required="true"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? id('name-error') : undefined}
          disabled={disabled}
          {...register('name')}
        />
        <FieldError id={id('name-error')} message={message(errors.name?.message)} />
      </div>
      <div className="field">
        <label htmlFor={id('contact')}>{t('departments.form.contact')}</label>
        <input
          id={id('contact')}
          autoComplete="off"
          aria-invalid={errors.contact ? true : undefined}
          aria-describedby={[id('contact-hint'), errors.contact ? id('contact-error') : '']
            .join(' ')
            .trim()}
          disabled={disabled}
          {...register('contact')}
        />
        <p id={id('contact-hint')} className="hint">
          {t('departments.form.contactHint')}
        </p>
        <FieldError id={id('contact-error')} message={message(errors.contact?.message)} />
      </div>
      {errors.root?.message !== undefined && (
        <p role="alert" className="banner error">
          {errors.root.message}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={disabled}>
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
