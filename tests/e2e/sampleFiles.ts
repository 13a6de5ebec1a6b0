import { createHash } from 'node:crypto'

/** The SHA-256 (hex) of some bytes, as the app names a stored file. */
export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')

/**
 * A PDF-like file of `length` bytes: a PDF header, then bytes that do not compress (as a scanned
 * report's do), from a fixed seed so every run attaches the same file.
 */
export const pdfLike = (length: number, seed: number): Buffer => {
  const bytes = Buffer.alloc(length)
  let x = seed
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    bytes[i] = x >> 16
  }
  bytes.write('%PDF-1.4\n', 0, 'latin1')
  return bytes
}

/** A 1 × 1 PNG. */
export const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
