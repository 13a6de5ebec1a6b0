import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readReleases } from '../../../scripts/build/releases'
import { blobBytes, captureDownloads } from '../../../tests/utils/downloads'
import { parseSetFile } from '../../domain/indicators/setFile'
import { SetFileSection } from './SetFileSection'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the indicator set as a file', () => {
  it('downloads the built-in set with both languages, which reads back as that exact release', async () => {
    const downloads = captureDownloads()
    render(<SetFileSection />)
    await userEvent.click(screen.getByRole('button', { name: /^Download scm-default 1\.0\.0/ }))
    await waitFor(() => expect(downloads).toHaveLength(1))
    const [file] = downloads
    if (file === undefined) throw new Error('no download')
    expect(file.name).toBe('scm-default-1.0.0.json')
    const text = new TextDecoder().decode(new Uint8Array(await blobBytes(file.blob)))
    const read = parseSetFile(text, { builtInSetIds: [] })
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)))
    const [release] = readReleases()
    expect(read.set).toEqual(release?.set)
    // A set of one's own must not keep the built-in id: the app refuses it with that reason.
    const asCustom = parseSetFile(text, { builtInSetIds: ['scm-default'] })
    expect(asCustom.ok ? [] : asCustom.problems.map((p) => p.code)).toContain('rule')
    expect(screen.getByRole('link', { name: 'indicator-set.schema.json' })).toHaveAttribute(
      'href',
      '/indicator-set.schema.json',
    )
  })
})
