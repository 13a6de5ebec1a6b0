import { act, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { testAssessment } from '../../src/domain/testing/testAssessment'
import { renderApp } from '../utils/renderApp'
import { resetStore, seedStore } from '../utils/seedStore'

afterEach(resetStore)

describe('home, for an assessment whose set version this app does not have', () => {
  it('lists it without scores and says why, in both languages', async () => {
    const future = testAssessment({
      id: 'future-2030',
      year: 2030,
      indicatorSet: { setId: 'scm-default', version: '9.9.9' },
    })
    seedStore('ready', future)
    renderApp('/')
    // The table's code arrives after the data: the first visit, with nothing to list, never fetches it.
    const row = (await screen.findAllByRole('row'))[1]
    if (row === undefined) throw new Error('no row')
    expect(
      within(row).getAllByText('Version 9.9.9 of its indicator set is not available in this app'),
    ).toHaveLength(2)
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(within(row).getAllByText('本应用中没有其指标集的 9.9.9 版')).toHaveLength(2)
    await act(() => i18next.changeLanguage('en'))
  })
})
