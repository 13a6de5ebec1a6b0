import {
  builtInSetIds,
  findIndicatorSet,
  isKnownSet,
  loadSets,
  registerCustomSet,
  type SetRef,
} from '../../content/defaultIndicatorSet'
import { setSha256 } from '../../content/setSha256'
import type { PackageFile } from '../../domain/departments/packageFile'
import { checkFileSet, type FileSetProblem } from '../../domain/departments/readDepartmentFile'
import { checkSetFile } from '../../domain/indicators/setFile'
import type { Language } from '../../domain/language'

/**
 * Makes the indicator set of a package usable and checks that it is the coordinator's: the
 * app's own version, or the set the package carries (registered for this session only, like a set
 * brought by the user; on reload it is registered again from the stored package). Either must
 * have the SHA-256 the package names, so the department answers exactly the indicators the
 * coordinator scores. Rejects only when a built-in release cannot be fetched.
 */
export const preparePackageSet = async (
  pkg: PackageFile,
  language: Language,
): Promise<{ ok: true; ref: SetRef } | { ok: false; problem: FileSetProblem }> => {
  const named = pkg.assessment.indicatorSet
  const ref: SetRef = { setId: named.setId, version: named.version }
  if (pkg.set !== undefined && !isKnownSet(ref)) {
    // Read with every check when the package was opened; checked again, as stored data is.
    const checked = checkSetFile(pkg.set, { builtInSetIds })
    if (checked.ok) registerCustomSet(checked.set)
  }
  await loadSets([ref], language)
  const set = findIndicatorSet(ref)
  const sha256 = set === null ? null : await setSha256(ref)
  const problem = checkFileSet(named, set, sha256)
  return problem === null ? { ok: true, ref } : { ok: false, problem }
}
