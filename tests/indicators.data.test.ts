import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  assembleShippedSet,
  indicatorsDir,
  readIndicatorFiles,
  shippedSet,
} from '../scripts/build/indicatorFiles'
import { readReleases } from '../scripts/build/releases'
import { defaultIndicatorSet } from '../src/content/defaultIndicatorSet'
import { serialiseJsonSchema } from '../src/content/indicatorsJsonSchema'
import { primaryCapability } from '../src/domain/indicators/capabilities'
import { capabilityIds } from '../src/domain/indicators/schema'

const root = resolve(import.meta.dirname, '..')

describe('reading indicators/', () => {
  it('reads meta.json first, then the eight dimension files in order, as the build does', () => {
    // Written out by hand: a data file the reader (and so the build) skipped would be missing here.
    expect(readIndicatorFiles().map((f) => f.name)).toEqual([
      'meta.json',
      'L1-citizen-services.json',
      'L2-precise-governance.json',
      'L3-ecological-liveability.json',
      'L4-smart-infrastructure.json',
      'L5-information-resources.json',
      'L6-cybersecurity.json',
      'L7-reform-innovation.json',
      'L8-citizen-experience.json',
    ])
    expect(indicatorsDir).toBe(join(root, 'indicators'))
  })

  describe('in a folder with stray files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'indicators-'))
    beforeAll(() => {
      const shipped = new Map(readIndicatorFiles().map((f) => [f.name, f.data]))
      const write = (name: string, data: unknown) =>
        writeFileSync(join(dir, name), JSON.stringify(data))
      write('L1-citizen-services.json', shipped.get('L1-citizen-services.json'))
      write('meta.json', shipped.get('meta.json'))
      write('schema.json', { $schema: 'not data' })
      write('L1-typo.jsn', { ignored: true })
      write('notes.json', { kind: 'notes' })
      mkdirSync(join(dir, 'reference'))
      write('reference/extra.json', { kind: 'indicators', indicators: [] })
      writeFileSync(
        join(dir, 'reference/u4ssc-kpis.csv'),
        readFileSync(join(indicatorsDir, 'reference/u4ssc-kpis.csv')),
      )
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('returns every top-level JSON file but the schema, so none is dropped silently', () => {
      expect(readIndicatorFiles(dir).map((f) => f.name)).toEqual([
        'meta.json',
        'L1-citizen-services.json',
        'notes.json',
      ])
    })

    it('fails the shipped-set checks on a file that is not indicator data', () => {
      const result = assembleShippedSet(readIndicatorFiles(dir), dir)
      expect(result.ok).toBe(false)
      expect(result.ok ? [] : result.issues.map((i) => i.where)).toContainEqual(
        expect.stringMatching(/^notes\.json: /),
      )
    })
  })
})

describe('the shipped indicator set', () => {
  const result = assembleShippedSet()

  it('passes the schema and every integrity check', () => {
    expect(result.ok ? [] : result.issues.map((i) => `${i.where}: ${i.message}`)).toEqual([])
  })

  it('bundles the newest release with both languages joined, exactly as its file holds it', () => {
    const newest = readReleases()
      .filter(({ entry }) => entry.setId === defaultIndicatorSet().meta.setId)
      .at(-1)
    expect(defaultIndicatorSet()).toEqual(newest?.set)
    // The working copy is that release, or the next one (tests/releases.test.ts keeps it honest).
    expect(shippedSet().meta.setId).toBe(newest?.set.meta.setId)
  })

  it('has at least 60 indicators over the eight GB/T 33356-2016 dimensions with the verified weights', () => {
    const set = shippedSet()
    expect(set.indicators.length).toBeGreaterThanOrEqual(60)
    expect(set.meta.dimensions.map((d) => [d.name.zh, d.weight])).toEqual([
      ['惠民服务', 37],
      ['精准治理', 9],
      ['生态宜居', 8],
      ['智能设施', 7],
      ['信息资源', 7],
      ['网络安全', 8],
      ['改革创新', 4],
      ['市民体验', 20],
    ])
    // L1P1–L1P8 are the standard's; L1P9 and L1P10 are this set's own (weightSource `defined`).
    expect(
      set.meta.dimensions[0]?.subdimensions?.map((s) => [s.id, s.weight, s.weightSource]),
    ).toEqual([
      ['L1P1', 8, 'standard'],
      ['L1P2', 3, 'standard'],
      ['L1P3', 3, 'standard'],
      ['L1P4', 3, 'standard'],
      ['L1P5', 3, 'standard'],
      ['L1P6', 3, 'standard'],
      ['L1P7', 7, 'standard'],
      ['L1P8', 5, 'standard'],
      ['L1P9', 2, 'defined'],
      ['L1P10', 2, 'defined'],
    ])
  })

  it('makes each of the five capabilities the primary one of at least 8 indicators', () => {
    const set = shippedSet()
    for (const id of capabilityIds) {
      expect(
        set.indicators.filter((i) => primaryCapability(i) === id).length,
        id,
      ).toBeGreaterThanOrEqual(8)
    }
  })

  it('has a committed JSON Schema that matches the zod schema', () => {
    const committed = readFileSync(join(root, 'indicators/schema.json'), 'utf8')
    expect(committed, 'indicators/schema.json is stale: run `npm run indicators:schema`').toBe(
      serialiseJsonSchema(),
    )
  })

  it('keeps indicator text out of src/ (only the data loader reads it)', () => {
    const set = shippedSet()
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? sources(join(dir, e.name))
          : /\.(ts|tsx)$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      )
    const text = sources(join(root, 'src'))
      .filter((f) => !f.includes('/content/') && !f.includes('.test.'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const leaked = set.indicators
      .flatMap((i) => [i.name.zh, i.name.en])
      .filter((name) => text.includes(name))
    expect(leaked).toEqual([])
  })
})
