import { resolve } from 'node:path'
import { createLogger, loadConfigFromFile, type Logger } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'

const root = resolve(import.meta.dirname, '..')

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('vite.config.ts', () => {
  it('loads with no warning, so the build plugin and what it imports also run in plain Node', async () => {
    // Vite warns when the config, or any file it imports, would not load under
    // `configLoader: 'native'` (extension-less relative imports, __dirname, …). An empty value keeps
    // the check on even where a developer's shell sets this variable to hide the warning.
    vi.stubEnv('VITE_CONFIG_NATIVE_IGNORE_WARNING', '')
    const warnings: string[] = []
    const logger: Logger = {
      ...createLogger('silent'),
      warn: (message) => warnings.push(message),
      warnOnce: (message) => warnings.push(message),
    }
    const loaded = await loadConfigFromFile(
      { command: 'build', mode: 'production' },
      resolve(root, 'vite.config.ts'),
      root,
      'warn',
      logger,
    )
    expect(loaded?.config.plugins?.length).toBeGreaterThan(0)
    expect(warnings).toEqual([])
  })
})
