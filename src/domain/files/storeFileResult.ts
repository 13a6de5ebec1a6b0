/**
 * What storing an evidence file's bytes came to (the file storage's `putFile`): stored (new, or the
 * same hash kept already), or refused before anything was written, with the reason. Here so that
 * the answering components can name it without depending on the storage.
 */
export type StoreFileResult =
  | { ok: true; stored: 'new' | 'already-kept' }
  | { ok: false; reason: 'too-large'; size: number; max: number }
  /** The browser says there is not enough room: `available` bytes left, `needed` asked for. */
  | { ok: false; reason: 'no-room'; needed: number; available: number }
  /** The storage failed (full, unavailable, or another error), with the browser's detail. */
  | { ok: false; reason: 'quota' | 'unavailable' | 'failed'; detail: string }
