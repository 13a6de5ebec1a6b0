import { vi } from 'vitest'

/** A captured download: the file name and the bytes the user would get. */
export type Download = { name: string; blob: Blob }

/**
 * Downloads made through Blob + object URL + `<a download>` click (`components/ui/download.ts`),
 * captured instead of saved. jsdom has no object URLs, so stand-ins are installed on `URL` for the
 * rest of the test file; the click is a spy (`vi.restoreAllMocks()` removes it).
 */
export const captureDownloads = (): Download[] => {
  const blobs = new Map<string, Blob>()
  const downloads: Download[] = []
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`
      blobs.set(url, blob)
      return url
    },
    revokeObjectURL: () => undefined,
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '')
    if (blob !== undefined) downloads.push({ name: this.download, blob })
  })
  return downloads
}

/** The blob's bytes as plain numbers (comparable whichever realm made the buffer). */
export const blobBytes = (blob: Blob): Promise<number[]> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)])
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
