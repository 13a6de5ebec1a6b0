/**
 * Evidence references as people typed them, made safe to show. An evidence line becomes a link
 * only when it parses as an absolute http: or https: URL; `javascript:`, `data:`, `vbscript:` and
 * everything else stay inert text. Either way its text cannot disguise itself: invisible
 * direction and width controls are shown as visible code points, and a link names its host.
 */
export const safeHttpUrl = (text: string): string | null => {
  try {
    const url = new URL(text.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/**
 * Characters that change how text around them is ordered or hide themselves: the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the direction marks (U+200E,
 * U+200F, U+061C), and the zero-width characters (U+200B–U+200D, U+2060, U+FEFF). A right-to-left
 * override makes `…/‮fdp.exe` read as `…/exe.pdf`.
 */
const invisibleControls = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g

/**
 * The text with every invisible direction or width control replaced by a visible `⟦U+202E⟧`, so a
 * reader sees exactly what was typed. Other text is unchanged.
 */
export const showInvisibleControls = (text: string): string =>
  text.replace(
    invisibleControls,
    (ch) => `⟦U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟧`,
  )

/**
 * One evidence line, ready to show: a `link` with its safe `href`, the visible `text` and the
 * `host` written plainly (the URL parser gives internationalised names in their ASCII form, so a
 * look-alike letter shows as `xn--…`), or inert `text`.
 */
export type EvidenceItem =
  { kind: 'link'; href: string; host: string; text: string } | { kind: 'text'; text: string }

export const describeEvidence = (line: string): EvidenceItem => {
  const href = safeHttpUrl(line)
  const text = showInvisibleControls(line)
  return href === null
    ? { kind: 'text', text }
    : { kind: 'link', href, host: new URL(href).host, text }
}
