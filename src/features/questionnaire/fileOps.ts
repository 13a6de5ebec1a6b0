/**
 * The questionnaire's evidence files: kept in this browser's file storage, downloaded by the
 * browser (see `FileOps`). Loaded with the file list (`CardFiles.tsx`).
 */
import type { FileOps } from '../../components/answering/evidenceFileOps'
import { downloadBlob } from '../../components/ui/download'
import { storedFileOps } from '../../store/storedFileOps'

export type { FileOps }

export const browserFileOps: FileOps = { ...storedFileOps, save: downloadBlob }
