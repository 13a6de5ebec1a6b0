import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readReleases } from '../../../scripts/build/releases'
import { districtSet, registerInStore } from '../../../tests/utils/districtSet'
import { blobBytes, captureDownloads, type Download } from '../../../tests/utils/downloads'
import { resetStore } from '../../../tests/utils/seedStore'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import { parseSetFile } from '../../domain/indicators/setFile'
import { SetFileSection } from './SetFileSection'

afterEach(() => {
  vi.restoreAllMocks()
  resetStore()
})

/** The one file downloaded, as text. */
const downloadedText = async (downloads: Download[]) => {
  await waitFor(() => expect(downloads).toHaveLength(1))
  const [file] = downloads
  if (file === undefined) throw new Error('no download')
  return {
    name: file.name,
    text: new TextDecoder().decode(new Uint8Array(await blobBytes(file.blob))),
  }
}

describe('the indicator set as a file', () => {
  it('downloads the built-in set with both languages, which reads back as that exact release', async () => {
    const downloads = captureDownloads()
    render(<SetFileSection set={defaultIndicatorSet()} />)
    expect(screen.getByText(/can start its own set from it/)).toBeVisible()
    const release = readReleases().at(-1)
    const version = release?.entry.version ?? '—'
    await userEvent.click(
      screen.getByRole('button', { name: new RegExp(`^Download scm-default ${version}`) }),
    )
    const { name, text } = await downloadedText(downloads)
    expect(name).toBe(`scm-default-${version}.json`)
    const read = parseSetFile(text, { builtInSetIds: [] })
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)))
    expect(read.set).toEqual(release?.set)
    // A set of one's own must not keep the built-in id: the app refuses it with that reason.
    const asCustom = parseSetFile(text, { builtInSetIds: ['scm-default'] })
    expect(asCustom.ok ? [] : asCustom.problems.map((p) => p.code)).toContain('rule')
    expect(screen.getByRole('link', { name: 'indicator-set.schema.json' })).toHaveAttribute(
      'href',
      '/indicator-set.schema.json',
    )
  })

  it('offers a set brought by the user for sharing, as a set file that reads back as that set', async () => {
    const district = districtSet()
    registerInStore(district)
    const downloads = captureDownloads()
    render(<SetFileSection set={district} />)
    expect(screen.getByText(/to share with other offices/)).toBeVisible()
    expect(screen.queryByText(/can start its own set from it/)).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Download this set as a set file' }))
    const { name, text } = await downloadedText(downloads)
    expect(name).toBe('example-district-gov-1.1.0.json')
    const read = parseSetFile(text, { builtInSetIds: ['scm-default'] })
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)))
    expect(read.set).toEqual(district)
  })
})
