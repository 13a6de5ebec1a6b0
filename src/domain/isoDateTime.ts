const pattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/**
 * Whether `value` is a UTC date-time as `Date.prototype.toISOString` writes it
 * (`2026-01-02T03:04:05.000Z`, fractional seconds optional). For the small values the app keeps
 * in localStorage, read without a zod schema so that their code stays out of zod's chunk.
 */
export const isIsoDateTime = (value: unknown): value is string =>
  typeof value === 'string' && pattern.test(value)
