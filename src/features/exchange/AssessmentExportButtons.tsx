import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAssessments } from '../../store/appStore'
import { exportFormats, type ExportFormat } from '../../domain/exchange/exportFormats'
import { loadChunk } from './loadChunk'

type Notice =
  | { kind: 'preparing' }
  | { kind: 'too-large' }
  | { kind: 'code-unavailable' }
  | { kind: 'failed'; detail: string }

/**
 * "Export JSON" (importable, one assessment), "Export CSV" and "Export XLSX" (answers and scores
 * for spreadsheets, in the interface language) for one assessment. One set per row of the home
 * page, so only the buttons are here; the export code is fetched on the first click. Each format
 * keeps its own notice, so a quick JSON export neither hides nor waits for a slow XLSX one.
 */
export const AssessmentExportButtons = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation()
  // The name only: the row need not re-render on every edit of the assessment.
  const name = useAssessments((s) => {
    const a = s.byId[id]
    return a === undefined ? null : `${a.city} ${a.year}`
  })
  // One entry per format: a format added to `exportFormats` is a type error here until it has one.
  const [notices, setNotices] = useState<Record<ExportFormat, Notice | null>>({
    json: null,
    csv: null,
    xlsx: null,
  })
  if (name === null) return null

  const setNotice = (format: ExportFormat, notice: Notice | null) =>
    setNotices((current) => ({ ...current, [format]: notice }))

  const run = async (format: ExportFormat) => {
    // Not disabled while busy (that would drop keyboard focus): a repeated click is ignored instead.
    if (notices[format]?.kind === 'preparing') return
    setNotice(format, { kind: 'preparing' })
    const chunk = await loadChunk(() => import('./exportFiles'))
    const result = chunk.ok
      ? await chunk.module.exportAssessmentFile(id, format, t, i18n.language)
      : ({ ok: false, reason: 'code-unavailable' } as const)
    if (result.ok) setNotice(format, null)
    else if (result.reason === 'failed')
      setNotice(format, { kind: 'failed', detail: result.detail })
    else setNotice(format, { kind: result.reason })
  }

  const text = (format: ExportFormat, notice: Notice): string => {
    switch (notice.kind) {
      case 'preparing':
        return format === 'xlsx' ? t('exchange.perAssessment.preparing') : t('exchange.preparing')
      case 'too-large':
        return t('exchange.perAssessment.xlsxTooLarge')
      case 'code-unavailable':
        return t('exchange.exportUnavailable')
      case 'failed':
        return format === 'xlsx'
          ? t('exchange.perAssessment.xlsxFailed', { detail: notice.detail })
          : t('exchange.exportFailed', { detail: notice.detail })
    }
  }
  /** Each distinct message once: offline, every button fails the same way. */
  const messages = (busy: boolean) => [
    ...new Set(
      exportFormats.flatMap((format) => {
        const notice = notices[format]
        return notice === null || (notice.kind === 'preparing') !== busy
          ? []
          : [text(format, notice)]
      }),
    ),
  ]

  const button = (format: ExportFormat) => (
    <button
      type="button"
      className="button secondary"
      aria-label={t(`exchange.perAssessment.${format}Label`, { name })}
      onClick={() => void run(format)}
    >
      {t(`exchange.perAssessment.${format}`)}
    </button>
  )

  return (
    <span role="group" aria-label={t('exchange.perAssessment.group', { name })}>
      {exportFormats.map((format, i) => (
        <Fragment key={format}>
          {i > 0 && ' '}
          {button(format)}
        </Fragment>
      ))}
      {messages(true).map((message) => (
        <span key={message} role="status">
          {' '}
          {message}
        </span>
      ))}
      {messages(false).map((message) => (
        <span key={message} role="alert">
          {' '}
          {message}
        </span>
      ))}
    </span>
  )
}
