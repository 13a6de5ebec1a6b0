import { useEffect, useState } from 'react'
import type { AttachedFile } from '../../domain/assessment/answer'
import { rasterTypeOf, type FileOps } from './evidenceFileOps'

/**
 * Object URLs previewing the files whose bytes are a raster image (PNG, JPEG, GIF, WebP, told by
 * their first bytes, not their declared type), by hash. Each URL carries the image type its bytes
 * have, and every URL is revoked when the list changes or the card goes away.
 */
export const useRasterPreviews = (
  ops: FileOps,
  files: readonly AttachedFile[],
): Record<string, string> => {
  const [previews, setPreviews] = useState<Record<string, string>>({})
  const key = files.map((f) => f.sha256).join()
  useEffect(() => {
    let live = true
    const made: string[] = []
    const hashes = key === '' ? [] : key.split(',')
    void (async () => {
      const next: Record<string, string> = {}
      for (const hash of hashes) {
        const blob = await ops.get(hash)
        const type = blob === null ? null : await rasterTypeOf(blob)
        if (!live) return
        if (blob === null || type === null) continue
        const url = URL.createObjectURL(new Blob([blob], { type }))
        made.push(url)
        next[hash] = url
      }
      if (live) setPreviews(next)
    })()
    return () => {
      live = false
      for (const url of made) URL.revokeObjectURL(url)
    }
  }, [ops, key])
  return previews
}
