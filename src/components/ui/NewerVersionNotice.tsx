import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { newerRelease, type SetRef } from '../../content/defaultIndicatorSet'
import { routes } from '../../routes/routes'

type Props = {
  /** The assessment. */
  id: string
  /** The indicator set version it records. */
  setRef: SetRef
  /** True while another tab edits the assessment: this tab may not move it, so no link. */
  readOnly: boolean
}

/**
 * "This assessment uses version X; version Y is available", with a link to the move screen, when
 * this app ships a newer release of the assessment's set. Moving is the user's choice: this only
 * offers it (the move screen shows what would change first). Nothing when there is no newer one.
 */
export const NewerVersionNotice = ({ id, setRef, readOnly }: Props) => {
  const { t } = useTranslation()
  const newer = newerRelease(setRef)
  if (newer === null) return null
  return (
    <p className="banner info newer-version">
      {t('common.newerVersion.text', { from: setRef.version, to: newer.version })}
      {!readOnly && (
        <>
          {' '}
          <Link href={routes.move.href(id)}>{t('common.newerVersion.link')}</Link>
        </>
      )}
    </p>
  )
}
