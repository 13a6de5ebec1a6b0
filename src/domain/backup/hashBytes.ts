/**
 * Computes the SHA-256 of bytes as 64 lower-case hex digits. Passed in by the caller (WebCrypto in
 * the browser, `node:crypto` in tests and scripts), so the backup format stays pure.
 */
export type HashBytes = (bytes: Uint8Array) => Promise<string>
