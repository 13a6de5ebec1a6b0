import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import csv from '../indicators/reference/u4ssc-kpis.csv?raw'
import { defaultIndicatorSet } from '../src/content/defaultIndicatorSet'
import { serialiseJsonSchema } from '../src/content/indicatorsJsonSchema'
import { parseU4sscCodes } from '../src/content/u4sscCodes'
import { assembleIndicatorSet } from '../src/domain/indicators/assembleIndicatorSet'
import { primaryCapability } from '../src/domain/indicators/capabilities'
import { capabilityIds } from '../src/domain/indicators/schema'

const root = resolve(import.meta.dirname, '..')
const u4sscCodes = parseU4sscCodes(csv)

/** The files as they are on disk (both languages), meta first. */
const defaultIndicatorFiles = () =>
  readdirSync(join(root, 'indicators'))
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort((a, b) => (a === 'meta.json' ? -1 : b === 'meta.json' ? 1 : a.localeCompare(b)))
    .map((name) => ({
      name: `indicators/${name}`,
      data: JSON.parse(readFileSync(join(root, 'indicators', name), 'utf8')) as unknown,
    }))
const loadDefaultIndicatorSet = () => assembleIndicatorSet(defaultIndicatorFiles())

describe('the shipped indicator set', () => {
  const result = assembleIndicatorSet(defaultIndicatorFiles(), {
    u4sscCodes,
    minPrimaryPerCapability: 8,
  })

  it('passes the schema and every integrity check', () => {
    expect(result.ok ? [] : result.issues.map((i) => `${i.where}: ${i.message}`)).toEqual([])
  })

  it('bundles every indicator with both languages joined, exactly as the files hold them', () => {
    const files = loadDefaultIndicatorSet()
    if (!files.ok) throw new Error('invalid set')
    expect(defaultIndicatorSet()).toEqual(files.set)
  })

  it('reads every JSON file in indicators/', () => {
    const onDisk = readdirSync(join(root, 'indicators')).filter(
      (f) => f.endsWith('.json') && f !== 'schema.json',
    )
    expect(
      defaultIndicatorFiles()
        .map((f) => f.name.replace('indicators/', ''))
        .sort(),
    ).toEqual(onDisk.sort())
  })

  it('has at least 60 indicators over the eight GB/T 33356-2016 dimensions with the verified weights', () => {
    const set = loadDefaultIndicatorSet()
    if (!set.ok) throw new Error('invalid set')
    expect(set.set.indicators.length).toBeGreaterThanOrEqual(60)
    expect(set.set.meta.dimensions.map((d) => [d.name.zh, d.weight])).toEqual([
      ['惠民服务', 37],
      ['精准治理', 9],
      ['生态宜居', 8],
      ['智能设施', 7],
      ['信息资源', 7],
      ['网络安全', 8],
      ['改革创新', 4],
      ['市民体验', 20],
    ])
    expect(set.set.meta.dimensions[0]?.subdimensions?.map((s) => s.weight)).toEqual([
      8, 3, 3, 3, 3, 3, 7, 5,
    ])
  })

  it('makes each of the five capabilities the primary one of at least 8 indicators', () => {
    const set = loadDefaultIndicatorSet()
    if (!set.ok) throw new Error('invalid set')
    for (const id of capabilityIds) {
      expect(
        set.set.indicators.filter((i) => primaryCapability(i) === id).length,
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
    const set = loadDefaultIndicatorSet()
    if (!set.ok) throw new Error('invalid set')
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
    const leaked = set.set.indicators
      .flatMap((i) => [i.name.zh, i.name.en])
      .filter((name) => text.includes(name))
    expect(leaked).toEqual([])
  })
})
