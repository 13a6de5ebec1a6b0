/** Wide characters (CJK ideographs, kana, Hangul, full-width forms): about 1 em each. */
const wide =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/** Estimated drawn width of `text` in px: 1 em per wide character, 0.6 em for the others. */
export const textWidth = (text: string, fontSize: number): number =>
  [...text].reduce((sum, ch) => sum + (wide.test(ch) ? 1 : 0.6) * fontSize, 0)

/**
 * Splits a chart label into lines no wider than `maxWidth` px (estimated by `textWidth`, on the
 * generous side), breaking at spaces and after hyphens ("decision-|making"). A single word wider
 * than the line stays whole on its own line; text without breaks (Chinese names) stays one line.
 * `maxWidth` undefined: one line.
 */
export const wrapLabel = (
  text: string,
  maxWidth: number | undefined,
  fontSize: number,
): string[] => {
  if (maxWidth === undefined) return [text]
  const pieces = text
    .split(/\s+/)
    .filter((p) => p !== '')
    .flatMap((word) => word.split(/(?<=-)(?=.)/))
  const lines: string[] = []
  for (const piece of pieces) {
    const last = lines.at(-1)
    const joined =
      last === undefined ? piece : last.endsWith('-') ? last + piece : `${last} ${piece}`
    if (last !== undefined && textWidth(joined, fontSize) <= maxWidth)
      lines[lines.length - 1] = joined
    else lines.push(piece)
  }
  return lines.length === 0 ? [text] : lines
}
