import { describe, expect, it } from 'vitest'
import { testAssessment } from '../testing/testAssessment'
import { attachedFileHashes, mentionedFileHashes } from './fileReferences'

const h = (c: string) => c.repeat(64)

describe('file references', () => {
  it('collects the hashes every answer of every assessment attaches', () => {
    const file = (sha256: string) => ({
      sha256,
      name: 'a.pdf',
      size: 1,
      type: '',
      addedAt: '2026-01-02T03:04:05.000Z',
    })
    const a = { ...testAssessment(), answers: { x: { files: [file(h('a')), file(h('b'))] } } }
    const b = { ...testAssessment(), answers: { y: { files: [file(h('b'))] }, z: { note: 'n' } } }
    expect(attachedFileHashes([a, b])).toEqual(new Set([h('a'), h('b')]))
    expect(attachedFileHashes([])).toEqual(new Set())
  })

  it('finds hashes named in stored text, even text that does not parse', () => {
    const text = `{"files":[{"sha256":"${h('c')}","name":"x"},{"sha256" : "${h('d')}"}],"broken`
    expect(mentionedFileHashes(text)).toEqual(new Set([h('c'), h('d')]))
  })

  it('ignores what is not a lower-case hex SHA-256 under that key', () => {
    expect(mentionedFileHashes(`{"sha256":"${h('C')}","other":"${h('e')}"}`)).toEqual(new Set())
    expect(mentionedFileHashes(`{"sha256":"${'a'.repeat(63)}"}`)).toEqual(new Set())
  })
})
