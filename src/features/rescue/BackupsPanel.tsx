import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readRecordText } from '../../domain/assessment/envelope'
import type { Assessment } from '../../domain/assessment/assessment'
import { useFormat } from '../../i18n/format'
import { readBackups, type BackupList } from '../../storage/backups'
import { acquireWriterLock } from '../../storage/tabCoordination'
import { assessmentActions, assessments, useAssessments } from '../../store/appStore'
import { restoreBackup, type RestoreOutcome } from '../../store/restoreBackup'
import { downloadBackedUp } from './rescueDownloads'

type Refusal = Exclude<RestoreOutcome, { ok: true }>

/**
 * "Automatic backups": what imports and restores replaced, newest first, each assessment with
 * "Restore" and "Download JSON". A restore asks nothing first: it keeps what it replaces as a new
 * backup, so restoring that one undoes it. The list is read again whenever the number of backups
 * changes (a restore or an import on this page adds one).
 */
export const BackupsPanel = () => {
  const { t } = useTranslation()
  const format = useFormat()
  const count = useAssessments((s) => s.backupCount)
  const [list, setList] = useState<BackupList | null>(null)
  const [notice, setNotice] = useState<{ text: string; failed: boolean } | null>(null)
  // A second click while a restore runs is ignored (disabling the button would drop focus).
  const restoring = useRef(false)

  useEffect(() => {
    let live = true
    void readBackups().then((listed) => live && setList(listed))
    return () => {
      live = false
    }
  }, [count])

  const refusal = (outcome: Refusal): string => {
    switch (outcome.reason) {
      case 'open-elsewhere':
      case 'outdated':
      case 'unsaved-changes':
      case 'blocked':
      case 'conflict':
      case 'quota':
        return t(`rescue.outcome.${outcome.reason}`)
      case 'missing-choice':
      case 'invalid-choice':
        return t('rescue.outcome.conflict')
      case 'not-ready':
        return t('rescue.outcome.failed', { detail: outcome.reason })
      case 'different-set':
        // A restore writes no indicator sets; named for completeness.
        return t('rescue.outcome.failed', { detail: outcome.key })
      default:
        return t('rescue.outcome.failed', { detail: outcome.detail })
    }
  }

  const restore = async (assessment: Assessment, name: string, time: string) => {
    if (restoring.current) return
    restoring.current = true
    const outcome = await restoreBackup(
      {
        store: assessments.store,
        importAssessments: assessmentActions.importAssessments,
        acquireWriterLock,
      },
      assessment,
    )
    restoring.current = false
    setNotice(
      outcome.ok
        ? {
            text: `${t('rescue.backups.restored', { name, time })}${outcome.backedUp > 0 ? ` ${t('rescue.backups.kept')}` : ''}`,
            failed: false,
          }
        : { text: t('rescue.outcome.refused', { reason: refusal(outcome) }), failed: true },
    )
  }

  if (list === null) return null
  return (
    <section aria-labelledby="backups-title">
      <h3 id="backups-title">
        {t('rescue.backups.title', { count: list.ok ? list.backups.length : count })}
      </h3>
      <p>{t('rescue.backups.intro')}</p>
      {notice !== null && (
        <p
          role={notice.failed ? 'alert' : 'status'}
          className={notice.failed ? 'banner error' : ''}
        >
          {notice.text}
        </p>
      )}
      {list.ok ? (
        <ol className="rescue-list">
          {[...list.backups].reverse().map(({ key, backup }) => (
            <li key={key}>
              <strong>
                {t(`rescue.backups.made.${backup.reason}`, {
                  time: format.dateTime(backup.createdAt),
                })}
              </strong>
              <ul>
                {backup.records.map((record) => {
                  const read = readRecordText(record.raw)
                  // Written by a newer version of the app, which was then replaced by an older one.
                  if (!read.ok)
                    return (
                      <li key={record.key}>
                        {t('rescue.backups.unreadable', { name: record.key })}
                      </li>
                    )
                  const { assessment } = read.envelope
                  const name = `${assessment.city} ${assessment.year}`
                  const time = format.dateTime(assessment.updatedAt)
                  const answered = Object.keys(assessment.answers).length
                  return (
                    <li key={record.key}>
                      {t('rescue.backups.record', { name, time, answered })}
                      <div className="actions">
                        <button
                          type="button"
                          className="button secondary"
                          aria-label={t('rescue.backups.restoreLabel', { name, time })}
                          onClick={() => void restore(assessment, name, time)}
                        >
                          {t('rescue.backups.restore')}
                        </button>
                        <button
                          type="button"
                          className="button secondary"
                          aria-label={t('rescue.backups.downloadLabel', { name, time })}
                          onClick={() => downloadBackedUp(assessment, backup.createdAt)}
                        >
                          {t('rescue.backups.download')}
                        </button>
                      </div>
                    </li>
                  )
                })}
              </ul>
            </li>
          ))}
        </ol>
      ) : (
        <p role="alert" className="banner error">
          {t('rescue.backups.failed', { detail: list.detail })}
        </p>
      )}
    </section>
  )
}
