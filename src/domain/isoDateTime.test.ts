import { describe, expect, it } from 'vitest'
import { isIsoDateTime } from './isoDateTime'

describe('isIsoDateTime', () => {
  it.each(['2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05Z'])('accepts %s', (value) => {
    expect(isIsoDateTime(value)).toBe(true)
  })

  it.each([null, 17, '', 'yesterday', '2026-01-02', '2026-01-02T03:04:05+08:00'])(
    'refuses %j',
    (value) => {
      expect(isIsoDateTime(value)).toBe(false)
    },
  )
})
