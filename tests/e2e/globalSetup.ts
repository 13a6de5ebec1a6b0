import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { preview, type PreviewServer } from 'vite'

/**
 * Serves the production build (`dist/`, built by `npm test` first) with `vite preview` on
 * 127.0.0.1, so the browser journeys see what users get: the real bundle and the real CSP headers.
 */
let server: PreviewServer | undefined

export const setup = async (project: TestProject) => {
  const root = resolve(import.meta.dirname, '../..')
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm test` (it builds first) or `npm run build`.')
  }
  server = await preview({ root, logLevel: 'warn', preview: { port: 0, strictPort: false } })
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('vite preview did not report a local URL')
  project.provide('baseUrl', url.replace(/\/$/, ''))
}

export const teardown = async () => {
  await server?.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
