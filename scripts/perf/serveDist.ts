import { resolve } from 'node:path'
import { preview } from 'vite'

export const projectRoot = resolve(import.meta.dirname, '../..')

/** Serves the production build in `dist/` (with the app's CSP) on a free port of 127.0.0.1. */
export const serveDist = async (): Promise<{ base: string; close: () => Promise<void> }> => {
  const server = await preview({
    root: projectRoot,
    logLevel: 'warn',
    preview: { port: 0, strictPort: false },
  })
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  if (base === undefined) throw new Error('vite preview did not report a local URL')
  return { base, close: () => server.close() }
}
