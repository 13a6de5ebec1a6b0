import { useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { excerpt } from '../../domain/excerpt'

type Props = {
  /** Reads the chosen file (`name`: an excerpt of its name) and says what came of it. */
  onFile: (name: string, file: File) => Promise<void>
  label: string
}

/**
 * "Import a return file…": a button that opens the file picker, then hands the chosen file over,
 * saying that it is being read, or that it could not be.
 */
export const ReturnPicker = ({ onFile, label }: Props) => {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [reading, setReading] = useState<string | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file === undefined) return
    const name = excerpt(file.name)
    setFailed(null)
    setReading(name)
    try {
      await onFile(name, file)
    } catch (error) {
      setFailed(t('merge.pick.failed', { file: name, detail: String(error) }))
    } finally {
      setReading(null)
    }
  }
  return (
    <div className="merge-pick">
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.zip,application/zip"
        hidden
        aria-label={t('merge.pick.inputLabel')}
        onChange={(e) => void chosen(e)}
      />
      <div role="status">
        {reading !== null && <p>{t('merge.pick.reading', { file: reading })}</p>}
      </div>
      {failed !== null && <p role="alert">{failed}</p>}
    </div>
  )
}
