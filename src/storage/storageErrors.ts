/**
 * Classifies storage failures. Browsers report a full disk in several shapes (Chrome/Safari
 * `QuotaExceededError` code 22, Firefox `NS_ERROR_DOM_QUOTA_REACHED` code 1014, IndexedDB aborting a
 * transaction whose `error` is the quota error), and all of them must surface as "storage full".
 */
export type StorageFailure = 'quota' | 'unavailable' | 'failed'

const fields = (error: unknown): { name: string; code: number | undefined; inner: unknown } => {
  if (typeof error !== 'object' || error === null)
    return { name: '', code: undefined, inner: undefined }
  const e = error as {
    name?: unknown
    code?: unknown
    error?: unknown
    target?: { error?: unknown }
  }
  return {
    name: typeof e.name === 'string' ? e.name : '',
    code: typeof e.code === 'number' ? e.code : undefined,
    inner: e.error ?? e.target?.error,
  }
}

export const isQuotaError = (error: unknown): boolean => {
  const { name, code, inner } = fields(error)
  if (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  )
    return true
  return inner !== undefined && inner !== error && isQuotaError(inner)
}

export const classifyStorageError = (error: unknown): StorageFailure => {
  if (isQuotaError(error)) return 'quota'
  const { name } = fields(error)
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError')
    return 'unavailable'
  return 'failed'
}

export const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error)

/** A storage error as a failed result: what kind of failure, and its technical text. */
export const storageFailure = (
  error: unknown,
): { ok: false; reason: StorageFailure; detail: string } => ({
  ok: false,
  reason: classifyStorageError(error),
  detail: describeError(error),
})
