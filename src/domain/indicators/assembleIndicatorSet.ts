// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import { checkIndicatorSet, type CheckOptions } from './checkIndicatorSet.ts'
import {
  IndicatorDataFileSchema,
  type Indicator,
  type IndicatorSet,
  type MetaFile,
} from './schema.ts'

export type DataFile = { name: string; data: unknown }
/**
 * A problem of the files: `schema` (a file does not fit the schema), `meta` (no meta file, or more
 * than one), or a broken integrity rule (`SetIssue`, whose code names the rule).
 */
export type AssembleIssue = { code: string; where: string; message: string }
export type AssembleResult =
  { ok: true; set: IndicatorSet } | { ok: false; issues: AssembleIssue[] }

/**
 * Builds an indicator set from the raw contents of the files in `indicators/` (unknown until parsed):
 * exactly one meta file plus any number of indicator files, taken in the order given. Reports every
 * schema and integrity problem of every file at once, never just the first.
 */
export const assembleIndicatorSet = (
  files: readonly DataFile[],
  options?: CheckOptions,
): AssembleResult => {
  const issues: AssembleIssue[] = []
  const metas: MetaFile[] = []
  const indicators: Indicator[] = []
  for (const file of files) {
    const parsed = IndicatorDataFileSchema.safeParse(file.data)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({
          code: 'schema',
          where: `${file.name}: ${issue.path.join('.')}`,
          message: issue.message,
        })
      }
    } else if (parsed.data.kind === 'meta') {
      metas.push(parsed.data)
    } else {
      indicators.push(...parsed.data.indicators)
    }
  }
  const [meta, ...extra] = metas
  if (meta === undefined)
    issues.push({ code: 'meta', where: 'indicators/', message: 'no meta file' })
  if (extra.length > 0)
    issues.push({
      code: 'meta',
      where: 'indicators/',
      message: `${metas.length} meta files; expected one`,
    })
  if (meta === undefined) return { ok: false, issues }
  const set: IndicatorSet = { meta, indicators }
  issues.push(...checkIndicatorSet(set, options))
  return issues.length === 0 ? { ok: true, set } : { ok: false, issues }
}
