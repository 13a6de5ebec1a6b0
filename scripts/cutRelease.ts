/**
 * `npm run indicators:release`: freezes the working copy in `indicators/` as a release. Writes
 * `indicators/releases/<setId>-<version>.json` (the whole set in one file) and adds its line, with
 * the content hash, to `indicators/releases/releases.json`. Refuses a version that is already
 * released with other content: bump `version` in `indicators/meta.json` first. Running it again on
 * an unchanged, released working copy does nothing.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { serialiseSetFile } from '../src/domain/indicators/setFile'
import { shippedSet } from './build/indicatorFiles'
import { readReleaseEntries, releasesDir, setHash, type ReleaseEntry } from './build/releases'

const set = shippedSet()
const { setId, version } = set.meta
const sha256 = setHash(set)
const entries = readReleaseEntries()
const existing = entries.find((e) => e.setId === setId && e.version === version)

if (existing !== undefined && existing.sha256 === sha256) {
  console.log(`${setId} ${version} is already released with this content; nothing to do.`)
} else if (existing !== undefined) {
  console.error(
    `${setId} ${version} is already released with other content. Bump "version" in indicators/meta.json, then run this again.`,
  )
  process.exitCode = 1
} else {
  const entry: ReleaseEntry = { setId, version, file: `${setId}-${version}.json`, sha256 }
  // The release format is the set-file format, so a release can also be read as a set file.
  writeFileSync(join(releasesDir, entry.file), serialiseSetFile(set))
  const releases = [...entries, entry].sort(
    (a, b) =>
      a.setId.localeCompare(b.setId) || a.version.localeCompare(b.version, 'en', { numeric: true }),
  )
  writeFileSync(join(releasesDir, 'releases.json'), `${JSON.stringify({ releases }, null, 2)}\n`)
  console.log(
    `Released ${setId} ${version} as indicators/releases/${entry.file} (sha256 ${sha256}).`,
  )
}
