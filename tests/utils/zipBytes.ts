/**
 * Tools to make hostile ZIP archives in tests: an archive from named entries (fflate, no
 * checks), and rewriting the unpacked size an entry declares, in its local header and in the
 * table of contents, without touching its data (a lying header).
 */
import { zipSync } from 'fflate'

const signatures = { local: 0x04034b50, central: 0x02014b50 }

export const zipOf = (entries: Record<string, Uint8Array>, level: 0 | 6 = 6): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [v, { level }]])))

/** Every offset where a header of `kind` names `name`. */
const headersNaming = (zip: Uint8Array, kind: keyof typeof signatures, name: string): number[] => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const wanted = new TextEncoder().encode(name)
  const nameAt = kind === 'local' ? 30 : 46
  const lengthAt = kind === 'local' ? 26 : 28
  const found: number[] = []
  for (let at = 0; at + nameAt <= zip.length; at++) {
    if (view.getUint32(at, true) !== signatures[kind]) continue
    if (view.getUint16(at + lengthAt, true) !== wanted.length) continue
    const named = zip.subarray(at + nameAt, at + nameAt + wanted.length)
    if (named.every((b, i) => b === wanted[i])) found.push(at)
  }
  return found
}

/**
 * A copy of `zip` in which entry `name` declares `originalSize` unpacked bytes. `where` chooses
 * the headers rewritten: both (a consistent lie) or only the table of contents.
 */
export const declareSize = (
  zip: Uint8Array,
  name: string,
  originalSize: number,
  where: 'both' | 'central' = 'both',
): Uint8Array => {
  const copy = zip.slice()
  const view = new DataView(copy.buffer)
  for (const at of headersNaming(copy, 'central', name)) view.setUint32(at + 24, originalSize, true)
  if (where === 'both')
    for (const at of headersNaming(copy, 'local', name)) view.setUint32(at + 22, originalSize, true)
  return copy
}
