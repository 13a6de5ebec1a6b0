import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeStorageManager } from '../../../tests/utils/persistenceFakes'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { testAssessment } from '../../domain/testing/testAssessment'
import { persistence, persistRequestKey } from '../../storage/persistence'
import { assessments } from '../../store/appStore'
import { StorageSection } from './StorageSection'

const text = {
  en: {
    granted:
      /^The browser has promised to keep this data: it will not clear it to free up space\. Clearing browsing data or uninstalling the browser still deletes it — keep exporting backups\./,
    notGranted:
      /^The browser has not promised to keep this data: it may clear it without warning when the disk runs low\. Export a backup regularly\./,
    notAsked: /^The browser has not been asked yet to keep this data/,
    unknown: /^This browser cannot tell whether it will keep this data/,
    usage: /Using 2\.5 MB of about 1,000 MB available\./,
    askedOn: /The browser was last asked on .*2026/,
    askNow: 'Ask the browser to keep the data',
    askAgain: 'Ask the browser again',
    chromeNote: /Chrome and Edge decide by themselves without showing a question/,
  },
  'zh-CN': {
    granted:
      /^浏览器已承诺保留这些数据：不会为了腾出空间而清除它们。但清除浏览数据或卸载浏览器仍会删除数据——请继续定期导出备份。/,
    notGranted:
      /^浏览器没有承诺保留这些数据：磁盘空间不足时，可能不经提示就清除它们。请定期导出备份。/,
    notAsked: /^尚未请求浏览器保留这些数据/,
    unknown: /^此浏览器无法说明是否会保留这些数据/,
    usage: /已用 2\.5\s?MB，可用上限约 1,?000\s?MB。/,
    askedOn: /上次向浏览器提出请求：2026/,
    askNow: '请求浏览器保留数据',
    askAgain: '再次请求浏览器保留数据',
    chromeNote: /Chrome 和 Edge 会自行决定，不会弹出提问/,
  },
} as const

const refusedBefore = JSON.stringify({ askedAt: '2026-01-02T03:04:05.000Z', answer: 'refused' })

/** The home page's section over stored data (IndexedDB) and a browser that answers `answer`. */
const renderOver = (
  browser: ReturnType<typeof fakeStorageManager> | null,
  kind: 'indexeddb' | 'memory' = 'indexeddb',
  count = 1,
) => {
  const storage = browser === null ? undefined : { ...browser.api, estimate: fakeEstimate }
  vi.stubGlobal('navigator', { ...navigator, storage })
  seedStore('ready', ...(count > 0 ? [testAssessment()] : []))
  assessments.store.setState({ storageKind: kind })
  render(<StorageSection />)
}

const fakeEstimate = () => Promise.resolve({ usage: 2.5e6, quota: 1e9 })

/**
 * Lets a note that is being fetched arrive and show what it read: its module is loaded (a fetch
 * started at mount resolves first), then a read that starts after the note's own has finished.
 */
const settle = async () => {
  await act(async () => {
    await import('./PersistenceNote')
  })
  await act(async () => {
    await persistence.read()
  })
}

afterEach(() => {
  resetStore()
  vi.unstubAllGlobals()
})

describe.each(['en', 'zh-CN'] as const)('StorageSection (%s)', (language) => {
  const l = text[language]
  const setLanguage = () => i18next.changeLanguage(language)

  it('says the browser promised to keep the data, and what still deletes it', async () => {
    await setLanguage()
    const browser = fakeStorageManager(true, true)
    renderOver(browser)
    expect(await screen.findByText(l.granted)).toHaveTextContent(l.usage)
    expect(screen.queryByRole('button', { name: l.askAgain })).toBeNull()
    expect(screen.queryByRole('button', { name: l.askNow })).toBeNull()
    expect(browser.persist).not.toHaveBeenCalled()
  })

  it('says the browser did not promise, when it was last asked, and offers to ask once more', async () => {
    await setLanguage()
    localStorage.setItem(persistRequestKey, refusedBefore)
    const browser = fakeStorageManager(false)
    renderOver(browser)
    expect(await screen.findByText(l.notGranted)).toHaveTextContent(l.usage)
    expect(screen.getByText(l.askedOn)).toBeInTheDocument()
    expect(screen.getByText(l.chromeNote)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: l.askAgain })).toBeInTheDocument()
    // Showing the page never asks: only a click does.
    expect(browser.persist).not.toHaveBeenCalled()
  })

  it('says the browser was not asked yet, without asking it', async () => {
    await setLanguage()
    const browser = fakeStorageManager(false)
    renderOver(browser)
    expect(await screen.findByText(l.notAsked)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: l.askNow })).toBeInTheDocument()
    expect(screen.queryByText(l.askedOn)).toBeNull()
    expect(browser.persist).not.toHaveBeenCalled()
  })

  it('says the browser cannot tell, and offers nothing to click', async () => {
    await setLanguage()
    renderOver(null)
    expect(await screen.findByText(l.unknown)).not.toHaveTextContent(l.usage)
    expect(screen.queryByRole('button', { name: l.askNow })).toBeNull()
  })

  it('asks once per click and shows the new answer', async () => {
    await setLanguage()
    localStorage.setItem(persistRequestKey, refusedBefore)
    const browser = fakeStorageManager(true)
    renderOver(browser)
    await userEvent.click(await screen.findByRole('button', { name: l.askAgain }))
    expect(await screen.findByText(l.granted)).toBeInTheDocument()
    expect(browser.persist).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('button', { name: l.askAgain })).toBeNull()
    expect(JSON.parse(localStorage.getItem(persistRequestKey) ?? '')).toMatchObject({
      answer: 'granted',
    })
  })
})

describe('StorageSection without data to keep', () => {
  it.each([
    ['no assessment yet', 'indexeddb', 0],
    ['data kept only in the page’s memory', 'memory', 1],
  ] as const)('says nothing about the browser’s promise with %s', async (_, kind, count) => {
    const browser = fakeStorageManager(true, true)
    renderOver(browser, kind, count)
    await settle()
    expect(screen.getByText(/Browser storage is best effort/)).toBeInTheDocument()
    expect(screen.queryByText(text.en.granted)).toBeNull()
  })

  it('tells the promise as soon as the first assessment arrives', async () => {
    renderOver(fakeStorageManager(true, true), 'indexeddb', 0)
    act(() => assessments.store.setState({ byId: { a: testAssessment({ id: 'a' }) } }))
    await waitFor(() => expect(screen.getByText(text.en.granted)).toBeInTheDocument())
  })
})
