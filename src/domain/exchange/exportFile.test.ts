import { describe, expect, it } from 'vitest'
import { buildExport, ExportFileSchema, serialiseExport } from './exportFile'
import { testAssessment } from '../testing/testAssessment'

describe('buildExport', () => {
  const a = testAssessment({ id: 'abcdefgh-0002', city: '宁波市', year: 2023 })
  const b = testAssessment({ id: 'abcdefgh-0001', city: '杭州市', year: 2024 })
  const c = testAssessment({ id: 'abcdefgh-0003', city: '杭州市', year: 2023 })
  const file = buildExport([a, b, c], '1.2.3', '2026-01-02T03:04:05.000Z')

  it('wraps the assessments in the versioned export envelope', () => {
    expect({ ...file, assessments: file.assessments.length }).toEqual({
      format: 'smartcity-assessment-export',
      schemaVersion: 3,
      appVersion: '1.2.3',
      exportedAt: '2026-01-02T03:04:05.000Z',
      assessments: 3,
      sets: [],
    })
  })

  it('sorts by city, then year, and copies every assessment unchanged', () => {
    expect(file.assessments.map((x) => `${x.city} ${x.year}`)).toEqual([
      '宁波市 2023',
      '杭州市 2023',
      '杭州市 2024',
    ])
    expect(file.assessments).toContainEqual(b)
  })

  it('passes its own schema, and serialises as indented JSON ending with a newline', () => {
    expect(ExportFileSchema.safeParse(file).success).toBe(true)
    const text = serialiseExport(file)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "format": "smartcity-assessment-export"')
    expect(JSON.parse(text)).toEqual(file)
  })

  it('carries each answer’s attached files (name, size, type, date, SHA-256) through the JSON', () => {
    const files = [
      {
        sha256: 'c'.repeat(64),
        name: '等保测评结论.pdf',
        size: 2_000_000,
        type: 'application/pdf',
        addedAt: '2026-01-02T03:04:05.000Z',
      },
    ]
    const withFiles = testAssessment({ answers: { 'SC-001': { note: 'n', files } } })
    const text = serialiseExport(buildExport([withFiles], '1.2.3', '2026-01-02T03:04:05.000Z'))
    const read = ExportFileSchema.parse(JSON.parse(text))
    expect(read.assessments[0]?.answers['SC-001']?.files).toEqual(files)
  })

  it('refuses unknown keys anywhere (strict objects)', () => {
    expect(ExportFileSchema.safeParse({ ...file, extra: 1 }).success).toBe(false)
    const withExtra = { ...file, assessments: [{ ...b, extra: 1 }] }
    expect(ExportFileSchema.safeParse(withExtra).success).toBe(false)
  })
})
