import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layer rules are real: ESLint, with the project's own config, refuses each forbidden edge.
 * Each probe is linted as if it were a file at `at` (the file need not exist; its imports do).
 */
const root = resolve(import.meta.dirname, '..')

type Probe = { edge: string; at: string; code: string; rule: string }

const probes: Probe[] = [
  {
    edge: 'a feature imports another feature (../x)',
    at: 'src/features/home/probe.ts',
    code: "import { ResultsPage } from '../results/ResultsPage'\nexport const p = ResultsPage\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'a feature imports another feature (../../features/x)',
    at: 'src/features/compare/probe.ts',
    code: "import { PrintPage } from '../../features/print/PrintPage'\nexport const p = PrintPage\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'a feature imports app',
    at: 'src/features/home/probe.ts',
    code: "import { App } from '../../app/App'\nexport const p = App\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'components/ui imports a feature',
    at: 'src/components/ui/probe.ts',
    code: "import { HomePage } from '../../features/home/HomePage'\nexport const p = HomePage\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'components/ui imports app',
    at: 'src/components/ui/probe.ts',
    code: "import { App } from '../../app/App'\nexport const p = App\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'components/ui imports the store',
    at: 'src/components/ui/probe.ts',
    code: "import { useAssessments } from '../../store/appStore'\nexport const p = useAssessments\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'components/report imports a feature',
    at: 'src/components/report/probe.ts',
    code: "import { ResultsPage } from '../../features/results/ResultsPage'\nexport const p = ResultsPage\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'i18n imports the store',
    at: 'src/i18n/probe.ts',
    code: "import { assessments } from '../store/appStore'\nexport const p = assessments\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'i18n imports storage',
    at: 'src/i18n/probe.ts',
    code: "import { readLanguagePreference } from '../storage/languagePreference'\nexport const p = readLanguagePreference\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'storage imports i18n',
    at: 'src/storage/probe.ts',
    code: "import { currentLanguage } from '../i18n/i18n'\nexport const p = currentLanguage\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'storage imports the store',
    at: 'src/storage/probe.ts',
    code: "import { assessments } from '../store/appStore'\nexport const p = assessments\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'the store imports a feature',
    at: 'src/store/probe.ts',
    code: "import { HomePage } from '../features/home/HomePage'\nexport const p = HomePage\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'content imports storage',
    at: 'src/content/probe.ts',
    code: "import { readAllRaw } from '../storage/localData'\nexport const p = readAllRaw\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'domain imports the store',
    at: 'src/domain/probe.ts',
    code: "import { assessments } from '../store/appStore'\nexport const p = assessments\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'domain imports React',
    at: 'src/domain/probe.ts',
    code: "import { useState } from 'react'\nexport const p = useState\n",
    rule: 'no-restricted-imports',
  },
  {
    edge: 'domain reads a browser global',
    at: 'src/domain/probe.ts',
    code: 'export const p = (): number => localStorage.length\n',
    rule: 'no-restricted-globals',
  },
  {
    edge: 'the route table imports a feature',
    at: 'src/routes/probe.ts',
    code: "import { HomePage } from '../features/home/HomePage'\nexport const p = HomePage\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'app code imports test helpers',
    at: 'src/features/home/probe.ts',
    code: "import { renderApp } from '../../../tests/utils/renderApp'\nexport const p = renderApp\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'app code imports src/domain/testing',
    at: 'src/features/home/probe.ts',
    code: "import { tinySet } from '../../domain/testing/tinySet'\nexport const p = tinySet\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'a script imports a test module',
    at: 'scripts/probe.ts',
    code: "import { loadFixture } from '../tests/e2e/seed'\nexport const p = loadFixture\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    edge: 'a feature imports node:fs',
    at: 'src/features/home/probe.ts',
    code: "import { readFileSync } from 'node:fs'\nexport const p = readFileSync\n",
    rule: 'import-x/no-nodejs-modules',
  },
  {
    edge: 'a feature reads process.env',
    at: 'src/features/home/probe.ts',
    code: 'export const p = (): string | undefined => process.env.HOME\n',
    rule: 'no-restricted-globals',
  },
]

let eslint: ESLint
/**
 * ESLint loads its config, plugins and the TypeScript program on the first file it lints: seconds
 * on a busy 2-core machine, which the first probe used to pay inside vitest's 5-s test limit. The
 * warm-up lint pays it here, where it is setup, so every probe measures only its own rule.
 */
const setupLimitMs = 60_000
beforeAll(async () => {
  // `ignore: false` so the cycle fixture under tests/fixtures is linted like source.
  eslint = new ESLint({ cwd: root, ignore: false })
  await eslint.lintText('export const warmUp = 1\n', {
    filePath: resolve(root, 'src/features/home/probe.ts'),
  })
}, setupLimitMs)

const rulesBroken = async (code: string, at: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, at) })
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`)
}

describe('layer rules (ESLint with the project config)', () => {
  it.each(probes)('refuses: $edge', async ({ code, at, rule }) => {
    expect(await rulesBroken(code, at)).toContain(rule)
  })

  it('accepts the allowed direction (a feature imports domain, store, i18n and components)', async () => {
    const code = [
      "import { scoreAssessment } from '../../domain/scoring/scoreAssessment'",
      "import { useAssessments } from '../../store/appStore'",
      "import { useFormat } from '../../i18n/format'",
      "import { FieldError } from '../../components/ui/FieldError'",
      'export const p = [scoreAssessment, useAssessments, useFormat, FieldError]',
      '',
    ].join('\n')
    expect(await rulesBroken(code, 'src/features/home/probe.ts')).toEqual([])
  })

  it('refuses an import cycle', async () => {
    const at = 'tests/fixtures/lint-cycle/first.ts'
    const code = (await import('node:fs')).readFileSync(resolve(root, at), 'utf8')
    expect(await rulesBroken(code, at)).toContain('import-x/no-cycle')
  })
})
