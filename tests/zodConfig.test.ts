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

describe('zod configuration', () => {
  it('is imported before zod by every module that builds schemas (else the CSP reports an eval probe)', () => {
    const offenders = files(src)
      .filter((f) => !f.endsWith('zodConfig.ts'))
      .filter((f) => /from 'zod'/.test(readFileSync(f, 'utf8')))
      .filter((f) => {
        const text = readFileSync(f, 'utf8')
        const config = text.indexOf("zodConfig'")
        return config === -1 || config > text.indexOf("from 'zod'")
      })
    expect(offenders).toEqual([])
  })
})
