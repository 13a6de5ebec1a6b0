import { screen } from '@testing-library/react'
import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { databaseName, openIndexedDbStorage } from '../../src/storage/indexedDbStorage'
import { assessments } from '../../src/store/appStore'
import { renderApp } from '../utils/renderApp'
import { resetStore } from '../utils/seedStore'

afterEach(() => {
  resetStore()
  vi.restoreAllMocks()
})

describe('stored data that cannot be read', () => {
  it('shows a translated error screen with the raw data instead of "loading" forever, and changes nothing', async () => {
    await openIndexedDbStorage('1', () => '2026-01-01T00:00:00.000Z')
    const db = await openDB(databaseName)
    await db.put('assessments', '{"precious":"杭州市 2024"}', 'precious-record')
    // The app's own store loads through the real IndexedDB code; reading the records fails.
    const unreadable = vi.spyOn(IDBObjectStore.prototype, 'getAllKeys').mockImplementation(() => {
      throw new DOMException('disk gone', 'UnknownError')
    })
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)

    const { user } = renderApp('/')
    expect(
      await screen.findByRole('heading', { name: 'Your stored data could not be loaded' }),
    ).toBeVisible()
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByText('UnknownError: disk gone')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeVisible()

    // The download reads the database itself, past the store (it can, once the disk answers).
    unreadable.mockRestore()
    await user.click(screen.getByRole('button', { name: 'Download raw data' }))
    await vi.waitFor(() => expect(blobs).toHaveLength(1))
    const downloaded = JSON.parse(await (blobs[0] as Blob).text()) as {
      indexedDb: { assessments: Record<string, string> }
    }
    expect(downloaded.indexedDb.assessments['precious-record']).toBe('{"precious":"杭州市 2024"}')
    expect(await db.getAll('assessments')).toEqual(['{"precious":"杭州市 2024"}'])
    db.close()
  })

  it.each(['/', '/new', '/assessments/x', '/assessments/x/results', '/compare', '/methodology'])(
    'ends on that screen at %s too, in the chosen language',
    async (path) => {
      assessments.store.setState({ phase: 'failed', loadFailure: 'UnknownError: disk gone' })
      const { user } = renderApp(path)
      expect(
        screen.getByRole('heading', { level: 1, name: 'Your stored data could not be loaded' }),
      ).toBeVisible()
      expect(screen.queryByRole('status')).toBeNull()
      await user.click(screen.getByRole('button', { name: '切换到中文' }))
      expect(
        screen.getByRole('heading', { level: 1, name: '无法读取本机保存的数据' }),
      ).toBeVisible()
      expect(screen.getByRole('button', { name: '下载原始数据' })).toBeVisible()
    },
  )
})
