import { describe, expect, it } from 'vitest'
import {
  parsePersistRequest,
  persistState,
  shouldAskToPersist,
  type PersistRequest,
  type Persisted,
  type RequestMemory,
} from './persistence'

const refused: PersistRequest = { askedAt: '2026-01-02T03:04:05.000Z', answer: 'refused' }
const pending: PersistRequest = { askedAt: '2026-01-02T03:04:05.000Z', answer: 'pending' }

describe('parsePersistRequest', () => {
  it('reads a stored request', () => {
    expect(parsePersistRequest(JSON.stringify(refused))).toEqual(refused)
  })

  it.each([
    ['nothing stored', null],
    ['text that is not JSON', '{"askedAt'],
    ['an unknown answer', '{"askedAt":"2026-01-02T03:04:05.000Z","answer":"maybe"}'],
    ['a date that is not a date', '{"askedAt":"yesterday","answer":"granted"}'],
    ['JSON that is not an object', 'true'],
  ])('reads %s as never asked', (_, text) => {
    expect(parsePersistRequest(text)).toBeNull()
  })
})

describe('shouldAskToPersist', () => {
  // Every combination: the one "yes" is a browser that can be asked, has not granted, and a
  // profile that was never asked.
  const persistedValues: Persisted[] = [true, false, null]
  const memories: RequestMemory[] = [null, refused, pending, 'unreadable']
  const cases = persistedValues.flatMap((p) => memories.map((m) => [p, m] as const))

  it.each(cases)('persisted %s, memory %j', (persisted, memory) => {
    expect(shouldAskToPersist(persisted, memory)).toBe(persisted === false && memory === null)
  })
})

describe('persistState', () => {
  it.each<[Persisted, RequestMemory, ReturnType<typeof persistState>]>([
    [true, null, 'granted'],
    [true, refused, 'granted'],
    [true, 'unreadable', 'granted'],
    [null, null, 'unknown'],
    [null, refused, 'unknown'],
    [false, null, 'notAsked'],
    [false, refused, 'notGranted'],
    [false, pending, 'notGranted'],
    [false, { askedAt: refused.askedAt, answer: 'granted' }, 'notGranted'],
    [false, 'unreadable', 'notGranted'],
  ])('persisted %s, memory %j → %s', (persisted, memory, state) => {
    expect(persistState(persisted, memory)).toBe(state)
  })
})
