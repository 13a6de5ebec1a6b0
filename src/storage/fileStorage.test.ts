import { Blob as NodeBlob } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import {
  getFile,
  headroomBytes,
  maxFileBytes,
  putFile,
  removeUnreferencedFiles,
  storedFileHashes,
} from './fileStorage'

const at = '2026-01-02T03:04:05.000Z'
const hashA = 'a'.repeat(64)
const hashB = 'b'.repeat(64)
const roomy = async () => ({ quota: 1e9, usage: 0 })
const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())]
/**
 * Node's Blob: fake-indexeddb clones values with Node's structured clone, which keeps a Node Blob
 * whole but not jsdom's (a browser keeps its own Blob, as the e2e journeys show).
 */
const blobOf = (bytes: Uint8Array, type = '') => new NodeBlob([bytes], { type }) as unknown as Blob

describe('evidence files in IndexedDB', () => {
  it('keeps one copy per hash, and gives the bytes back', async () => {
    const name = 'files-put'
    const blob = blobOf(new Uint8Array([1, 2, 3]), 'application/pdf')
    expect(await putFile(hashA, blob, at, { name, estimate: roomy })).toEqual({
      ok: true,
      stored: 'new',
    })
    expect(await putFile(hashA, blob, at, { name, estimate: roomy })).toEqual({
      ok: true,
      stored: 'already-kept',
    })
    const read = await getFile(hashA, name)
    if (!read.ok || read.file === null) throw new Error('stored file not found')
    expect(read.file.size).toBe(3)
    expect(await bytesOf(read.file.blob)).toEqual([1, 2, 3])
    expect(await getFile(hashB, name)).toEqual({ ok: true, file: null })
  })

  it('refuses a file over the limit, and one the storage estimate has no room for, storing nothing', async () => {
    const name = 'files-refused'
    const big = { size: maxFileBytes + 1 } as Blob
    expect(await putFile(hashA, big, at, { name, estimate: roomy })).toEqual({
      ok: false,
      reason: 'too-large',
      size: maxFileBytes + 1,
      max: maxFileBytes,
    })
    const blob = blobOf(new Uint8Array(1000))
    const full = async () => ({ quota: 100_000_000, usage: 100_000_000 - headroomBytes })
    expect(await putFile(hashB, blob, at, { name, estimate: full })).toEqual({
      ok: false,
      reason: 'no-room',
      needed: 1000 + headroomBytes,
      available: headroomBytes,
    })
    expect(await storedFileHashes(name)).toEqual({ ok: true, hashes: [] })
  })

  it('writes when the browser cannot estimate its storage', async () => {
    const name = 'files-no-estimate'
    const blob = blobOf(new Uint8Array([9]))
    expect(await putFile(hashA, blob, at, { name, estimate: async () => null })).toEqual({
      ok: true,
      stored: 'new',
    })
  })

  it('removes only the files nothing attaches any more', async () => {
    const name = 'files-gc'
    for (const hash of [hashA, hashB])
      await putFile(hash, blobOf(new TextEncoder().encode(hash)), at, { name, estimate: roomy })
    expect(await removeUnreferencedFiles(new Set([hashB]), name)).toEqual({
      ok: true,
      removed: [hashA],
    })
    expect(await storedFileHashes(name)).toEqual({ ok: true, hashes: [hashB] })
  })
})
