import { describe, expect, it } from 'vitest'
import { damageReason, maxShownDetail, maxShownName, summariseDamaged } from './damagedRecord'
import { readEnvelope, type EnvelopeProblem } from './envelope'

const newer = { kind: 'newer-version', version: 5, supported: 2 } as const
const invalid: EnvelopeProblem = {
  kind: 'invalid',
  issues: [
    { path: 'assessment.year', message: 'Too big' },
    { path: 'assessment.city', message: 'Too short' },
  ],
}

describe('summariseDamaged', () => {
  it('reads city, year and id from a record of a newer version', () => {
    const raw = JSON.stringify({
      format: 'smartcity-assessment',
      schemaVersion: 5,
      assessment: { id: 'future-1234', city: '杭州市', year: 2031, newField: true },
    })
    expect(summariseDamaged('future-1234', raw, newer)).toEqual({
      id: 'future-1234',
      city: '杭州市',
      year: 2031,
      reason: { kind: 'newer-version', version: 5, supported: 2 },
    })
  })

  it('gives only the key for text that is not JSON', () => {
    const raw = '{"format":"smartcity-assessment","assessment":{"city":"截断'
    expect(summariseDamaged('corrupt-1', raw, { kind: 'not-json' })).toEqual({
      id: 'corrupt-1',
      city: null,
      year: null,
      reason: { kind: 'not-json' },
    })
  })

  it('describes invalid content by its first problem, and keeps what is readable', () => {
    const raw = JSON.stringify({
      format: 'smartcity-assessment',
      schemaVersion: 1,
      assessment: { id: 'bad-content-1', city: '  Ningbo ', year: 99999 },
    })
    expect(summariseDamaged('bad-content-1', raw, invalid)).toEqual({
      id: 'bad-content-1',
      city: 'Ningbo',
      year: null,
      reason: { kind: 'invalid', detail: 'assessment.year: Too big' },
    })
  })

  it.each([
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['null', 'null'],
    ['fields of the wrong type', '{"assessment":{"id":7,"city":["x"],"year":"2024"}}'],
    ['empty texts', '{"assessment":{"id":"  ","city":""}}'],
    ['a fractional year', '{"assessment":{"year":2024.5}}'],
  ])('falls back to the key for %s', (_, raw) => {
    const summary = summariseDamaged('key-1', raw, { kind: 'not-an-object' })
    expect(summary).toEqual({
      id: 'key-1',
      city: null,
      year: null,
      reason: { kind: 'unknown-format' },
    })
  })

  it('reads the top level when there is no assessment object', () => {
    const raw = '{"id":"top-level-1","city":"Suzhou","year":2024}'
    expect(summariseDamaged('k', raw, { kind: 'wrong-format', format: 'x' })).toMatchObject({
      id: 'top-level-1',
      city: 'Suzhou',
      year: 2024,
    })
  })

  it('bounds the length of everything it returns', () => {
    const long = '城'.repeat(5000)
    const raw = JSON.stringify({ assessment: { id: long, city: long } })
    const summary = summariseDamaged(long, raw, {
      kind: 'invalid',
      issues: [{ path: long, message: long }],
    })
    expect([...summary.id]).toHaveLength(maxShownName + 1)
    expect([...(summary.city ?? '')]).toHaveLength(maxShownName + 1)
    expect(summary.city?.endsWith('…')).toBe(true)
    expect(summary.reason.kind === 'invalid' && [...summary.reason.detail].length).toBe(
      maxShownDetail + 1,
    )
    expect([...summariseDamaged(long, 'x', { kind: 'not-json' }).id]).toHaveLength(maxShownName + 1)
  })

  it('never throws, whatever the stored text', () => {
    const texts = ['', ' ', '{', '"text"', '{"assessment":null}', '{"__proto__":{"city":"x"}}']
    for (const raw of texts)
      for (const problem of [{ kind: 'not-json' } as const, newer, invalid])
        expect(() => summariseDamaged('k', raw, problem)).not.toThrow()
  })
})

describe('damageReason', () => {
  it('reads the problems that readEnvelope reports', () => {
    const problem = (raw: unknown) => {
      const result = readEnvelope(raw)
      if (result.ok) throw new Error('expected a problem')
      return damageReason(result.problem)
    }
    expect(problem({ format: 'smartcity-assessment', schemaVersion: 5 })).toEqual({
      kind: 'newer-version',
      version: 5,
      supported: 3,
    })
    expect(problem({ format: 'smartcity-assessment', schemaVersion: 'two' })).toEqual({
      kind: 'unknown-format',
    })
    expect(problem({ format: 'something-else' })).toEqual({ kind: 'unknown-format' })
    expect(problem('text')).toEqual({ kind: 'unknown-format' })
    expect(problem({ format: 'smartcity-assessment', schemaVersion: 1 })).toMatchObject({
      kind: 'invalid',
    })
  })

  it('says nothing more than "invalid" when there is no issue to show', () => {
    expect(damageReason({ kind: 'invalid', issues: [] })).toEqual({ kind: 'invalid', detail: '' })
    expect(damageReason({ kind: 'invalid', issues: [{ path: '', message: 'Bad' }] })).toEqual({
      kind: 'invalid',
      detail: 'Bad',
    })
  })
})
