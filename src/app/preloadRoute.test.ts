import { describe, expect, it } from 'vitest'
import { routes } from '../routes/routes'
import { screenFor } from './preloadRoute'
import { screens } from './screens'

describe('screenFor', () => {
  it.each([
    ['/assessments/abc', 'questionnaire'],
    ['/assessments/%E6%9D%AD%E5%B7%9E-2024', 'questionnaire'],
    ['/assessments/abc/', 'questionnaire'],
    ['/assessments/abc/results', 'results'],
    ['/assessments/abc/print', 'print'],
    ['/assessments/abc/move', 'move'],
    ['/assessments/abc/merge', 'merge'],
    ['/assessments/abc/departments', 'departments'],
    ['/new', 'newAssessment'],
    ['/methodology', 'methodology'],
    ['/compare', 'compare'],
    ['/department', 'departmentResponses'],
    ['/department/pkg-00000001', 'departmentResponse'],
    ['/', 'home'],
    ['/no-such-page', null],
    ['/assessments', null],
    ['/assessments/abc/results/extra', null],
  ])('%s → %s', (pathname, screen) => {
    expect(screenFor(pathname)).toBe(screen)
  })
})

describe('screens', () => {
  it('gives every route exactly one screen', () => {
    expect(screens.map((s) => s.name).sort()).toEqual(Object.keys(routes).sort())
  })

  it('keeps only the home screen in the first download', () => {
    expect(screens.filter((s) => s.preload === undefined).map((s) => s.name)).toEqual(['home'])
  })
})
