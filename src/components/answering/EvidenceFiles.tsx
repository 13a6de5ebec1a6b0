import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { limits, type AttachedFile } from '../../domain/assessment/answer'
import {
  attachFile,
  detachFile,
  restoreFile,
  type RemovedFile,
} from '../../domain/files/attachedFiles'
import { addEvidenceFilesText } from '../../i18n/evidenceFilesText'
import { AttachedFileList } from './AttachedFileList'
import { downloadStoredFile, sha256OfBlob, type FileOps } from './evidenceFileOps'
import { useFileSize } from './fileSize'
import { useRasterPreviews } from './useRasterPreviews'

addEvidenceFilesText()

type Props = {
  /** The files the answer attaches now, as saved. */
  read: () => AttachedFile[]
  /** Saves the answer with `files` as its files (attaching or removing one edits the answer). */
  write: (files: AttachedFile[]) => void
  /** Tells `listener` when the saved files change elsewhere (a read-only tab following another). */
  follow?: (listener: (files: AttachedFile[]) => void) => () => void
  /** The indicator's name, to label the list. */
  indicatorName: string
  readOnly: boolean
  ops: FileOps
}

type Message = { text: string; undo?: RemovedFile }

/**
 * An answer's evidence files on a card (the questionnaire's, a department's): attach (one or
 * more, any type), list, download, remove with undo. A file's bytes are hashed and stored first
 * (nothing is attached when they cannot be, and nothing is stored half-way); only then does the
 * answer name it. It follows `follow` only in a read-only tab, which follows the writing tab.
 */
export const EvidenceFiles = ({ read, write, follow, indicatorName, readOnly, ops }: Props) => {
  const { t } = useTranslation()
  const size = useFileSize()
  const inputId = useId()
  const [files, setFiles] = useState(read)
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)
  const undoRef = useRef<HTMLButtonElement>(null)
  const previews = useRasterPreviews(ops, files)
  const downloadId = (file: AttachedFile) => `${inputId}-download-${file.sha256.slice(0, 16)}`

  useEffect(() => {
    if (!readOnly || follow === undefined) return
    return follow(setFiles)
  }, [readOnly, follow])

  /** Writes the answer with `next` as its files, then shows what is saved. */
  const save = (next: AttachedFile[]) => {
    write(next)
    setFiles(read())
  }

  /** Stores and attaches one file; returns what to tell the user. */
  const attachOne = async (file: File): Promise<string> => {
    const name = file.name
    if (file.size > ops.maxBytes)
      return t('evidenceFiles.tooLarge', { name, size: size(file.size) })
    if (read().length >= limits.files)
      return t('evidenceFiles.tooMany', { name, max: limits.files })
    let sha256: string
    try {
      sha256 = await sha256OfBlob(file)
    } catch {
      return t('evidenceFiles.unreadable', { name })
    }
    const existing = read().find((f) => f.sha256 === sha256)
    if (existing !== undefined)
      return t('evidenceFiles.alreadyAttached', { name, existing: existing.name })
    const addedAt = new Date().toISOString()
    const put = await ops.put(sha256, file, addedAt)
    if (!put.ok) {
      switch (put.reason) {
        case 'too-large':
          return t('evidenceFiles.tooLarge', { name, size: size(put.size) })
        case 'no-room':
          return t('evidenceFiles.noRoom', {
            name,
            available: size(put.available),
            needed: size(put.needed),
          })
        case 'quota':
          return t('evidenceFiles.quota', { name })
        default:
          return t('evidenceFiles.failed', { name, detail: put.detail })
      }
    }
    const entry = {
      sha256,
      name: name.slice(0, limits.fileNameLength) || '_',
      size: file.size,
      type: file.type.slice(0, 255),
      addedAt,
    }
    const attached = attachFile(read(), entry)
    if (!attached.ok)
      return attached.reason === 'too-many'
        ? t('evidenceFiles.tooMany', { name, max: attached.max })
        : t('evidenceFiles.alreadyAttached', { name, existing: attached.existing.name })
    save(attached.files)
    return t('evidenceFiles.attached', { name })
  }

  const attach = async (picked: File[]) => {
    setBusy(true)
    const said: string[] = []
    for (const file of picked) {
      setMessage({ text: t('evidenceFiles.working', { name: file.name }) })
      said.push(await attachOne(file))
    }
    setMessage({ text: said.join(' ') })
    setBusy(false)
  }

  const remove = (file: AttachedFile) => {
    const { files: next, removed } = detachFile(read(), file.sha256)
    if (removed === null) return
    save(next)
    setMessage({ text: t('evidenceFiles.removed', { name: file.name }), undo: removed })
    requestAnimationFrame(() => undoRef.current?.focus())
  }

  const undo = (removed: RemovedFile) => {
    save(restoreFile(read(), removed))
    setMessage(null)
    requestAnimationFrame(() => document.getElementById(downloadId(removed.file))?.focus())
  }

  const download = async (file: AttachedFile) => {
    if (!(await downloadStoredFile(ops, file)))
      setMessage({ text: t('evidenceFiles.missing', { name: file.name }) })
  }

  return (
    <section className="card-files" aria-labelledby={`${inputId}-heading`}>
      <h4 id={`${inputId}-heading`}>{t('evidenceFiles.heading')}</h4>
      <AttachedFileList
        files={files}
        label={t('evidenceFiles.listLabel', { indicator: indicatorName })}
        readOnly={readOnly}
        previews={previews}
        onDownload={(file) => void download(file)}
        onRemove={remove}
        downloadId={downloadId}
      />
      {!readOnly && (
        <div className="field">
          <label htmlFor={inputId}>{t('evidenceFiles.attach')}</label>
          <input
            id={inputId}
            type="file"
            multiple
            disabled={busy}
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => {
              const picked = [...(event.currentTarget.files ?? [])]
              event.currentTarget.value = ''
              if (picked.length > 0) void attach(picked)
            }}
          />
          <p id={`${inputId}-hint`} className="hint">
            {t('evidenceFiles.attachHint', { max: limits.files })}
          </p>
        </div>
      )}
      <p role="status" className="card-files-status">
        {message?.text}{' '}
        {message?.undo !== undefined && (
          <button
            ref={undoRef}
            type="button"
            className="button secondary"
            onClick={() => message.undo !== undefined && undo(message.undo)}
          >
            {t('common.undo')}
          </button>
        )}
      </p>
    </section>
  )
}
