import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { testAssessment } from '../../src/domain/testing/testAssessment'
import { renderApp } from '../utils/renderApp'
import { resetStore, seedStore } from '../utils/seedStore'

afterEach(resetStore)

// The table of assessments (and the scoring it shows) is fetched only when there is one to list.
// These run in order: the second fetches the table's code, the third finds it kept.
describe("the home page's list of assessments", () => {
  it('with none, says so and shows the import and export panel at once', () => {
    seedStore('ready')
    renderApp('/')
    expect(screen.getByText(/^No assessments yet/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Import…' })).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('with some, shows nothing below the list before the table, so nothing is pushed down', async () => {
    seedStore('ready', testAssessment({ id: 'a-2025', city: 'Hangzhou', year: 2025 }))
    renderApp('/')
    expect(screen.getByRole('status')).toHaveTextContent('Loading the data stored in this browser…')
    expect(screen.queryByRole('button', { name: 'Import…' })).not.toBeInTheDocument()
    expect(await screen.findAllByRole('row')).toHaveLength(2)
    expect(screen.getByRole('button', { name: 'Import…' })).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: /^Export Hangzhou 2025 as JSON/ }),
    ).toBeInTheDocument()
  })

  it('coming back to the page, shows the table at once', () => {
    seedStore('ready', testAssessment({ id: 'a-2025', city: 'Hangzhou', year: 2025 }))
    renderApp('/')
    expect(screen.getAllByRole('row')).toHaveLength(2)
    expect(screen.queryByText('Loading the data stored in this browser…')).not.toBeInTheDocument()
  })
})
