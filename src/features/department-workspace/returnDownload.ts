/**
 * The file "Return to the coordinator" downloads: the JSON return as before, or, when the returned
 * answers attach files this browser keeps that the package did not carry, a ZIP return carrying
 * their bytes (`returnZip.ts`). The file storage and the ZIP code are fetched with `import()`
 * only then, so a return without new files loads neither.
 */
import type { PackageFile } from '../../domain/departments/packageFile'
import { filesToCarry } from '../../domain/departments/returnFiles'
import { serialiseReturn, type ReturnFile } from '../../domain/departments/returnFile'
import { returnFileName } from '../../domain/exchange/fileNames'

export type ReturnDownload =
  | { ok: true; blob: Blob; name: string; files: number }
  /** A stored file could not be read: nothing is downloaded. */
  | { ok: false; file: string; detail: string }

/** The bytes of each of `hashes` kept in this browser; a hash not kept here is left out. */
const storedBytes = async (
  hashes: readonly string[],
  names: ReadonlyMap<string, string>,
): Promise<
  { ok: true; files: Map<string, Uint8Array> } | { ok: false; file: string; detail: string }
> => {
  const { getFile } = await import('../../storage/fileStorage')
  const files = new Map<string, Uint8Array>()
  for (const sha256 of hashes) {
    const got = await getFile(sha256)
    if (!got.ok) return { ok: false, file: names.get(sha256) ?? sha256, detail: got.detail }
    if (got.file !== null) files.set(sha256, new Uint8Array(await got.file.blob.arrayBuffer()))
  }
  return { ok: true, files }
}

/** The return file `file`, as JSON or as a ZIP return (see the module comment). */
export const returnDownload = async (
  file: ReturnFile,
  pkg: PackageFile,
): Promise<ReturnDownload> => {
  const json = (): ReturnDownload => ({
    ok: true,
    blob: new Blob([serialiseReturn(file)], { type: 'application/json' }),
    name: returnFileName(file.assessment, file.department.name, file.returnedAt),
    files: 0,
  })
  const hashes = filesToCarry(pkg, file.answers)
  if (hashes.length === 0) return json()
  const names = new Map<string, string>(
    Object.values(file.answers).flatMap(({ answer }) =>
      (answer.files ?? []).map((f) => [f.sha256, f.name] as const),
    ),
  )
  const stored = await storedBytes(hashes, names)
  if (!stored.ok) return stored
  if (stored.files.size === 0) return json()
  const { buildReturnZip } = await import('../../domain/departments/returnZip')
  const bytes = buildReturnZip(file, stored.files)
  return {
    ok: true,
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    name: returnFileName(file.assessment, file.department.name, file.returnedAt, 'zip'),
    files: stored.files.size,
  }
}
