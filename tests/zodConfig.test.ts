import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = resolve(import.meta.dirname, '../src')
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.includes('.test.')
        ? [join(dir, e.name)]
        : [],
  )

/** An import of zod in any flavour: `zod`, `zod/mini`, `zod/v4/core`, `zod/v4/locales/en.js`, … */
const zodImport = /from 'zod(?:\/[^']*)?'/

/** Whether `text` imports zod without importing the zod configuration before it. */
const missesConfig = (text: string): boolean => {
  const zod = text.search(zodImport)
  if (zod === -1) return false
  const config = text.search(/zodConfig(?:\.ts)?'/)
  return config === -1 || config > zod
}

describe('zod configuration', () => {
  it('is imported before zod by every module that builds schemas (else the CSP reports an eval probe)', () => {
    const offenders = files(src)
      .filter((f) => !f.endsWith('zodConfig.ts'))
      .filter((f) => missesConfig(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('finds every flavour of zod import that lacks the configuration', () => {
    const config = "import '../zodConfig'\n"
    for (const zod of [
      "import { z } from 'zod'\n",
      "import { z } from 'zod/mini'\n",
      "import * as z from 'zod/v4/core'\n",
    ]) {
      expect(missesConfig(zod), zod).toBe(true)
      expect(missesConfig(`${zod}${config}`), zod).toBe(true)
      expect(missesConfig(`${config}${zod}`), zod).toBe(false)
    }
    // With the explicit extension that files loaded by the build plugin use.
    expect(missesConfig("import '../zodConfig.ts'\nimport { z } from 'zod/mini'\n")).toBe(false)
    expect(missesConfig("import { type Indicator } from '../indicators/schema'\n")).toBe(false)
    expect(missesConfig("import { zodResolver } from '@hookform/resolvers/zod'\n")).toBe(false)
  })
})
