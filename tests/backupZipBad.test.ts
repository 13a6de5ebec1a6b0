/**
 * Hostile and broken backup archives: each one is refused, with its own reason, before anything
 * is written (reading is pure: `readBackup` returns a problem and the import writes nothing on a
 * problem). The archives are made here from a valid backup, an entry changed at a time.
 */
import { createHash } from 'node:crypto'
import { strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildBackup } from '../src/domain/backup/buildBackup'
import type { BackupProblem } from '../src/domain/backup/backupProblem'
import { readBackup } from '../src/domain/backup/readBackup'
import { excerpt } from '../src/domain/excerpt'
import type { FindIndicatorSet } from '../src/domain/exchange/importAnswers'
import {
  backupExport,
  backupFiles,
  pdfSha256,
  pngBytes,
  pngSha256,
} from '../src/domain/testing/testBackup'
import { tinySet } from '../src/domain/testing/tinySet'
import { declareSize, zipOf } from './utils/zipBytes'

const hash = (bytes: Uint8Array) =>
  Promise.resolve(createHash('sha256').update(bytes).digest('hex'))
const findSet: FindIndicatorSet = ({ setId, version }) =>
  setId === tinySet.meta.setId && version === tinySet.meta.version ? tinySet : null

const built = await buildBackup(backupExport(), backupFiles(), hash)
if (!built.ok) throw new Error('the valid backup was not built')
/** The valid backup's entries, to change one at a time. */
const valid = unzipSync(built.bytes)
const json = (value: unknown) => strToU8(JSON.stringify(value))
const png = `files/${pngSha256}`
const pdf = `files/${pdfSha256}`
const without = (name: string) =>
  Object.fromEntries(Object.entries(valid).filter(([k]) => k !== name))
const manifestWith = (change: Record<string, unknown>) =>
  zipOf({ ...valid, 'manifest.json': json({ ...built.manifest, ...change }) })
const zeros = (n: number) => new Uint8Array(n)
const hex64 = (i: number) => i.toString(16).padStart(64, '0')

/** A ZIP bomb by count: more entries than allowed, each empty. */
const manyEntries = () =>
  zipOf(
    Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`files/${hex64(i)}`, zeros(0)])),
  )

/**
 * A ZIP bomb by declared size: thirty small entries each declaring 24 MB (720 MB together); the
 * 26th passes the total of 600 MB.
 */
const hugeTotal = () => {
  const names = Array.from({ length: 30 }, (_, i) => `files/${hex64(i)}`)
  let zip = zipOf(Object.fromEntries(names.map((n) => [n, zeros(4_096)])))
  for (const name of names) zip = declareSize(zip, name, 24 * 1024 * 1024)
  return zip
}

/** A lying header: 8 MB of zeros (deflated to a few kB) declaring 12,000 bytes. */
const lyingHeader = () =>
  declareSize(zipOf({ ...valid, [png]: zeros(8 * 1024 * 1024) }), png, 12_000)

const cases: [string, () => Uint8Array, BackupProblem][] = [
  [
    'path traversal with ..',
    () => zipOf({ ...valid, '../evil.txt': zeros(1) }),
    { kind: 'unsafe-name', name: '../evil.txt' },
  ],
  [
    'an absolute path',
    () => zipOf({ ...valid, '/etc/cron.d/x': zeros(1) }),
    { kind: 'unsafe-name', name: '/etc/cron.d/x' },
  ],
  [
    'a backslash path',
    () => zipOf({ ...valid, 'files\\..\\x': zeros(1) }),
    { kind: 'unsafe-name', name: 'files\\..\\x' },
  ],
  [
    'a drive letter',
    () => zipOf({ ...valid, 'C:/x': zeros(1) }),
    { kind: 'unsafe-name', name: 'C:/x' },
  ],
  [
    'an empty path segment',
    () => zipOf({ ...valid, 'files//x': zeros(1) }),
    { kind: 'unsafe-name', name: 'files//x' },
  ],
  ['a ZIP bomb by entry count', manyEntries, { kind: 'too-many-entries', max: 2_000 }],
  [
    'a ZIP bomb by declared size (one entry of 30 MB)',
    () => zipOf({ ...valid, [png]: zeros(30 * 1024 * 1024) }),
    {
      kind: 'entry-too-large',
      name: excerpt(png),
      bytes: 30 * 1024 * 1024,
      max: 25 * 1024 * 1024,
    },
  ],
  [
    'a ZIP bomb by declared total',
    hugeTotal,
    { kind: 'total-too-large', bytes: 26 * 24 * 1024 * 1024, max: 600 * 1024 * 1024 },
  ],
  [
    'a lying header (more bytes than declared)',
    lyingHeader,
    { kind: 'size-mismatch', name: excerpt(png) },
  ],
  [
    'a table of contents that disagrees with the entry',
    () => declareSize(built.bytes, png, pngBytes.length + 1, 'central'),
    { kind: 'size-mismatch', name: excerpt(png) },
  ],
  [
    'a hash that does not match its bytes',
    () => zipOf({ ...valid, [png]: pngBytes.map((b) => b ^ 1) }),
    { kind: 'hash-mismatch', sha256: pngSha256 },
  ],
  [
    'a manifest naming a missing file',
    () => zipOf(without(pdf)),
    { kind: 'missing-file', sha256: pdfSha256 },
  ],
  [
    'an answer naming a file the archive lacks',
    () =>
      zipOf({
        ...without(png),
        'manifest.json': json({
          ...built.manifest,
          files: built.manifest.files.filter((f) => f.sha256 !== pngSha256),
        }),
      }),
    { kind: 'answer-file-missing', sha256: pngSha256, name: 'portal.png' },
  ],
  [
    'an unknown entry',
    () => zipOf({ ...valid, 'notes.txt': strToU8('hi') }),
    { kind: 'unknown-entry', name: 'notes.txt' },
  ],
  [
    'a file the manifest does not name',
    () => zipOf({ ...valid, [`files/${hex64(7)}`]: zeros(3) }),
    { kind: 'unlisted-file', sha256: hex64(7) },
  ],
  [
    'a manifest with an unknown key',
    () => manifestWith({ extra: 1 }),
    { kind: 'bad-manifest', path: '$', message: expect.any(String) as string },
  ],
  [
    'a manifest with a bad size',
    () => manifestWith({ files: [{ sha256: pngSha256, size: -1, names: ['a'] }] }),
    { kind: 'bad-manifest', path: '$.files[0].size', message: expect.any(String) as string },
  ],
  [
    'a manifest of another format',
    () => manifestWith({ format: 'other-backup' }),
    { kind: 'wrong-format', format: 'other-backup' },
  ],
  [
    'a manifest of a newer version',
    () => manifestWith({ schemaVersion: 2 }),
    { kind: 'newer-version', version: 2, supported: 1 },
  ],
  [
    'assessments.json that the JSON import refuses',
    () => zipOf({ ...valid, 'assessments.json': strToU8('{"format": ') }),
    { kind: 'assessments', problem: { kind: 'not-json', line: 1, column: 12 } },
  ],
  [
    'no manifest',
    () => zipOf(without('manifest.json')),
    { kind: 'missing-entry', name: 'manifest.json' },
  ],
  [
    'not a ZIP at all',
    () => strToU8('{"format":"smartcity-assessment-export"}'),
    { kind: 'not-a-zip' },
  ],
  ['an empty archive', () => zipOf({}), { kind: 'empty' }],
]

describe('hostile backup archives are refused with their reason', () => {
  it.each(cases)('%s', async (_, make, problem) => {
    expect(await readBackup(make(), { findSet }, hash)).toEqual({ ok: false, problem })
  })

  it('the valid archive they are made from is read', async () => {
    expect(await readBackup(zipOf(valid), { findSet }, hash)).toMatchObject({ ok: true })
  })
})
