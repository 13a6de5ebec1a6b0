/**
 * A small valid backup's inputs (tests only): two assessments of the tiny set whose answers attach
 * two files, one of them twice under two names, and the bytes of those files. The hashes are the
 * SHA-256 of those fixed bytes, written out (the builder and reader check them with a real one).
 */
import type { AttachedFile } from '../assessment/answer'
import type { Assessment } from '../assessment/assessment'
import { buildExport, type ExportFile } from '../exchange/exportFile'
import { testAssessment } from './testAssessment'

/** Bytes that start like a PDF, 3,000 of them, the same on every run. */
export const pdfBytes = Uint8Array.from({ length: 3_000 }, (_, i) =>
  i < 5 ? '%PDF-'.charCodeAt(i) : (i * 31 + 7) % 256,
)
/** The 8-byte PNG signature and a few more bytes. */
export const pngBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

export const pdfSha256 = 'a1764790cf5bbc979a508888dc40fc83ea07d32fb22b9bf0d1640906c725b86e'
export const pngSha256 = '7f47b756761a46e6d4a4d96f0d8a4448f8449235009d1f3ad1493f5c773c19e8'

const attached = (sha256: string, name: string, size: number, type: string): AttachedFile => ({
  sha256,
  name,
  size,
  type,
  addedAt: '2025-05-06T07:08:09.000Z',
})

export const backupTime = '2026-02-03T04:05:06.000Z'

/**
 * The export of two assessments attaching the PDF (twice, under two names) and the PNG, made with
 * `indicatorSet` (the tiny set by default; any set with the indicators SC-001 and SC-002).
 */
export const backupExport = (
  indicatorSet: Assessment['indicatorSet'] = { setId: 'tiny', version: '1.0.0' },
): ExportFile => {
  const pdf = attached(pdfSha256, '12345热线年报.pdf', pdfBytes.length, 'application/pdf')
  const png = attached(pngSha256, 'portal.png', pngBytes.length, 'image/png')
  const a = testAssessment({
    indicatorSet,
    answers: {
      'SC-001': { value: { type: 'kpi', value: 86.5 }, files: [pdf] },
      'SC-002': { notApplicable: { reason: '本市未设此项' }, files: [png] },
    },
  })
  const b = testAssessment({
    id: 'abcdefgh-0002',
    year: 2025,
    indicatorSet,
    answers: {
      'SC-001': { value: { type: 'kpi', value: 90 }, files: [{ ...pdf, name: 'report.pdf' }] },
    },
  })
  return buildExport([a, b], '1.2.3', backupTime)
}

/** The files' bytes by hash, as the builder takes them. */
export const backupFiles = (): Map<string, Uint8Array> =>
  new Map([
    [pdfSha256, pdfBytes],
    [pngSha256, pngBytes],
  ])
