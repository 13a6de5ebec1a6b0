import { act, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { latestRelease } from '../../content/defaultIndicatorSet'
import { must } from '../../domain/testing/must'
import { routes } from '../../routes/routes'
import { NewerVersionNotice } from './NewerVersionNotice'

const latest = must(latestRelease(), 'a release of the default set')
/** A version before every release of the build, so the newest release is newer. */
const older = { setId: latest.setId, version: '0.9.0' }

describe('NewerVersionNotice', () => {
  it('offers the move screen when a newer release of the set exists', () => {
    render(<NewerVersionNotice id="hz-2024" setRef={older} readOnly={false} />)
    expect(
      screen.getByText(
        `This assessment uses version 0.9.0 of its indicator set; version ${latest.version} is available.`,
        { exact: false },
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See what moving to it changes' })).toHaveAttribute(
      'href',
      routes.move.href('hz-2024'),
    )
  })

  it('says it in Chinese', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    render(<NewerVersionNotice id="hz-2024" setRef={older} readOnly={false} />)
    expect(screen.getByRole('link', { name: '查看迁移到新版会带来的变化' })).toBeInTheDocument()
  })

  it('gives no link in a tab that may not write the assessment', () => {
    render(<NewerVersionNotice id="hz-2024" setRef={older} readOnly />)
    expect(screen.getByText(/is available/)).toBeInTheDocument()
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('shows nothing on the newest version, or on a version newer than the app has', () => {
    const { container } = render(
      <>
        <NewerVersionNotice id="hz-2024" setRef={latest} readOnly={false} />
        <NewerVersionNotice
          id="hz-2024"
          setRef={{ setId: latest.setId, version: '99.0.0' }}
          readOnly={false}
        />
        <NewerVersionNotice
          id="hz-2024"
          setRef={{ setId: 'other-set', version: '0.1.0' }}
          readOnly={false}
        />
      </>,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
