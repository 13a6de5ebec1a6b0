import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { registerCustomSet } from '../../content/defaultIndicatorSet'
import { tinySet } from '../../domain/testing/tinySet'
import { setWording, wordingKeys } from './setWording'

const own = registerCustomSet({ ...tinySet, meta: { ...tinySet.meta, setId: 'a-district-set' } })
const builtIn = { setId: 'scm-default', version: '1.0.0' }

/** Every key of a wording, nested ones included. */
const keysOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as object).flatMap(keysOf)

describe('setWording', () => {
  it('keeps the standard’s wording for the built-in set, also when nothing is given', () => {
    expect(setWording([builtIn])).toBe('standard')
    expect(setWording([builtIn, { ...builtIn, version: '1.9.0' }])).toBe('standard')
    expect(setWording([])).toBe('standard')
  })

  it('words a set brought by the user neutrally, also beside the built-in set', () => {
    expect(setWording([own])).toBe('own')
    expect(setWording([builtIn, own])).toBe('own')
  })

  it('has a text for every item of both wordings in both languages', () => {
    expect(Object.keys(wordingKeys.own)).toEqual(Object.keys(wordingKeys.standard))
    for (const key of [...keysOf(wordingKeys.standard), ...keysOf(wordingKeys.own)])
      for (const lng of ['en', 'zh-CN']) expect(i18next.exists(key, { lng }), key).toBe(true)
  })
})
