/**
 * The rescue feature's code, fetched only in a browser that has stored records that could not be
 * read or automatic backups (see `RescueSlot`). Each part renders nothing when it has nothing to
 * say, so a slot can stay in place.
 */
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import { addRescueText } from '../../i18n/rescueText'
import { routes } from '../../routes/routes'
import { useAssessments } from '../../store/appStore'
import { BackupsPanel } from './BackupsPanel'
import { UnreadableRecords, unreadableRecordsAnchor } from './UnreadableRecords'

// The text comes with the code (see rescueText.ts): whoever imports a part can render it.
addRescueText()

/** "Show them": a jump on the home page; elsewhere, to the home page, whose list scrolls into view. */
const ShowLink = () => {
  const { t } = useTranslation()
  const [path] = useLocation()
  const fragment = `#${unreadableRecordsAnchor}`
  return path === routes.home.href() ? (
    <a href={fragment}>{t('rescue.show')}</a>
  ) : (
    <Link href={`${routes.home.href()}${fragment}`}>{t('rescue.show')}</Link>
  )
}

/** Above "Export all (JSON)": what the file will not hold, and where to download it first. */
const ExportNotice = () => {
  const { t } = useTranslation()
  const count = useAssessments((s) => s.damaged.length)
  return count === 0 ? null : (
    <p className="banner warning">
      {t('rescue.exportNotice', { count })} <ShowLink />
    </p>
  )
}

/**
 * Under "Where your data is kept": the records that could not be read, then the backups (kept
 * only in IndexedDB: in a browser that refuses it, the page's memory holds nothing to restore).
 */
const Panels = () => {
  const backups = useAssessments((s) => s.backupCount > 0 && s.storageKind === 'indexeddb')
  return (
    <>
      <UnreadableRecords />
      {backups && <BackupsPanel />}
    </>
  )
}

/** In the "Delete all local data" question: it also deletes the records that could not be read. */
const WipeWarning = () => {
  const { t } = useTranslation()
  const count = useAssessments((s) => s.damaged.length)
  return count === 0 ? null : (
    <p>
      <strong>{t('rescue.wipe', { count })}</strong>
    </p>
  )
}

export const parts = {
  showLink: ShowLink,
  exportNotice: ExportNotice,
  panels: Panels,
  wipeWarning: WipeWarning,
}
