import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Imports a layer may not make: layers point one way, domain ← content ← storage ← store ← features ← app. */
const layer = (forbidden, message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: `(^|/)(${forbidden.join('|')})(/|$)`, message },
        { regex: '(^|/)index$', message: 'No barrel imports: import the module itself.' },
      ],
    },
  ],
})

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

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
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
            {
              regex: '(^|/)(content|storage|store|features|app|components|i18n)(/|$)',
              message: 'src/domain may import only from src/domain.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'].map(
          (name) => ({ name, message: 'src/domain touches no browser globals.' }),
        ),
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: layer(
      ['storage', 'store', 'features', 'app', 'components'],
      'content imports only domain.',
    ),
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: layer(
      ['store', 'features', 'app', 'components'],
      'storage may not import store, features or app.',
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: layer(['features', 'app'], 'store may not import features or app.'),
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)app(/|$)', message: 'features may not import app.' },
            {
              regex: '^\\.\\./(?!\\.\\.)',
              message: 'A feature may not import another feature: compose them in app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/**/*.test.{ts,tsx}',
      'src/**/*.d.ts',
      'tests/**/*.{ts,tsx}',
      'scripts/**/*.ts',
      '*.config.{ts,js}',
    ],
    rules: { 'no-restricted-syntax': 'off', 'react/jsx-no-literals': 'off' },
  },
)
