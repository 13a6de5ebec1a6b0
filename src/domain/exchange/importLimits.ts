/**
 * How much one import may hold. A module of its own because the home page shows these limits
 * before any file is chosen, while the code that reads files is fetched only when one is.
 */
export type ImportLimits = { maxBytes: number; maxAssessments: number }

/** 5 MB (about 15 heavily annotated assessments of 150 indicators) and 500 assessments. */
export const importLimits: ImportLimits = { maxBytes: 5 * 1024 * 1024, maxAssessments: 500 }
