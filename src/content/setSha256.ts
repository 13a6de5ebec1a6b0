/**
 * The content hash that names an indicator set version in department packages and returns, so a
 * department answers exactly the set the coordinator scores with. A built-in version has the hash
 * recorded when it was released; a set brought by a user, the SHA-256 of its set file as
 * `serialiseSetFile` writes it (the same text in every browser that read the same file). Loaded
 * only with the department screens: it needs WebCrypto and the set-file writer.
 */
import { serialiseSetFile } from '../domain/indicators/setFile'
import { isCustomSet, releaseHash, setCoreFor, type SetRef } from './defaultIndicatorSet'

const hex = (buffer: ArrayBuffer): string =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('')

/** The SHA-256 (hex) of a set's file text. */
export const sha256OfText = async (text: string): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))

/**
 * The hash of version `ref` as this app has it: the release's, or the hash of a registered user
 * set's file; null when the app has neither.
 */
export const setSha256 = async (ref: SetRef): Promise<string | null> => {
  const released = releaseHash(ref)
  if (released !== null) return released
  const set = isCustomSet(ref) ? setCoreFor(ref) : null
  return set === null ? null : sha256OfText(serialiseSetFile(set))
}
