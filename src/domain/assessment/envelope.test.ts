import { describe, expect, it } from 'vitest'
import { readRecordText, wrapAssessment } from './envelope'
import { testAssessment } from '../testing/testAssessment'

describe('readRecordText', () => {
  it('reads the stored text of a valid record', () => {
    const envelope = wrapAssessment(testAssessment(), '1.0.0', '2026-01-02T03:04:05.000Z')
    expect(readRecordText(JSON.stringify(envelope))).toEqual({
      ok: true,
      envelope,
      migratedFrom: null,
    })
  })

  it('reports text that is not JSON, and the envelope problems of JSON', () => {
    expect(readRecordText('{"format":"smartcity-assessment",')).toEqual({
      ok: false,
      problem: { kind: 'not-json' },
    })
    expect(readRecordText('[]')).toEqual({ ok: false, problem: { kind: 'not-an-object' } })
    expect(readRecordText('{"format":"smartcity-assessment","schemaVersion":4}')).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 4, supported: 3 },
    })
  })
})
