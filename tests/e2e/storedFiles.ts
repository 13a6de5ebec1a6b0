import type { Page } from 'playwright-core'

/** Every file stored in the page's IndexedDB: its key, its size and the SHA-256 of its bytes. */
export const storedFiles = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ key: string; size: number; sha256: string }[]>((resolve, reject) => {
        const open = indexedDB.open('smart-city-maturity')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('files')
          const keys = tx.objectStore('files').getAllKeys()
          const values = tx.objectStore('files').getAll()
          tx.oncomplete = async () => {
            open.result.close()
            const all = values.result as { blob: Blob }[]
            resolve(
              await Promise.all(
                all.map(async ({ blob }, i) => {
                  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())
                  return {
                    key: String(keys.result[i]),
                    size: blob.size,
                    sha256: [...new Uint8Array(digest)]
                      .map((b) => b.toString(16).padStart(2, '0'))
                      .join(''),
                  }
                }),
              ),
            )
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
