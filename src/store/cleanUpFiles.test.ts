import { Blob as NodeBlob } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { testAssessment } from '../domain/testing/testAssessment'
import { putFile, storedFileHashes } from '../storage/fileStorage'
import { cleanUpFiles, newFileGraceMs } from './cleanUpFiles'

const hash = (c: string) => c.repeat(64)
const roomy = async () => ({ quota: 1e9, usage: 0 })
const now = '2026-03-01T00:00:00.000Z'
const longAgo = '2026-01-01T00:00:00.000Z'

describe('cleanUpFiles', () => {
  it('removes the files that no kept assessment attaches, once they are old enough', async () => {
    const name = 'store-cleanup'
    const justNow = new Date(Date.parse(now) - newFileGraceMs + 1).toISOString()
    for (const [c, at] of [
      ['a', longAgo],
      ['b', longAgo],
      ['c', justNow],
    ] as const)
      await putFile(hash(c), new NodeBlob([c]) as unknown as Blob, at, { name, estimate: roomy })
    const kept = testAssessment({
      answers: {
        'SC-001': {
          files: [{ sha256: hash('a'), name: 'a.pdf', size: 1, type: '', addedAt: longAgo }],
        },
      },
    })
    expect(await cleanUpFiles([kept], now, name)).toEqual({ ok: true, removed: [hash('b')] })
    expect(await storedFileHashes(name)).toEqual({ ok: true, hashes: [hash('a'), hash('c')] })
  })
})
