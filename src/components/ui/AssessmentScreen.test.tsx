import { act, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { latestRelease } from '../../content/defaultIndicatorSet'
import { AssessmentScreen } from './AssessmentScreen'
import { useIndicatorSet } from './indicatorSetContext'

const view = (city: string) => <h1>{city}</h1>
const shipped = () => {
  const ref = latestRelease()
  if (ref === null) throw new Error('no release')
  return ref
}

describe('AssessmentScreen', () => {
  it('shows only a loading notice while the stored assessments load', () => {
    render(
      <AssessmentScreen phase="loading" value="Hangzhou" setOf={shipped}>
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
        <AssessmentScreen<string> phase="ready" value={missing} setOf={shipped}>
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
      <AssessmentScreen phase="ready" value="Hangzhou" setOf={shipped}>
        {view}
      </AssessmentScreen>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Hangzhou' })).toBeVisible()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('draws the screen with the set version the assessment records', () => {
    const Version = () => <p>{useIndicatorSet().meta.version}</p>
    render(
      <AssessmentScreen phase="ready" value="Hangzhou" setOf={shipped}>
        {() => <Version />}
      </AssessmentScreen>,
    )
    expect(screen.getByText(shipped().version)).toBeVisible()
  })

  it('explains, in both languages, a version this app does not have, and draws nothing of the screen', async () => {
    render(
      <AssessmentScreen
        phase="ready"
        value="Hangzhou"
        setOf={() => ({ setId: 'scm-default', version: '99.0.0' })}
      >
        {view}
      </AssessmentScreen>,
    )
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: "This assessment's indicator set is not available",
      }),
    ).toBeVisible()
    expect(screen.getByText(/scm-default, version 99\.0\.0/)).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Hangzhou' })).toBeNull()
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(screen.getByRole('heading', { level: 1, name: '无法使用本评估的指标集' })).toBeVisible()
  })
})
