import { readFileSync } from 'node:fs'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { configDefaults, defineConfig } from 'vitest/config'
import { indicatorTextPlugin } from './scripts/build/indicatorTextPlugin.ts'
import { contentSecurityPolicy, securityHeaders } from './scripts/securityHeaders.ts'

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string
}

export default defineConfig({
  plugins: [
    react(),
    indicatorTextPlugin(),
    VitePWA({
      // Offline after the first visit; a new version waits until the user chooses to reload.
      registerType: 'prompt',
      strategies: 'generateSW',
      injectRegister: false,
      manifest: {
        name: '智慧城市成熟度自评估 · Smart City Maturity Self-Assessment',
        short_name: '成熟度自评估',
        description: 'Smart-city maturity self-assessment that runs entirely in the browser.',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f5fa8',
        background_color: '#f6f7f9',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Only the app's own files: user data lives in IndexedDB and is never cached or fetched.
        globPatterns: ['**/*.{js,css,html,svg,txt,json}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        runtimeCaching: [],
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    // Small assets would otherwise be inlined as data: URIs, which the CSP does not allow for scripts.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // recharts and its dependencies in one chunk: split by which screen uses which chart, the
          // pieces cost several kB of gzip overhead in total and are fetched together anyway. Only
          // the listed packages: with their dependencies (react, …) the first screen would need it.
          includeDependenciesRecursively: false,
          groups: [
            // React, ReactDOM and i18next in one chunk: every screen needs them, so apart they only
            // cost requests and gzip overhead (first visit 135.6 → 134.4 kB in 6 files, not 9), and
            // an app update that leaves them alone leaves this chunk cached. The list of indicator-set
            // releases and its loader (with Vite's preload helper) join it: every screen needs them
            // too, and rolldown otherwise splits them into three more first-visit files once lazy
            // screens share them (136.54 → 136.12 kB). They change only when a set is released.
            // zod and the domain schemas every screen reads (indicator set, assessment, answer)
            // join it for the same reason: once the import and storage writes became lazy chunks
            // that share them, rolldown split them into two more first-visit files (137.5 → 136.29).
            // The schema's parts (`schemaParts.ts`, `weightProfileSchema.ts`) go with it: apart they
            // became a chunk that imports this one and is imported by it, which broke the start;
            // so does the assessment's departments schema (`departmentSchema.ts`), for that reason.
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|use-sync-external-store|zod)[\\/]|src[\\/]content[\\/]defaultIndicatorSet\.ts|src[\\/]domain[\\/]indicators[\\/](languageText|schema|schemaParts|weightProfileSchema)\.ts|src[\\/]domain[\\/]zodConfig\.ts|src[\\/]domain[\\/]assessment[\\/](answer|assessment|envelope|migrations)\.ts|src[\\/]domain[\\/]departments[\\/]departmentSchema\.ts|virtual:indicator-set\/releases|vite[\\/]preload-helper/,
            },
            // The scoring and the small parts every screen showing scores shares (the set versions
            // it loads, level labels, localised names, shallow selection): left to rolldown, once
            // the home page's table was no longer in the first download (137.3 kB instead of
            // 140.9), they became ten chunks of a few hundred bytes, 5.6 kB of gzip overhead in all.
            {
              name: 'scoring',
              test: /src[\\/]domain[\\/](scoring[\\/]|indicators[\\/](applicability|kpiForCityLevel)\.ts|assertNever\.ts)|src[\\/]components[\\/]ui[\\/](useCoreSets|LevelLabel|indicatorSetContext)\.tsx?|src[\\/]i18n[\\/]useLocalized\.ts|node_modules[\\/]zustand[\\/]esm[\\/](vanilla|react)[\\/]shallow\.mjs/,
            },
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|decimal\.js-light|@reduxjs|immer|redux|reselect|react-redux|redux-thunk|eventemitter3|es-toolkit|tiny-invariant)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicy, ...securityHeaders },
  },
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      exclude: ['src/domain/**/*.test.ts', 'src/domain/**/*.bench.ts'],
      reporter: ['text-summary'],
      thresholds: {
        'src/domain/scoring/**/*.ts': {
          branches: 100,
          functions: 100,
          lines: 100,
          statements: 100,
        },
      },
    },
    projects: [
      {
        // The pure domain needs neither a DOM nor the interface text: plain Node starts each file
        // in a fraction of the time a jsdom file with the shared setup takes.
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/domain/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['tests/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**', 'src/domain/**'],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // After the jsdom and Node projects, with both workers: each file has its own browser
          // and contexts, so the journeys share no state (their wall time on 2 cores: about 215 → 160 s).
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
    ],
  },
})
