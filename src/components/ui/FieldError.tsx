import { useTranslation } from 'react-i18next'

/** A translated validation message tied to its field by id (the field sets aria-describedby). */
export const FieldError = ({
  id,
  message,
  values,
}: {
  id: string
  message: string | undefined
  values?: Record<string, string | number>
}) => {
  const { t } = useTranslation()
  if (message === undefined || message === '') return null
  return (
    <p id={id} className="field-error">
      {/* Messages from the schemas are i18n keys; anything else is shown as it came. */}
      {message.startsWith('validation.')
        ? t(message as 'validation.tooLong', values ?? {})
        : message}
    </p>
  )
}
