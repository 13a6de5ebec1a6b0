/**
 * What an answer's evidence file list does with a file's bytes: hash, store, read back and
 * download. The storage itself comes from the screen (`FileOps`): the questionnaire and the
 * department workspace pass the browser's file storage, tests their own (jsdom's Blob does not
 * survive fake-indexeddb, and jsdom cannot download).
 */
import { downloadFileName } from '../../domain/exchange/fileNames'
import {
  rasterImageType,
  signatureLength,
  type RasterImageType,
} from '../../domain/files/rasterImage'
import type { StoreFileResult } from '../../domain/files/storeFileResult'

export type FileOps = {
  /** Stores `blob` under its hash (see the file storage's `putFile`). */
  put: (sha256: string, blob: Blob, storedAt: string) => Promise<StoreFileResult>
  /** The stored bytes of that hash, or null when none are stored or they cannot be read. */
  get: (sha256: string) => Promise<Blob | null>
  /** Saves `blob` as a download named `name` (already sanitised). */
  save: (blob: Blob, name: string) => void
  maxBytes: number
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
