/**
 * The formats one assessment can be exported in, in the order their buttons appear; each is also
 * the file's extension. Adding one here makes every place that must handle it a type error (the
 * export switch ends in `assertNever`; notices and labels are keyed by format).
 */
export const exportFormats = ['json', 'csv', 'xlsx'] as const

export type ExportFormat = (typeof exportFormats)[number]
