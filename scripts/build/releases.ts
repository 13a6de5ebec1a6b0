/**
 * Released versions of the built-in indicator sets: frozen copies of `indicators/` in
 * `indicators/releases/`, one file per version (a whole set in one JSON file), listed with the hash
 * of their content in `indicators/releases/releases.json`. The app ships every release, so an
 * assessment is always scored with exactly the version it records; the working copy in
 * `indicators/` becomes the next release (`npm run indicators:release`). Explicit `.ts` extensions:
 * the build plugin runs this at config time in Node.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { DataFile } from '../../src/domain/indicators/assembleIndicatorSet.ts'
import type { IndicatorSet } from '../../src/domain/indicators/schema.ts'
import { assembleShippedSet, indicatorsDir, setOrThrow } from './indicatorFiles.ts'

export const releasesDir = resolve(indicatorsDir, 'releases')

/** One line of `releases.json`. */
export type ReleaseEntry = { setId: string; version: string; file: string; sha256: string }

/** A release as the build ships it. */
export type Release = { entry: ReleaseEntry; set: IndicatorSet }

/** JSON with object keys in code-point order at every level: the same content, the same text. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  )

/**
 * The content hash of a set: SHA-256 (hex) of the canonical JSON of `{ meta, indicators }` without
 * the editor-only `$schema` key. Formatting and key order do not change it; any change of content
 * does.
 */
export const setHash = (set: IndicatorSet): string => {
  const meta: Partial<IndicatorSet['meta']> = { ...set.meta }
  delete meta.$schema
  return createHash('sha256')
    .update(canonicalJson({ meta, indicators: set.indicators }))
    .digest('hex')
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * A release file (a set file, src/domain/indicators/setFile.ts) as the data files of a set folder, for the same schema and integrity checks. */
const asDataFiles = (data: unknown, name: string): DataFile[] => {
  if (!isRecord(data) || data.kind !== 'indicator-set' || data.format !== 1 || !isRecord(data.meta))
    throw new Error(`${name} is not an indicator-set file of format 1`)
  return [
    { name: 'meta.json', data: { ...data.meta, kind: 'meta' } },
    { name: 'indicators.json', data: { kind: 'indicators', indicators: data.indicators } },
  ]
}

/** The entries of a releases folder's `releases.json` (none when the folder has no such file). */
export const readReleaseEntries = (dir: string = releasesDir): ReleaseEntry[] => {
  const path = join(dir, 'releases.json')
  if (!existsSync(path)) return []
  const data = JSON.parse(readFileSync(path, 'utf8')) as { releases?: ReleaseEntry[] }
  return data.releases ?? []
}

/**
 * Every release of a folder, checked: each file passes the schema and every rule of the shipped
 * set, its set id and version are its entry's, and its content hash is the recorded one. Any
 * failure throws: a changed release must never ship.
 */
export const readReleases = (dir: string = releasesDir): Release[] =>
  readReleaseEntries(dir).map((entry) => {
    const data = JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as unknown
    const set = setOrThrow(assembleShippedSet(asDataFiles(data, entry.file)))
    if (set.meta.setId !== entry.setId || set.meta.version !== entry.version)
      throw new Error(
        `${entry.file} holds ${set.meta.setId} ${set.meta.version}, not ${entry.setId} ${entry.version}`,
      )
    const hash = setHash(set)
    if (hash !== entry.sha256)
      throw new Error(
        `${entry.file}: released content changed (hash ${hash}, released as ${entry.sha256}). ` +
          'A released version never changes: make the change in indicators/ and cut a new version.',
      )
    return { entry, set }
  })

/**
 * The releases the app ships: those of `indicators/releases/`, then those of the folder named by
 * the environment variable `SCM_EXTRA_RELEASES`, if set (test builds add a fixture version this
 * way). A set id and version may appear once.
 */
export const shippedReleases = (): Release[] => {
  const extra = process.env.SCM_EXTRA_RELEASES
  const all = [
    ...readReleases(),
    ...(extra === undefined || extra === '' ? [] : readReleases(resolve(extra))),
  ]
  const seen = new Set<string>()
  for (const { entry } of all) {
    const key = `${entry.setId}@${entry.version}`
    if (seen.has(key)) throw new Error(`release ${key} is listed twice`)
    seen.add(key)
  }
  return all
}
