import { screen, waitFor, within } from '@testing-library/react'
import { openDB } from 'idb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { wrapAssessment } from '../../src/domain/assessment/envelope'
import { testAssessment } from '../../src/domain/testing/testAssessment'
import { databaseName, openIndexedDbStorage } from '../../src/storage/indexedDbStorage'
import { assessments } from '../../src/store/appStore'
import { blobBytes, captureDownloads } from '../utils/downloads'
import { renderApp } from '../utils/renderApp'
import { resetStore } from '../utils/seedStore'

const savedAt = '2026-01-02T03:04:05.000Z'
const hangzhou = testAssessment({ id: 'hangzhou-2024', revision: 1 })
const envelope = (assessment: object, schemaVersion = 1) =>
  JSON.stringify({
    format: 'smartcity-assessment',
    schemaVersion,
    appVersion: '9',
    savedAt,
    assessment,
  })

/** One record of each kind that cannot be read, stored under its key exactly as this text. */
const damaged = {
  'future-record-0001': envelope({ id: 'future-record-0001', city: '苏州市', year: 2031, x: 1 }, 5),
  'corrupt-record-0001':
    '{"format":"smartcity-assessment","schemaVersion":1,"assessment":{"city":"截断',
  'invalid-record-0001': envelope({
    ...hangzhou,
    id: 'invalid-record-0001',
    city: '温州市',
    year: 1999,
  }),
}

/** The text's UTF-8 bytes. */
const encode = (text: string) => [...new TextEncoder().encode(text)]

beforeEach(async () => {
  await openIndexedDbStorage('1', () => savedAt)
  const db = await openDB(databaseName)
  for (const store of ['assessments', 'quarantine', 'backups']) await db.clear(store)
  await db.put('assessments', JSON.stringify(wrapAssessment(hangzhou, '1', savedAt)), hangzhou.id)
  db.close()
})

afterEach(() => {
  resetStore()
  vi.restoreAllMocks()
})

const putDamaged = async () => {
  const db = await openDB(databaseName)
  for (const [key, raw] of Object.entries(damaged)) await db.put('assessments', raw, key)
  db.close()
}

describe('stored records that cannot be read', () => {
  it('lists each with what can be read of it and why, in plain words', async () => {
    await putDamaged()
    renderApp('/')
    const list = await screen.findByRole('region', { name: 'Records that could not be read (3)' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining(
        'City and year unreadableId: corrupt-record-0001 — the stored text is not valid JSON',
      ),
      expect.stringContaining(
        '苏州市 2031Id: future-record-0001 — made by a newer version of this app (format 5; this app reads up to 3)',
      ),
      expect.stringContaining(
        '温州市 1999Id: invalid-record-0001 — the content does not match the format: assessment.year:',
      ),
    ])
    // The banner on every screen names the count and links to the list.
    const [banner] = screen
      .getAllByRole('alert')
      .filter((alert) => /3 stored record\(s\) could not be read;/.test(alert.textContent))
    expect(
      within(banner ?? document.body).getByRole('link', { name: 'Show them' }),
    ).toHaveAttribute('href', '#unreadable-records')
  })

  it('downloads each one byte for byte, named after what can be read of it', async () => {
    await putDamaged()
    const downloads = captureDownloads()
    const { user } = renderApp('/')
    for (const [key, raw] of Object.entries(damaged)) {
      await user.click(await screen.findByRole('button', { name: new RegExp(`\\(${key}\\)`) }))
      const download = downloads.at(-1)
      expect(await blobBytes(download?.blob ?? new Blob())).toEqual(encode(raw))
    }
    expect(downloads.map((d) => d.name)).toEqual([
      '苏州市-2031-unreadable-record-future-record-0001.json',
      'unreadable-record-corrupt-record-0001.txt',
      '温州市-1999-unreadable-record-invalid-record-0001.json',
    ])
  })

  it('says above "Export all" that they are not in it, and "Delete all" warns that it deletes them', async () => {
    await putDamaged()
    const { user } = renderApp('/')
    const notice = await screen.findByText(
      /3 stored record\(s\) could not be read and are not in “Export all \(JSON\)”: download them first/,
    )
    expect(within(notice).getByRole('link', { name: 'Show them' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Delete all local data' }))
    expect(screen.getByRole('group', { name: /permanently deletes/ })).toHaveTextContent(
      'This also deletes the 3 record(s) that could not be read: download them first.',
    )
  })

  it('shows no rescue panel when every record is readable and there is no backup', async () => {
    renderApp('/')
    expect(await screen.findByRole('link', { name: hangzhou.city })).toBeVisible()
    expect(screen.queryByText(/could not be read/)).toBeNull()
    expect(screen.queryByRole('heading', { name: /Automatic backups/ })).toBeNull()
  })
})

describe('automatic backups', () => {
  const before = { 'SC-003': { note: 'written before the import' } }
  const imported = { 'SC-003': { note: 'brought in by the import' } }

  /** A real backup: an import replaces the stored assessment. */
  const importOver = async () => {
    const storage = await openIndexedDbStorage('1', () => savedAt)
    await storage.save({ ...hangzhou, answers: before })
    await storage.replaceMany([{ ...hangzhou, answers: imported }])
  }

  it('restores a replaced assessment, keeping what it replaces as the newest backup', async () => {
    await importOver()
    const { user } = renderApp('/')
    const panel = await screen.findByRole('region', { name: 'Automatic backups (1)' })
    expect(panel).toHaveTextContent(/Before an import/)
    await waitFor(() =>
      expect(assessments.store.getState().byId[hangzhou.id]?.answers).toEqual(imported),
    )
    await user.click(within(panel).getByRole('button', { name: /^Restore 杭州市 2024 as saved/ }))
    expect(
      await screen.findByText(
        /^杭州市 2024 is restored as saved .*\. The version it replaced is now the newest backup\.$/,
      ),
    ).toHaveAttribute('role', 'status')
    expect(assessments.store.getState().byId[hangzhou.id]?.answers).toEqual(before)
    const updated = await screen.findByRole('region', { name: 'Automatic backups (2)' })
    const entries = within(updated)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL')
    expect(entries.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      expect.stringMatching(/^Before a restore/),
      expect.stringMatching(/^Before an import/),
    ])
  })

  it('downloads a backed-up assessment as an importable export file', async () => {
    await importOver()
    const downloads = captureDownloads()
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('button', { name: /^Download 杭州市 2024 as saved/ }))
    const [download] = downloads
    expect(download?.name).toMatch(/^杭州市-2024-backup-\d{4}-\d\d-\d\d\.json$/)
    const file = JSON.parse(
      new TextDecoder().decode(new Uint8Array(await blobBytes(download?.blob ?? new Blob()))),
    ) as unknown
    expect(file).toMatchObject({
      format: 'smartcity-assessment-export',
      schemaVersion: 3,
      assessments: [{ id: hangzhou.id, answers: before }],
      sets: [],
    })
  })
})
