import { describe, expect, it } from 'vitest'
import { assertNever } from './assertNever'

describe('assertNever', () => {
  it('throws with the unhandled value, for data that bypassed its schema', () => {
    const unknown = { type: 'range' } as never
    expect(() => assertNever(unknown)).toThrow('Unhandled case: {"type":"range"}')
  })
})
