import { useTranslation } from 'react-i18next'
import type { AttachedFile } from '../../domain/assessment/answer'
import { showInvisibleControls } from '../../domain/assessment/evidence'
import { useFormat } from '../../i18n/format'
import { useFileSize } from './fileSize'

type Props = {
  files: readonly AttachedFile[]
  /** Names the list for screen readers ("Files attached to …"). */
  label: string
  readOnly: boolean
  /** Object URLs of raster image previews by hash (only files whose bytes are PNG, JPEG, GIF or WebP). */
  previews: Readonly<Record<string, string>>
  onDownload: (file: AttachedFile) => void
  onRemove: (file: AttachedFile) => void
  /** The id of a file's download button, so focus can be put back on it. */
  downloadId: (file: AttachedFile) => string
}

/**
 * The evidence files an answer attaches: name (as text, with invisible direction controls shown),
 * size, type and date; a download button each, and a remove button unless read-only. A file is
 * never opened as a page: it downloads, and only a raster image is previewed, through `<img>`.
 */
export const AttachedFileList = ({
  files,
  label,
  readOnly,
  previews,
  onDownload,
  onRemove,
  downloadId,
}: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const size = useFileSize()
  if (files.length === 0) return <p className="muted">{t('evidenceFiles.none')}</p>
  return (
    <ul className="attached-files" aria-label={label}>
      {files.map((file) => {
        const name = showInvisibleControls(file.name)
        const preview = previews[file.sha256]
        return (
          <li key={file.sha256}>
            {preview !== undefined && (
              <img
                className="attached-file-preview"
                src={preview}
                alt={t('evidenceFiles.previewAlt', { name })}
              />
            )}
            <span className="attached-file-name">{name}</span>
            <span className="muted attached-file-meta">
              {t('evidenceFiles.size')} {size(file.size)} · {t('evidenceFiles.type')}{' '}
              {file.type === '' ? t('evidenceFiles.unknownType') : file.type} ·{' '}
              {t('evidenceFiles.added')} {format.dateTime(file.addedAt)}
            </span>
            <span className="attached-file-actions">
              <button
                type="button"
                id={downloadId(file)}
                className="button secondary"
                aria-label={t('evidenceFiles.downloadNamed', { name })}
                onClick={() => onDownload(file)}
              >
                {t('evidenceFiles.download')}
              </button>
              {!readOnly && (
                <button
                  type="button"
                  className="button secondary"
                  aria-label={t('evidenceFiles.removeNamed', { name })}
                  onClick={() => onRemove(file)}
                >
                  {t('evidenceFiles.remove')}
                </button>
              )}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
