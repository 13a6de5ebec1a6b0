/**
 * Which raster image format a file's first bytes say it is. A file is previewed (through `<img>`)
 * only when its bytes are a PNG, JPEG, GIF or WebP image, whatever type its name or the browser
 * declared: an SVG or HTML file renamed `photo.png` is not an image here, and is only offered for
 * download.
 */
export type RasterImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp'

/** How many leading bytes `rasterImageType` needs. */
export const signatureLength = 12

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((b, i) => bytes[at + i] === b)

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))

/**
 * The format of the image whose first bytes are `bytes` (at least `signatureLength` of them), or
 * null when they are not one of the four: PNG `89 50 4E 47 0D 0A 1A 0A`; JPEG `FF D8 FF`; GIF
 * `GIF87a` or `GIF89a`; WebP `RIFF`, four size bytes, `WEBP`.
 */
export const rasterImageType = (bytes: Uint8Array): RasterImageType | null => {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  return null
}
