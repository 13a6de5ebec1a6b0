/** Which evidence files a department's return carries (pure; no ZIP code, so it loads cheaply). */
import type { PackageFile } from './packageFile'

/**
 * The files a return must carry: those its answers name that the package's answers did not (the
 * coordinator has those already). By hash, in the order the answers name them.
 */
export const filesToCarry = (
  pkg: PackageFile,
  answers: Readonly<Record<string, { answer: { files?: readonly { sha256: string }[] } }>>,
): string[] => {
  const carried = new Set(
    Object.values(pkg.answers).flatMap((a) => (a.files ?? []).map((f) => f.sha256)),
  )
  const out = new Set<string>()
  for (const { answer } of Object.values(answers))
    for (const f of answer.files ?? []) if (!carried.has(f.sha256)) out.add(f.sha256)
  return [...out]
}
