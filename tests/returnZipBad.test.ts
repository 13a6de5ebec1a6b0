/**
 * Department ZIP returns: a valid one is read with its files, and hostile or broken ones are each
 * refused with their own reason (reading is pure: nothing is stored or merged on a problem). The
 * archives are made here from a valid ZIP return, an entry changed at a time.
 */
import { createHash } from 'node:crypto'
import { strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { AttachedFile } from '../src/domain/assessment/answer'
import { packageFormat } from '../src/domain/departments/departmentFormats'
import { buildPackage } from '../src/domain/departments/packageFile'
import {
  assessmentWithPackage,
  kpi,
  returnOf,
  transport,
} from '../src/domain/testing/departmentFixtures'
import { filesToCarry } from '../src/domain/departments/returnFiles'
import {
  buildReturnZip,
  readReturnZip,
  type ReturnZipProblem,
} from '../src/domain/departments/returnZip'
import { pdfBytes, pdfSha256, pngBytes, pngSha256 } from '../src/domain/testing/testBackup'
import { excerpt } from '../src/domain/excerpt'
import { zipOf } from './utils/zipBytes'

const hash = (bytes: Uint8Array) =>
  Promise.resolve(createHash('sha256').update(bytes).digest('hex'))
const attached = (sha256: string, name: string, size: number): AttachedFile => ({
  sha256,
  name,
  size,
  type: 'application/octet-stream',
  addedAt: '2026-01-20T09:00:00.000Z',
})
const pdf = attached(pdfSha256, '年报.pdf', pdfBytes.length)
const png = attached(pngSha256, 'portal.png', pngBytes.length)

const assessment = assessmentWithPackage({ 'SC-001': kpi(1) })
const returned = returnOf(assessment, {
  'SC-001': { ...kpi(2), files: [pdf] },
  'SC-002': { ...kpi(3), files: [png] },
})
const valid = unzipSync(
  buildReturnZip(
    returned,
    new Map([
      [pdfSha256, pdfBytes],
      [pngSha256, pngBytes],
    ]),
  ),
)
const nothingStored = new Set<string>()
const json = (value: unknown) => strToU8(JSON.stringify(value))
const without = (name: string) =>
  Object.fromEntries(Object.entries(valid).filter(([k]) => k !== name))

describe('a ZIP return', () => {
  it('is read with its return file and the bytes of each file it carries', async () => {
    const read = await readReturnZip(zipOf(valid), hash, nothingStored)
    if (!read.ok) throw new Error(JSON.stringify(read.problem))
    expect(read.file).toEqual(returned)
    expect(read.files.map((f) => [f.sha256, f.bytes.length])).toEqual([
      [pdfSha256, pdfBytes.length],
      [pngSha256, pngBytes.length],
    ])
  })

  it('may leave out a file an answer names that this browser already keeps', async () => {
    const read = await readReturnZip(
      zipOf(without(`files/${pngSha256}`)),
      hash,
      new Set([pngSha256]),
    )
    expect(read.ok && read.files.map((f) => f.sha256)).toEqual([pdfSha256])
  })

  it('carries only the files the package did not', () => {
    const carrying = assessmentWithPackage({ 'SC-001': { ...kpi(1), files: [pdf] } })
    const issued = carrying.packages?.[0]
    if (issued === undefined) throw new Error('no package')
    const pkg = buildPackage(
      carrying,
      transport,
      issued,
      { sha256: 'a'.repeat(64), carry: null },
      'test',
    )
    expect(filesToCarry(pkg, returned.answers)).toEqual([pngSha256])
  })
})

const other = 'f'.repeat(64)
const cases: [string, Record<string, Uint8Array> | Uint8Array, ReturnZipProblem][] = [
  [
    'an entry name climbing out of its folder',
    { ...valid, '../evil.json': json({}) },
    { kind: 'unsafe-name', name: '../evil.json' },
  ],
  [
    'an absolute entry name',
    { ...valid, '/etc/passwd': json({}) },
    { kind: 'unsafe-name', name: '/etc/passwd' },
  ],
  [
    'an entry a ZIP return has no place for',
    { ...valid, 'manifest.json': json({}) },
    { kind: 'unknown-entry', name: 'manifest.json' },
  ],
  [
    'a file whose bytes do not have the hash its name says',
    { ...valid, [`files/${pngSha256}`]: Uint8Array.from([1, 2, 3]) },
    { kind: 'hash-mismatch', sha256: pngSha256 },
  ],
  [
    'a file an answer names, neither in the archive nor stored here',
    without(`files/${pdfSha256}`),
    { kind: 'answer-file-missing', sha256: pdfSha256, name: '年报.pdf' },
  ],
  [
    'a file no returned answer names',
    { ...valid, [`files/${createHash('sha256').update('x').digest('hex')}`]: strToU8('x') },
    { kind: 'unlisted-file', sha256: createHash('sha256').update('x').digest('hex') },
  ],
  [
    'an answer recording another size than the file has',
    {
      ...valid,
      'return.json': json({
        ...returned,
        answers: {
          ...returned.answers,
          'SC-002': {
            ...returned.answers['SC-002'],
            answer: { ...kpi(3), files: [{ ...png, size: 99 }] },
          },
        },
      }),
    },
    { kind: 'answer-file-size', sha256: pngSha256, name: 'portal.png' },
  ],
  ['no return.json', without('return.json'), { kind: 'missing-entry', name: 'return.json' }],
  [
    'a return.json that is a package',
    { ...valid, 'return.json': json({ ...returned, format: packageFormat }) },
    { kind: 'return', problem: { kind: 'other-kind', expected: 'return', found: 'package' } },
  ],
  ['not a ZIP at all', strToU8('{"format":"x"}'), { kind: 'not-a-zip' }],
  [
    'a file name of the wrong shape',
    { ...valid, [`files/${other}x`]: strToU8('x') },
    {
      kind: 'unknown-entry',
      name: excerpt(`files/${other}x`),
    },
  ],
]

describe('a hostile or broken ZIP return is refused', () => {
  it.each(cases)('%s', async (_, archive, problem) => {
    const bytes = ArrayBuffer.isView(archive) ? archive : zipOf(archive)
    expect(await readReturnZip(bytes, hash, nothingStored)).toEqual({ ok: false, problem })
  })
})
