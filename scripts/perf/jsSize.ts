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
