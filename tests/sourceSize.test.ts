import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Small files with one purpose: no file under src/ (code, tests, styles, locale text) grows past
 * 300 lines. A file that does is split along its seams, not trimmed of its comments.
 */
const maxLines = 300
const root = resolve(import.meta.dirname, '..')

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )

describe('file size', () => {
  const files = filesUnder(resolve(root, 'src'))

  it('finds the source files it measures', () => {
    expect(files.length).toBeGreaterThan(150)
    expect(files.map((f) => relative(root, f))).toContain('src/domain/scoring/scoreAssessment.ts')
  })

  it(`keeps every file in src/ at or under ${maxLines} lines`, () => {
    const tooLong = files
      .map((file) => ({
        file: relative(root, file),
        lines: readFileSync(file, 'utf8').split('\n').length - 1,
      }))
      .filter(({ lines }) => lines > maxLines)
    expect(tooLong).toEqual([])
  })
})
