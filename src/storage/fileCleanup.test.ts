import { Blob as NodeBlob } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { removeUnattachedFiles } from './fileCleanup'
import { putFile, storedFileHashes } from './fileStorage'
import { openDatabase } from './indexedDbStorage'

const hash = (c: string) => c.repeat(64)
const mention = (c: string) => `{"answers":{"x":{"files":[{"sha256":"${hash(c)}"}]}}}`
const roomy = async () => ({ quota: 1e9, usage: 0 })
const blobOf = (text: string) => new NodeBlob([text]) as unknown as Blob

const store = async (name: string, at: string, ...letters: string[]) => {
  for (const c of letters) await putFile(hash(c), blobOf(c), at, { name, estimate: roomy })
}

describe('removing files nothing attaches', () => {
  it('keeps what memory, records, unreadable records, backups and responses name; removes the rest', async () => {
    const name = 'files-cleanup'
    await store(name, '2026-01-01T00:00:00.000Z', 'a', 'b', 'c', 'd', 'e', 'f')
    const db = await openDatabase(name)
    await db.put('assessments', mention('b'), 'id-b')
    await db.put(
      'quarantine',
      { raw: `${mention('c')} broken`, problem: 'x', quarantinedAt: '' },
      'q',
    )
    await db.put('backups', {
      createdAt: '2026-01-01T00:00:00.000Z',
      reason: 'pre-import',
      records: [{ key: 'id-d', raw: mention('d') }],
    })
    await db.put('responses', mention('e'), 'package-e')
    db.close()
    const result = await removeUnattachedFiles(
      new Set([hash('a')]),
      '2026-02-01T00:00:00.000Z',
      name,
    )
    expect(result).toEqual({ ok: true, removed: [hash('f')] })
    expect(await storedFileHashes(name)).toEqual({
      ok: true,
      hashes: ['a', 'b', 'c', 'd', 'e'].map(hash),
    })
  })

  it('keeps a file stored at or after the cut-off, which another tab may be about to attach', async () => {
    const name = 'files-cleanup-recent'
    await store(name, '2026-01-01T00:00:00.000Z', 'a')
    await store(name, '2026-02-01T00:00:00.000Z', 'b')
    expect(await removeUnattachedFiles(new Set(), '2026-02-01T00:00:00.000Z', name)).toEqual({
      ok: true,
      removed: [hash('a')],
    })
    expect(await storedFileHashes(name)).toEqual({ ok: true, hashes: [hash('b')] })
  })
})
