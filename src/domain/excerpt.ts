/**
 * Values from outside (an imported file, its name) shortened for a message. A message shows a
 * value once, cut to `excerptLength` characters with an ellipsis, so a 2 MB key cannot become a
 * 2-million-character alert that a screen reader then reads out. Invisible characters — controls,
 * bidirectional overrides and other format characters, line separators and lone surrogates — are
 * shown escaped (`\u202E`), so a value cannot reorder or hide the text around it.
 */

/** How many characters (code points) of a value a message shows. */
export const excerptLength = 40

const invisible = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u

const escaped = (codePoint: number): string => {
  const hex = codePoint.toString(16).toUpperCase()
  return codePoint > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`
}

/**
 * The first `max` code points of `text`, each invisible one escaped, followed by `…` when anything
 * was left out. An escape counts with its full length, so the result is at most `max` + 1 code
 * points long and a surrogate pair is never split. Stops reading at the cut: a huge text costs no
 * more than a short one. `quote` also escapes `"` and `\` (for a quoted key in a JSON path).
 */
export const shorten = (text: string, max: number = excerptLength, quote = false): string => {
  let out = ''
  let length = 0
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    const piece = invisible.test(char)
      ? escaped(codePoint)
      : quote && (char === '"' || char === '\\')
        ? `\\${char}`
        : char
    const size = piece === char ? 1 : piece.length
    if (length + size > max) return `${out}…`
    out += piece
    length += size
  }
  return out
}

/**
 * A value of any type as a short text: strings as they are, anything else as JSON (a value parsed
 * from JSON always has a JSON text; `undefined` shows as such).
 */
export const excerpt = (value: unknown, max: number = excerptLength): string =>
  shorten(typeof value === 'string' ? value : String(JSON.stringify(value)), max)
