/**
 * Saves a file the way every browser supports without a server: a Blob, an object URL and a click
 * on a temporary `<a download>`. The URL is revoked after the click has been handled.
 */
export const downloadBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1_000)
  }
}

export const jsonBlob = (text: string): Blob =>
  new Blob([text], { type: 'application/json;charset=utf-8' })

export const csvBlob = (text: string): Blob => new Blob([text], { type: 'text/csv;charset=utf-8' })
