import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { projectRoot } from './serveDist'

const dist = join(projectRoot, 'dist')

/** Gzip size (level 9, as a static host would serve it) of one built file, by its URL path. */
export const gzipBytes = (urlPath: string): number =>
  gzipSync(readFileSync(join(dist, urlPath.replace(/^\//, ''))), { level: 9 }).length

/** Every JavaScript file of the app (dist/assets), as URL paths. */
export const allJsFiles = (): string[] =>
  readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `/assets/${f}`)

export const kB = (bytes: number): number => Math.round(bytes / 10) / 100

/** The generated service worker and its workbox runtime (dist/*.js). */
export const serviceWorkerFiles = (): string[] =>
  readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `/${f}`)

/**
 * The release of the built-in indicator set a built file belongs to (`scm-default-1_0_0`), or null
 * for the app's own code. Each release ships as one core and one details file per language
 * (scripts/build/indicatorTextPlugin.ts); the build adds a content hash of 8 characters.
 */
export const releaseOf = (urlPath: string): string | null =>
  /\/assets\/indicator(?:s-core|-details-(?:zh-CN|en))-(.+)-[\w-]{8}\.js$/.exec(urlPath)?.[1] ??
  null
