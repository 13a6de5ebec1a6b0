import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { latestRelease } from '../../content/defaultIndicatorSet'
import { must } from '../../domain/testing/must'
import { testAssessment } from '../../domain/testing/testAssessment'
import { MovePage } from './MovePage'

// This build ships one release of the default set (the browser journey in
// tests/e2e/moveVersion.e2e.test.ts runs on a build that ships a second one).
const latest = must(latestRelease(), 'a release of the default set')

afterEach(resetStore)

describe('MovePage', () => {
  it('says there is nothing to move for an assessment on the newest version', async () => {
    seedStore('ready', testAssessment({ id: 'hz-2024', indicatorSet: latest }))
    render(<MovePage id="hz-2024" />)
    expect(
      await screen.findByText(
        `This assessment already uses the newest version of its indicator set (${latest.version}).`,
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByRole('link', { name: 'Back to the results' })).toHaveAttribute(
      'href',
      '/assessments/hz-2024/results',
    )
  })

  it('says so for an assessment that is not here', () => {
    seedStore('ready')
    render(<MovePage id="gone" />)
    expect(screen.getByRole('heading', { name: 'Assessment not found' })).toBeInTheDocument()
  })
})
