import { describe, expect, it } from 'vitest'
import { limits, type AttachedFile } from '../assessment/answer'
import { attachFile, detachFile, restoreFile, withFiles } from './attachedFiles'

const file = (n: number, name = `f${n}.pdf`): AttachedFile => ({
  sha256: n.toString(16).padStart(64, '0'),
  name,
  size: n,
  type: 'application/pdf',
  addedAt: '2026-01-02T03:04:05.000Z',
})

describe('attached files', () => {
  it('adds a file at the end', () => {
    expect(attachFile(undefined, file(1))).toEqual({ ok: true, files: [file(1)] })
    expect(attachFile([file(1)], file(2))).toEqual({ ok: true, files: [file(1), file(2)] })
  })

  it('refuses the same bytes twice, under any name', () => {
    expect(attachFile([file(1), file(2)], file(2, 'copy.pdf'))).toEqual({
      ok: false,
      reason: 'already-attached',
      existing: file(2),
    })
  })

  it('refuses a file beyond the limit', () => {
    const full = Array.from({ length: limits.files }, (_, i) => file(i + 1))
    expect(attachFile(full, file(999))).toEqual({ ok: false, reason: 'too-many', max: 20 })
  })

  it('removes a file and puts it back where it was', () => {
    const { files, removed } = detachFile([file(1), file(2), file(3)], file(2).sha256)
    expect(files).toEqual([file(1), file(3)])
    expect(removed).toEqual({ file: file(2), index: 1 })
    if (removed === null) throw new Error('unreachable')
    expect(restoreFile(files, removed)).toEqual([file(1), file(2), file(3)])
    // Shrunk since: at the end. Attached again since: not twice.
    expect(restoreFile([], removed)).toEqual([file(2)])
    expect(restoreFile([file(2)], removed)).toEqual([file(2)])
  })

  it('removes nothing for an unknown hash', () => {
    expect(detachFile([file(1)], file(9).sha256)).toEqual({ files: [file(1)], removed: null })
  })

  it('sets or drops the field on the answer, keeping the rest', () => {
    expect(withFiles({ note: 'n', files: [file(1)] }, [])).toEqual({ note: 'n' })
    expect(withFiles(undefined, [file(1)])).toEqual({ files: [file(1)] })
  })
})
