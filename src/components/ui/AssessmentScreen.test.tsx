import { act, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { AssessmentScreen } from './AssessmentScreen'

const view = (city: string) => <h1>{city}</h1>

describe('AssessmentScreen', () => {
  it('shows only a loading notice while the stored assessments load', () => {
    render(
      <AssessmentScreen phase="loading" value="Hangzhou">
        {view}
      </AssessmentScreen>,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Loading the data stored in this browser…')
    expect(screen.queryByRole('heading')).toBeNull()
  })

  it.each([null, undefined])(
    'says "not found" in the reader\'s language, with a link home, when there is %s',
    async (missing) => {
      render(
        <AssessmentScreen<string> phase="ready" value={missing}>
          {view}
        </AssessmentScreen>,
      )
      expect(screen.getByRole('heading', { level: 1, name: 'Assessment not found' })).toBeVisible()
      expect(screen.getByText(/saved in another browser/)).toBeVisible()
      expect(screen.getByRole('link', { name: 'Back to assessments' })).toHaveAttribute('href', '/')
      await act(() => i18next.changeLanguage('zh-CN'))
      expect(screen.getByRole('heading', { level: 1, name: '未找到该评估' })).toBeVisible()
      expect(screen.getByRole('link', { name: '返回评估列表' })).toHaveAttribute('href', '/')
    },
  )

  it('draws the screen with the assessment once it is there', () => {
    render(
      <AssessmentScreen phase="ready" value="Hangzhou">
        {view}
      </AssessmentScreen>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Hangzhou' })).toBeVisible()
    expect(screen.queryByRole('status')).toBeNull()
  })
})
