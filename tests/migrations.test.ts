import { describe, expect, it } from 'vitest'
import { currentSchemaVersion, readEnvelope } from '../src/domain/assessment/envelope'
import { migrations } from '../src/domain/assessment/migrations'

/** One committed fixture per released schema version: tests/fixtures/v<N>/*.json. */
const fixtures = import.meta.glob<unknown>('./fixtures/v*/*.json', {
  eager: true,
  import: 'default',
})
const versionOf = (path: string) => Number(/\/v(\d+)\//.exec(path)?.[1])

describe('stored-format migrations', () => {
  it('has a fixture for every released schema version', () => {
    const versions = new Set(Object.keys(fixtures).map(versionOf))
    for (let v = 1; v <= currentSchemaVersion; v++)
      expect(versions.has(v), `fixture for v${v}`).toBe(true)
  })

  it.each(Object.entries(fixtures))(
    'restores %s to the current schema with its values kept',
    (path, raw) => {
      const result = readEnvelope(raw)
      expect(result.ok, JSON.stringify(result)).toBe(true)
      if (!result.ok) return
      const original = (raw as { assessment: { answers: object; city: string } }).assessment
      expect(result.envelope.assessment.city).toBe(original.city)
      expect(result.envelope.assessment.answers).toEqual(original.answers)
      expect(result.migratedFrom).toBe(
        versionOf(path) === currentSchemaVersion ? null : versionOf(path),
      )
    },
  )

  it('has exactly one migration step per version below the current one, and nothing else', () => {
    // At version 1 both sides are empty, and a stray step (or a bump without a step) fails here.
    // Each step v runs on the v<v> fixture, which the first test requires for every version.
    const steps = Object.keys(migrations).map(Number)
    expect(steps).toHaveLength(currentSchemaVersion - 1)
    expect(steps).toEqual(Array.from({ length: currentSchemaVersion - 1 }, (_, i) => i + 1))
    for (const v of steps)
      expect(migrations[v], `migration v${v} → v${v + 1}`).toBeTypeOf('function')
  })

  it('refuses data from a newer version and says which versions it reads', () => {
    const [, raw] = Object.entries(fixtures)[0] ?? []
    const newer = { ...(raw as object), schemaVersion: currentSchemaVersion + 4 }
    expect(readEnvelope(newer)).toEqual({
      ok: false,
      problem: {
        kind: 'newer-version',
        version: currentSchemaVersion + 4,
        supported: currentSchemaVersion,
      },
    })
  })

  it.each([
    ['not an object', 'text', 'not-an-object'],
    ['another format', { format: 'other' }, 'wrong-format'],
    ['a missing version', { format: 'smartcity-assessment' }, 'unknown-version'],
    [
      'a fractional version',
      { format: 'smartcity-assessment', schemaVersion: 1.5 },
      'unknown-version',
    ],
  ])('rejects %s', (_, raw, kind) => {
    const result = readEnvelope(raw)
    expect(result.ok ? null : result.problem.kind).toBe(kind)
  })
})
