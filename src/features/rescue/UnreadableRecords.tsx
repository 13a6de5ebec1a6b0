import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { summariseDamaged, type DamageReason } from '../../domain/assessment/damagedRecord'
import { assertNever } from '../../domain/assertNever'
import { useAssessments } from '../../store/appStore'
import { downloadStoredText } from './rescueDownloads'

/** The list's id, which is also the fragment of the "Show them" links. */
export const unreadableRecordsAnchor = 'unreadable-records'

/**
 * Every stored record that could not be read, named by what can be read of it (city, year, id)
 * with the reason in plain words, and a download of its stored text exactly as kept. Nothing here
 * writes: the records stay where they are, and only "Delete all local data" removes them.
 */
export const UnreadableRecords = () => {
  const { t } = useTranslation()
  const damaged = useAssessments((s) => s.damaged)
  const section = useRef<HTMLElement>(null)

  // Arriving through "Show them" from another screen: the list was not there to scroll to yet.
  useEffect(() => {
    if (window.location.hash === `#${unreadableRecordsAnchor}`) {
      section.current?.scrollIntoView()
      section.current?.focus()
    }
  }, [])

  const reason = (r: DamageReason): string => {
    switch (r.kind) {
      case 'newer-version':
        return t('rescue.reason.newer-version', { version: r.version, supported: r.supported })
      case 'invalid':
        return t('rescue.reason.invalid', { detail: r.detail })
      case 'not-json':
      case 'unknown-format':
        return t(`rescue.reason.${r.kind}`)
      default:
        return assertNever(r)
    }
  }

  if (damaged.length === 0) return null
  return (
    <section
      id={unreadableRecordsAnchor}
      ref={section}
      tabIndex={-1}
      aria-labelledby="unreadable-records-title"
    >
      <h3 id="unreadable-records-title">{t('rescue.damaged.title', { count: damaged.length })}</h3>
      <p>{t('rescue.damaged.intro')}</p>
      <ul className="rescue-list">
        {damaged.map(({ key, raw, problem }) => {
          const summary = summariseDamaged(key, raw, problem)
          const name =
            summary.city === null
              ? t('rescue.damaged.unnamed')
              : `${summary.city} ${summary.year ?? ''}`.trim()
          return (
            <li key={key}>
              <strong>{name}</strong>
              <p className="small">
                {t('rescue.damaged.about', { id: summary.id, reason: reason(summary.reason) })}
              </p>
              <button
                type="button"
                className="button secondary"
                aria-label={t('rescue.damaged.downloadLabel', { name, id: summary.id })}
                onClick={() => downloadStoredText(key, raw, summary)}
              >
                {t('rescue.damaged.download')}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
