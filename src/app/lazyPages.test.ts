import { describe, expect, it } from 'vitest'
import { lazyScreenFor } from './lazyPages'

describe('lazyScreenFor', () => {
  it.each([
    ['/assessments/abc', 'questionnaire'],
    ['/assessments/%E6%9D%AD%E5%B7%9E-2024', 'questionnaire'],
    ['/assessments/abc/', 'questionnaire'],
    ['/assessments/abc/results', 'results'],
    ['/assessments/abc/print', 'print'],
    ['/new', 'newAssessment'],
    ['/methodology', 'methodology'],
    ['/compare', 'compare'],
    ['/', null],
    ['/no-such-page', null],
    ['/assessments', null],
    ['/assessments/abc/results/extra', null],
  ])('%s → %s', (pathname, screen) => {
    expect(lazyScreenFor(pathname)).toBe(screen)
  })
})
