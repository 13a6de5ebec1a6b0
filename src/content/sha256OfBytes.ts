/**
 * The SHA-256 of bytes as 64 lower-case hex digits, by WebCrypto (`crypto.subtle`, in browsers and
 * Node alike), for the readers of `src/domain` that take a `HashBytes`.
 */
export const sha256OfBytes = async (bytes: Uint8Array): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
