import i18next from 'i18next'
import type { Assessment } from '../../domain/assessment/assessment'
import { attachedFileHashes } from '../../domain/files/fileReferences'
import { addEvidenceFilesText } from '../../i18n/evidenceFilesText'

/**
 * After a JSON import, in words: how many files the imported answers attach that this browser
 * does not keep (a JSON file carries their names and hashes, never their bytes), and how to
 * restore them; null when there are none. The file storage is fetched only when an answer
 * attaches a file.
 */
export const missingFilesNote = async (imported: readonly Assessment[]): Promise<string | null> => {
  const named = attachedFileHashes(imported)
  if (named.size === 0) return null
  const { storedFileHashes } = await import('../../storage/fileStorage')
  const stored = await storedFileHashes()
  const kept = new Set(stored.ok ? stored.hashes : [])
  const missing = [...named].filter((sha256) => !kept.has(sha256)).length
  if (missing === 0) return null
  addEvidenceFilesText()
  return i18next.t('evidenceFiles.importMissing', { count: missing })
}
