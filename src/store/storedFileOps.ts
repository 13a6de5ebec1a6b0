/**
 * Evidence files kept in this browser's file storage, as the answering components use them (see
 * `FileOps`; the screen adds how to download). Shared by the questionnaire and the department
 * workspace; loaded with their file lists, never in the first download.
 */
import { getFile, maxFileBytes, putFile } from '../storage/fileStorage'

export const storedFileOps = {
  put: putFile,
  /** The stored bytes of that hash, or null when none are stored or they cannot be read. */
  get: async (sha256: string): Promise<Blob | null> => {
    const read = await getFile(sha256)
    return read.ok && read.file !== null ? read.file.blob : null
  },
  maxBytes: maxFileBytes,
}
