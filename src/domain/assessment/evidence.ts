/**
 * An evidence reference becomes a link only when it parses as an absolute http: or https: URL;
 * `javascript:`, `data:`, `vbscript:` and everything else stay inert text.
 */
export const safeHttpUrl = (text: string): string | null => {
  try {
    const url = new URL(text.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
