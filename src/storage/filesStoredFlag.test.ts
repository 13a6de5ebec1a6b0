import { Blob as NodeBlob } from 'node:buffer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { removeUnattachedFiles } from './fileCleanup'
import { putFile } from './fileStorage'
import { filesMayBeStored, onFirstFileStored, setFilesStored } from './filesStoredFlag'

afterEach(() => window.localStorage.clear())

describe('the "files may be stored" flag', () => {
  it('is set by storing a file and cleared by a clean-up that leaves none', async () => {
    const name = 'files-flag'
    expect(filesMayBeStored()).toBe(false)
    const roomy = async () => ({ quota: 1e9, usage: 0 })
    const blob = new NodeBlob(['x']) as unknown as Blob
    await putFile('a'.repeat(64), blob, '2026-01-01T00:00:00.000Z', { name, estimate: roomy })
    await putFile('b'.repeat(64), blob, '2026-01-01T00:00:00.000Z', { name, estimate: roomy })
    expect(filesMayBeStored()).toBe(true)
    const later = '2026-02-01T00:00:00.000Z'
    await removeUnattachedFiles(new Set(['a'.repeat(64)]), later, name)
    expect(filesMayBeStored()).toBe(true)
    await removeUnattachedFiles(new Set(), later, name)
    expect(filesMayBeStored()).toBe(false)
  })

  it("tells the page of its first stored file once, so the page's clean-up can start then", () => {
    const started = vi.fn()
    onFirstFileStored(started)
    setFilesStored(false)
    expect(started).not.toHaveBeenCalled()
    setFilesStored(true)
    setFilesStored(true)
    expect(started).toHaveBeenCalledTimes(1)
  })
})
