/**
 * The versioned envelope around every stored record and every export. Loading reads
 * `schemaVersion`, runs the migrations from that version up to the current one, then validates
 * with the current schema. A record from a newer app is refused and left untouched.
 */
import '../zodConfig'
import { z } from 'zod/mini'
import { AssessmentSchema, type Assessment } from './assessment'
import { migrations } from './migrations'

export const recordFormat = 'smartcity-assessment'
export const currentSchemaVersion = 3

export const EnvelopeSchema = z.strictObject({
  format: z.literal(recordFormat),
  schemaVersion: z.literal(currentSchemaVersion),
  appVersion: z.string().check(z.maxLength(50)),
  savedAt: z.iso.datetime(),
  assessment: AssessmentSchema,
})
export type Envelope = z.infer<typeof EnvelopeSchema>

export type EnvelopeProblem =
  | { kind: 'not-an-object' }
  | { kind: 'wrong-format'; format: unknown }
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'unknown-version'; version: unknown }
  | { kind: 'invalid'; issues: { path: string; message: string }[] }

export type EnvelopeResult =
  | { ok: true; envelope: Envelope; migratedFrom: number | null }
  | { ok: false; problem: EnvelopeProblem }

/** Why a stored record's text could not be read: an envelope problem, or text that is not JSON. */
export type RecordProblem = EnvelopeProblem | { kind: 'not-json' }

export const wrapAssessment = (
  assessment: Assessment,
  appVersion: string,
  savedAt: string,
): Envelope => ({
  format: recordFormat,
  schemaVersion: currentSchemaVersion,
  appVersion,
  savedAt,
  assessment,
})

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads an envelope of any released version (unknown until parsed); never throws. */
export const readEnvelope = (raw: unknown): EnvelopeResult => {
  if (!isRecord(raw)) return { ok: false, problem: { kind: 'not-an-object' } }
  if (raw.format !== recordFormat)
    return { ok: false, problem: { kind: 'wrong-format', format: raw.format } }
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { kind: 'unknown-version', version } }
  }
  if (version > currentSchemaVersion) {
    return {
      ok: false,
      problem: { kind: 'newer-version', version, supported: currentSchemaVersion },
    }
  }
  let data: Record<string, unknown> = raw
  for (let v = version; v < currentSchemaVersion; v++) {
    const step = migrations[v]
    if (step === undefined) return { ok: false, problem: { kind: 'unknown-version', version } }
    data = step(data)
  }
  const parsed = EnvelopeSchema.safeParse(data)
  if (!parsed.success) {
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    }
  }
  return {
    ok: true,
    envelope: parsed.data,
    migratedFrom: version === currentSchemaVersion ? null : version,
  }
}

/** A stored record's text (JSON) read as an envelope, as `readEnvelope` does; never throws. */
export const readRecordText = (
  raw: string,
): Extract<EnvelopeResult, { ok: true }> | { ok: false; problem: RecordProblem } => {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { ok: false, problem: { kind: 'not-json' } }
  }
  return readEnvelope(json)
}
