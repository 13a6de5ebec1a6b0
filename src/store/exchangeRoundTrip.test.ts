import fc from 'fast-check'
import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { fixedNow as now, storeDeps } from '../../tests/utils/storeDeps'
import { findIndicatorSet } from '../content/defaultIndicatorSet'
import { fixtureSet } from '../../tests/utils/fixtureSet'
import { AssessmentSchema, type Assessment } from '../domain/assessment/assessment'
import { dataQualityCodes, type Answer, type AnswerValue } from '../domain/assessment/answer'
import { serialiseExport } from '../domain/exchange/exportFile'
import { parseImport } from '../domain/exchange/importFile'
import type { AnswerDefinition, CityLevel } from '../domain/indicators/schema'
import { appliesTo } from '../domain/indicators/applicability'
import { arbitraryValue } from '../domain/testing/arbitraryAnswers'
import type { AssessmentStorage } from '../storage/assessmentStorage'
import { openIndexedDbStorage } from '../storage/indexedDbStorage'
import { createMemoryStorage } from '../storage/memoryStorage'
import { createAssessmentsStore } from './assessmentsStore'

/**
 * The backup loop: whatever the assessments hold (hostile text, odd numbers, every answer kind),
 * exporting them, wiping storage and importing the file gives back a deep-equal state.
 */

const loaded = async (storage: AssessmentStorage) => {
  const store = createAssessmentsStore(storeDeps(storage))
  await store.actions.hydrate()
  return store
}

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  '=HYPERLINK("http://evil")',
  '__proto__',
  'constructor',
  '\u2028\u2029',
  '👩‍👩‍👧‍👦 ǅ é',
  '\uD800 lone surrogate',
  'null',
)
const text = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      hostile,
    )
    .filter((s) => s.length <= max)
const trimmed = (max: number) =>
  text(max)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)

/**
 * Any answer the questionnaire can store for an indicator defined by `def`: a value that fits the
 * definition (the import refuses any other), with or without N/A, hostile text and the rest.
 */
const answerArb = (def: AnswerDefinition): fc.Arbitrary<Answer> =>
  fc.record(
    {
      // JSON has no −0: a file gives back 0, which is the same answer.
      value: arbitraryValue(def).map((v) => JSON.parse(JSON.stringify(v)) as AnswerValue),
      notApplicable: trimmed(2000).map((reason) => ({ reason })),
      note: text(20_000),
      evidence: fc.array(text(2000), { maxLength: 3 }),
      dataQuality: fc.constantFrom(...dataQualityCodes),
      carriedOver: fc.boolean(),
    },
    { requiredKeys: [] },
  )

/** Answers to some of the indicators the questionnaire asks of a city level. */
const answersArb = (cityLevel: CityLevel) =>
  fc.record(
    Object.fromEntries(
      fixtureSet()
        .indicators.filter((i) => appliesTo(i, cityLevel))
        .map((i) => [i.id, answerArb(i.answer)]),
    ),
    { requiredKeys: [] },
  )

const assessmentArb = (index: number): fc.Arbitrary<Assessment> => {
  const cityLevel: CityLevel = index % 2 === 0 ? 'prefecture-and-above' : 'county'
  return fc
    .record({
      city: trimmed(90),
      province: fc.option(trimmed(100), { nil: undefined }),
      answers: answersArb(cityLevel),
      targets: fc.option(fc.constant({ DG: 'L3' as const, SA: 'L5' as const }), { nil: undefined }),
      revision: fc.nat({ max: 1000 }),
    })
    .map(({ city, province, answers, targets, revision }) =>
      AssessmentSchema.parse({
        id: `roundtrip-${String(index).padStart(4, '0')}`,
        // The index keeps the one-per-city-and-year rule whatever the generated names.
        city: `${city} ${index}`,
        ...(province === undefined ? {} : { province }),
        year: 2000 + index,
        cityLevel,
        indicatorSet: { setId: 'scm-default', version: '1.0.0' },
        answers,
        ...(targets === undefined ? {} : { targets }),
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-06-30T12:34:56.789Z',
        revision,
      }),
    )
}

const assessmentsArb = fc
  .integer({ min: 1, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => assessmentArb(i))))

const roundTrip = async (original: Assessment[], fresh: AssessmentStorage) => {
  const source = await loaded(createMemoryStorage(now, original))
  const text = serialiseExport(await source.actions.exportAll('1.0.0'))
  const parsed = parseImport(text, { findSet: findIndicatorSet })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem))
  const target = await loaded(fresh)
  const outcome = await target.actions.importAssessments(parsed.assessments, new Map())
  expect(outcome.ok).toBe(true)
  expect(target.store.getState().byId).toEqual(source.store.getState().byId)
  const reloaded = (await fresh.loadAll()).assessments.sort((a, b) => a.id.localeCompare(b.id))
  expect(reloaded).toEqual(original)
}

describe('backup loop', () => {
  it('export → wipe → import restores a deep-equal state (memory storage)', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentsArb, (original) => roundTrip(original, createMemoryStorage(now))),
      { numRuns: 40 },
    )
  })

  it('export → wipe → import restores a deep-equal state (IndexedDB)', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(assessmentsArb, async (original) => {
        const name = `roundtrip-${++run}`
        await roundTrip(original, await openIndexedDbStorage('1', now, name))
        const db = await openDB(name)
        expect(await db.count('assessments')).toBe(original.length)
        db.close()
      }),
      { numRuns: 8 },
    )
  })
})
