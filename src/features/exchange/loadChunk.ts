/** A chunk fetched with `import()`, or why it could not be. */
export type Chunk<T> = { ok: true; module: T } | { ok: false; detail: string }

/**
 * Runs a dynamic `import()` and turns its rejection into a result. The import and export code is
 * fetched when it is first used; until the service worker has cached the app (the first visit
 * offline, a network error, or a deployment that replaced the file) that fetch can fail, and the
 * caller must say so rather than let a rejected promise vanish in a click handler.
 */
export const loadChunk = async <T>(load: () => Promise<T>): Promise<Chunk<T>> => {
  try {
    return { ok: true, module: await load() }
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) }
  }
}
