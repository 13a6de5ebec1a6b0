import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers of `src/` and what each may import besides itself. Imports point one way:
 * domain ← content ← storage ← i18n ← store ← routes ← components ← features ← app.
 * `src/app` and `src/main.tsx` compose everything and may import anything.
 */
const layers = {
  domain: [],
  content: ['domain'],
  storage: ['domain'],
  i18n: ['domain', 'content'],
  store: ['domain', 'content', 'storage'],
  routes: [],
  'components/ui': ['domain', 'content', 'i18n', 'routes'],
  'components/report': ['domain', 'content', 'i18n', 'routes', 'components/ui'],
  'components/answering': ['domain', 'content', 'i18n', 'routes', 'components/ui'],
  features: [
    'domain',
    'content',
    'storage',
    'i18n',
    'store',
    'routes',
    'components/ui',
    'components/report',
    'components/answering',
  ],
}
const composition = ['app', 'main.tsx']
const everyLayer = [...Object.keys(layers), ...composition]

/** One zone per layer (what it may not import) and one per feature (no other feature). */
const layerZones = [
  ...Object.entries(layers).map(([layer, allowed]) => ({
    target: `./src/${layer}`,
    from: everyLayer
      .filter((other) => other !== layer && !allowed.includes(other))
      .filter((other) => !(layer.startsWith('components/') && other === 'components'))
      .map((other) => `./src/${other}`),
    message: `src/${layer} may import only ${allowed.length === 0 ? 'itself' : allowed.map((a) => `src/${a}`).join(', ')}.`,
  })),
  ...readdirSync('src/features', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }, _, all) => ({
      target: `./src/features/${name}`,
      from: all
        .filter((other) => other.name !== name)
        .map((other) => `./src/features/${other.name}`),
      message: 'A feature may not import another feature: compose them in src/app.',
    })),
  {
    target: './scripts',
    from: './tests',
    message: 'Scripts may not import tests: move what both need into scripts/.',
  },
]
/** The app's own code (not its tests) stays clear of test helpers and Node tooling. */
const appCodeZones = [
  ...layerZones,
  {
    target: './src',
    from: ['./tests', './scripts', './src/domain/testing'],
    message: 'App code may not import tests, scripts or src/domain/testing.',
  },
]

const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/client',
  'recharts',
  'zustand',
  'zustand/middleware',
  'i18next',
  'react-i18next',
  'react-hook-form',
  '@hookform/resolvers/zod',
  'wouter',
  'idb',
]

const testFiles = ['src/**/*.test.{ts,tsx}', 'src/**/*.bench.ts', 'src/domain/testing/**']
const nodeOnlyGlobals = [
  'process',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
  'require',
  'module',
]

export default tseslint.config(
  // tests/fixtures/lint-cycle is a deliberate cycle that tests/layers.lint.test.ts lints on its own.
  {
    ignores: [
      'dist',
      'dist-fixture',
      'coverage',
      'node_modules',
      'reports',
      'tests/fixtures/lint-cycle',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript files are parsed when following imports (no-cycle reads the whole graph).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.d.ts'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-self-import': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)index$', message: 'No barrel imports: import the module itself.' },
          ],
        },
      ],
    },
  },
  // Node code: tooling, configs and the real-browser tests that drive Chromium from Node.
  {
    files: ['scripts/**/*.ts', 'tests/e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  // jsdom tests run in Node with a DOM: both kinds of globals.
  {
    files: [...testFiles, 'tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  // The app's own code runs in the browser only: no Node modules, no Node globals.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: testFiles,
    languageOptions: { globals: globals.browser },
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'import-x/no-restricted-paths': ['error', { zones: appCodeZones }],
      'no-restricted-globals': [
        'error',
        ...nodeOnlyGlobals.map((name) => ({
          name,
          message: 'src/ runs in the browser: Node globals belong in scripts/ or tests/.',
        })),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { react: { version: '19.3' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react/no-danger': 'error',
      'react/jsx-no-script-url': 'error',
      'react/jsx-no-target-blank': 'error',
      // Every user-facing word goes through i18next or comes from the bilingual indicator data.
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: false,
          ignoreProps: true,
          allowedStrings: [
            '·',
            '—',
            '–',
            '/',
            ':',
            '%',
            '(',
            ')',
            '|',
            '×',
            '→',
            '*',
            '#',
            '+',
            '-',
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiLibraries.map((name) => ({
            name,
            message: 'src/domain is pure TypeScript: no UI, storage or i18n libraries.',
          })),
          patterns: [
            { regex: '(^|/)index$', message: 'No barrel imports: import the module itself.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'].map(
          (name) => ({ name, message: 'src/domain touches no browser globals.' }),
        ),
        ...nodeOnlyGlobals.map((name) => ({
          name,
          message: 'src/domain touches no Node globals.',
        })),
      ],
    },
  },
  {
    files: [
      ...testFiles,
      'src/**/*.d.ts',
      'tests/**/*.{ts,tsx}',
      'scripts/**/*.ts',
      '*.config.{ts,js}',
    ],
    rules: { 'no-restricted-syntax': 'off', 'react/jsx-no-literals': 'off' },
  },
)
