/**
 * Strict UTF-8 for imported files. A lenient decoder turns invalid bytes into `�` without a word,
 * so a damaged note would be imported changed; an import instead refuses the file and says where
 * the first invalid byte is. A byte-order mark is not an error (Windows editors add one).
 */

export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number; line: number }

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or null when all bytes are well formed.
 * A sequence cut short, by the end of the bytes or by a byte that cannot continue it, is reported
 * at its first byte.
 */
export const invalidUtf8Offset = (bytes: Uint8Array): number | null => {
  const n = bytes.length
  let i = 0
  while (i < n) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i++
      continue
    }
    // The length of the sequence and the range of its second byte, which rules out overlong
    // forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
    let length: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return i
    if (i + length > n) return i
    const second = bytes[i + 1] as number
    if (second < low || second > high) return i
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] as number
      if (next < 0x80 || next > 0xbf) return i
    }
    i += length
  }
  return null
}

/** Line (from 1) of a byte offset: one more than the line feeds before it. */
const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

/**
 * Decodes UTF-8 strictly (a leading byte-order mark is dropped); on invalid bytes, the byte offset
 * (from 0, counting a byte-order mark) and line of the first one. The browser's decoder does the
 * work; the offset is looked for only when it fails.
 */
export const decodeUtf8 = (bytes: Uint8Array): Utf8Result => {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const offset = invalidUtf8Offset(bytes) ?? 0
    return { ok: false, offset, line: lineAt(bytes, offset) }
  }
}
