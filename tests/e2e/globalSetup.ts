import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { build, preview, type PreviewServer } from 'vite'

/**
 * Serves the production build (`dist/`, built by `npm test` first) with `vite preview` on
 * 127.0.0.1, so the browser journeys see what users get: the real bundle and the real CSP headers.
 *
 * Also builds and serves a second copy, `dist-fixture/`, that ships one more release of the
 * built-in set: the test fixture in tests/fixtures/releases/ (a later version with a changed
 * target, a retired and an added indicator). Journeys about assessments of an older version use it.
 */
let servers: PreviewServer[] = []

const root = resolve(import.meta.dirname, '../..')

const serve = async (outDir: string): Promise<string> => {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false },
  })
  servers.push(server)
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('vite preview did not report a local URL')
  return url.replace(/\/$/, '')
}

const buildWithFixtureRelease = async () => {
  const before = process.env.SCM_EXTRA_RELEASES
  process.env.SCM_EXTRA_RELEASES = resolve(root, 'tests/fixtures/releases')
  try {
    await build({ root, logLevel: 'warn', build: { outDir: 'dist-fixture', emptyOutDir: true } })
  } finally {
    if (before === undefined) delete process.env.SCM_EXTRA_RELEASES
    else process.env.SCM_EXTRA_RELEASES = before
  }
}

export const setup = async (project: TestProject) => {
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm test` (it builds first) or `npm run build`.')
  }
  await buildWithFixtureRelease()
  project.provide('baseUrl', await serve('dist'))
  project.provide('fixtureBaseUrl', await serve('dist-fixture'))
}

export const teardown = async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The build that also ships the fixture release of tests/fixtures/releases/. */
    fixtureBaseUrl: string
  }
}
