import { createHash } from 'node:crypto'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { FindIndicatorSet } from '../exchange/importAnswers'
import { must } from '../testing/must'
import {
  backupExport,
  backupFiles,
  pdfBytes,
  pdfSha256,
  pngBytes,
  pngSha256,
} from '../testing/testBackup'
import { tinySet } from '../testing/tinySet'
import { buildBackup } from './buildBackup'
import { readBackup } from './readBackup'

const hash = (bytes: Uint8Array) =>
  Promise.resolve(createHash('sha256').update(bytes).digest('hex'))
const findSet: FindIndicatorSet = ({ setId, version }) =>
  setId === tinySet.meta.setId && version === tinySet.meta.version ? tinySet : null

const built = async () => {
  const result = await buildBackup(backupExport(), backupFiles(), hash)
  if (!result.ok) throw new Error(JSON.stringify(result.problem))
  return result
}

describe('buildBackup', () => {
  it('writes the manifest, the export and one entry per file hash', async () => {
    const { bytes, manifest } = await built()
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual([
      'assessments.json',
      `files/${pngSha256}`,
      `files/${pdfSha256}`,
      'manifest.json',
    ])
    expect(manifest).toEqual({
      format: 'smartcity-backup',
      schemaVersion: 1,
      appVersion: '1.2.3',
      createdAt: '2026-02-03T04:05:06.000Z',
      // Sorted by hash: the PNG's starts with 7f, the PDF's with a1.
      files: [
        { sha256: pngSha256, size: pngBytes.length, names: ['portal.png'] },
        { sha256: pdfSha256, size: pdfBytes.length, names: ['12345热线年报.pdf', 'report.pdf'] },
      ],
    })
    const json = JSON.parse(strFromU8(must(unzipSync(bytes)['assessments.json']))) as object
    expect(json).toEqual(backupExport())
  })

  it('makes the same bytes from the same inputs', async () => {
    expect((await built()).bytes).toEqual((await built()).bytes)
  })

  it('refuses when an attached file is not stored', async () => {
    const files = backupFiles()
    files.delete(pngSha256)
    expect(await buildBackup(backupExport(), files, hash)).toEqual({
      ok: false,
      problem: { kind: 'missing-file', sha256: pngSha256, name: 'portal.png' },
    })
  })

  it('refuses when stored bytes do not have their hash', async () => {
    const files = backupFiles().set(pngSha256, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))
    expect(await buildBackup(backupExport(), files, hash)).toMatchObject({
      ok: false,
      problem: { kind: 'damaged-file', sha256: pngSha256 },
    })
  })
})

describe('readBackup', () => {
  it('reads back the assessments, the manifest and every file, byte for byte', async () => {
    const { bytes, manifest } = await built()
    const read = await readBackup(bytes, { findSet }, hash)
    if (!read.ok) throw new Error(JSON.stringify(read.problem))
    expect(read.manifest).toEqual(manifest)
    expect(read.assessments).toEqual(backupExport().assessments)
    expect(read.sets).toEqual([])
    const byHash = new Map(read.files.map((f) => [f.sha256, f.bytes]))
    expect(byHash).toEqual(backupFiles())
  })

  it('reads an archive without files (no answer attaches one)', async () => {
    const file = { ...backupExport(), assessments: [] }
    const result = await buildBackup(file, new Map(), hash)
    if (!result.ok) throw new Error('not built')
    const read = await readBackup(result.bytes, { findSet }, hash)
    expect(read).toMatchObject({ ok: true, assessments: [], files: [] })
  })
})
