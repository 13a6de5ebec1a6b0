import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../src/app/ErrorBoundary'
import { databaseName, openIndexedDbStorage } from '../../src/storage/indexedDbStorage'

const Broken = (): never => {
  throw new Error('render failed')
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('last-resort error boundary', () => {
  it('shows a translated message and downloads exactly what is stored, without clearing it', async () => {
    await openIndexedDbStorage('1', () => '2026-01-01T00:00:00.000Z')
    const db = await openDB(databaseName)
    await db.put('assessments', '{"precious":"杭州市 2024"}', 'precious-record')
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)

    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: 'Download raw data' }))
    await vi.waitFor(() => expect(blobs).toHaveLength(1))
    const downloaded = JSON.parse(await (blobs[0] as Blob).text()) as {
      indexedDb: { assessments: Record<string, string> }
    }
    expect(downloaded.indexedDb.assessments['precious-record']).toBe('{"precious":"杭州市 2024"}')
    expect(await db.get('assessments', 'precious-record')).toBe('{"precious":"杭州市 2024"}')
    db.close()
  })
})
