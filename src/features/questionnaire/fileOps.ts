/**
 * What the questionnaire does with an evidence file's bytes: hash, store, read back and download.
 * Loaded with the file list (`CardFiles.tsx`); tests pass their own (jsdom's Blob does not survive
 * fake-indexeddb, and jsdom cannot download).
 */
import { downloadBlob } from '../../components/ui/download'
import { downloadFileName } from '../../domain/exchange/fileNames'
import {
  rasterImageType,
  signatureLength,
  type RasterImageType,
} from '../../domain/files/rasterImage'
import { getFile, maxFileBytes, putFile } from '../../storage/fileStorage'

export type FileOps = {
  put: typeof putFile
  /** The stored bytes of that hash, or null when none are stored or they cannot be read. */
  get: (sha256: string) => Promise<Blob | null>
  /** Saves `blob` as a download named `name` (already sanitised). */
  save: (blob: Blob, name: string) => void
  maxBytes: number
}

export const browserFileOps: FileOps = {
  put: putFile,
  get: async (sha256) => {
    const read = await getFile(sha256)
    return read.ok && read.file !== null ? read.file.blob : null
  },
  save: downloadBlob,
  maxBytes: maxFileBytes,
}

const hex = (buffer: ArrayBuffer): string =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('')

/** The SHA-256 (lower-case hex) of a file's bytes. */
export const sha256OfBlob = async (blob: Blob): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', new Uint8Array(await blob.arrayBuffer())))

/** The raster image format of a blob's first bytes (see `rasterImageType`), or null. */
export const rasterTypeOf = async (blob: Blob): Promise<RasterImageType | null> =>
  rasterImageType(new Uint8Array(await blob.slice(0, signatureLength).arrayBuffer()))

/**
 * Downloads a stored file under its sanitised name. Its type is `application/octet-stream` unless
 * its bytes are a raster image: an HTML, SVG or PDF file is then saved, never rendered, even if
 * its object URL were opened in a tab of the app's origin. Returns false when the bytes are missing.
 */
export const downloadStoredFile = async (
  ops: FileOps,
  file: { sha256: string; name: string },
): Promise<boolean> => {
  const blob = await ops.get(file.sha256)
  if (blob === null) return false
  const type = (await rasterTypeOf(blob)) ?? 'application/octet-stream'
  ops.save(new Blob([blob], { type }), downloadFileName(file.name))
  return true
}
