import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { testAssessment } from '../../src/domain/testing/testAssessment'
import { renderApp } from '../utils/renderApp'
import { resetStore, seedStore } from '../utils/seedStore'

// The table's code cannot be fetched (offline before the service worker cached the app, or a
// deployment that replaced the file), as a lazy screen's can fail: the app says so, offers the
// stored data for download, and writes nothing.
vi.mock('../../src/features/home/AssessmentTable', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/AssessmentTable.js')
})

afterEach(() => {
  vi.restoreAllMocks()
  resetStore()
})

describe("the home page when its table's code cannot be fetched", () => {
  it('shows the error page with the raw data download instead of a list that never comes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const stored = testAssessment({ id: 'a-2025', city: 'Hangzhou', year: 2025 })
    seedStore('ready', stored)
    renderApp('/')
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
    expect(
      screen.getByText('The page failed to display. Your saved data has not been deleted.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download raw data' })).toBeInTheDocument()
  })
})
