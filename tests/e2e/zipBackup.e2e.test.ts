import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import type { Assessment } from '../../src/domain/assessment/assessment'
import enArchive from '../../src/i18n/locales/en.archive.json'
import enBackup from '../../src/i18n/locales/en.backup.json'
import enExchange from '../../src/i18n/locales/en.exchange.json'
import zhArchive from '../../src/i18n/locales/zh-CN.archive.json'
import zhBackup from '../../src/i18n/locales/zh-CN.backup.json'
import zhExchange from '../../src/i18n/locales/zh-CN.exchange.json'
import { zipOf } from '../utils/zipBytes'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { loadFixture, seedAssessments, storedRecord } from './seed'
import { storedFiles } from './storedFiles'

/**
 * The full backup: two assessments whose answers attach a PDF of about 2 MB and a PNG are
 * exported with "Export everything (ZIP)", and the archive is imported into a fresh browser
 * profile: the assessments come back as they were stored and the files byte for byte (the same
 * SHA-256, read back from IndexedDB). A hostile archive is refused with its reason. In both
 * languages, with axe on the home page and on the refusal.
 */
const browser = useBrowser()
const dir = mkdtempSync(join(tmpdir(), 'zip-backup-e2e-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The same bytes in Node and in the page: a PDF header, then a fixed pattern. */
const makeBytes = (length: number, head: number[]) => {
  const bytes = new Uint8Array(length)
  bytes.set(head)
  for (let i = head.length; i < length; i++) bytes[i] = (i * 131 + (i >> 9)) % 251
  return bytes
}
const files = {
  pdf: { length: 2_000_000, head: [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)) },
  png: { length: 4_321, head: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
}
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const pdfSha = sha256(makeBytes(files.pdf.length, files.pdf.head))
const pngSha = sha256(makeBytes(files.png.length, files.png.head))

const attach = (sha: string, name: string, size: number, type: string) => ({
  sha256: sha,
  name,
  size,
  type,
  addedAt: '2025-04-01T02:03:04.000Z',
})
const base = loadFixture('hangzhou-2024.assessment.json')
const first: Assessment = {
  ...base,
  answers: {
    ...base.answers,
    'SC-001': {
      ...base.answers['SC-001'],
      files: [attach(pdfSha, '2024年12345热线年报.pdf', files.pdf.length, 'application/pdf')],
    },
    'SC-002': {
      ...base.answers['SC-002'],
      files: [attach(pngSha, 'open-data-portal.png', files.png.length, 'image/png')],
    },
  },
}
const second: Assessment = {
  ...base,
  id: 'fixture-hangzhou-2025',
  year: 2025,
  answers: { 'SC-001': { ...base.answers['SC-001'], files: first.answers['SC-001']?.files } },
}

/** Stores the two files in the page's IndexedDB `files` store, made there from the same recipe. */
const seedFiles = (page: Page) =>
  page.evaluate(
    async (specs) => {
      const make = (length: number, head: number[]) => {
        const bytes = new Uint8Array(length)
        bytes.set(head)
        for (let i = head.length; i < length; i++) bytes[i] = (i * 131 + (i >> 9)) % 251
        return bytes
      }
      const hex = (buffer: ArrayBuffer) =>
        [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('')
      const records = await Promise.all(
        specs.map(async ({ length, head }) => {
          const bytes = make(length, head)
          return [hex(await crypto.subtle.digest('SHA-256', bytes)), new Blob([bytes])] as const
        }),
      )
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('smart-city-maturity')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('files', 'readwrite')
          for (const [key, blob] of records)
            tx.objectStore('files').put(
              { blob, size: blob.size, storedAt: new Date().toISOString() },
              key,
            )
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      })
      return records.map(([key]) => key)
    },
    [files.pdf, files.png],
  )

const words = {
  'zh-CN': { exchange: zhExchange.exchange, backup: zhBackup.backup, archive: zhArchive.archive },
  'en-US': { exchange: enExchange.exchange, backup: enBackup.backup, archive: enArchive.archive },
} as const

describe.each(['zh-CN', 'en-US'] as const)('the full backup (%s)', (locale) => {
  const { exchange, backup, archive: archiveText } = words[locale]

  it('restores assessments and files byte for byte in a fresh profile; refuses a hostile archive', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await seedAssessments(page, [first, second])
    expect(await seedFiles(page)).toEqual([pdfSha, pngSha])
    const stored = [await storedRecord(page, first.id), await storedRecord(page, second.id)]
    await page.goto(`${baseUrl()}/`)
    expect(await axeViolations(page)).toEqual([])
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: exchange.exportZip }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^smart-city-backup-\d{4}-\d{2}-\d{2}\.zip$/)
    const archive = join(dir, `backup-${locale}.zip`)
    await download.saveAs(archive)
    const entries = unzipSync(new Uint8Array(readFileSync(archive)))
    expect(Object.keys(entries).sort()).toEqual(
      ['assessments.json', `files/${pdfSha}`, `files/${pngSha}`, 'manifest.json'].sort(),
    )
    expect(problems).toEqual([])
    await context.close()

    const fresh = await openWatchedPage(browser(), locale)
    await fresh.page.goto(`${baseUrl()}/`)
    await fresh.page.getByLabel(exchange.import.inputLabel).setInputFiles(archive)
    await fresh.page.getByText(exchange.summary.title).waitFor()
    await fresh.page.getByText(backup.restored.replace('{{count}}', '2')).waitFor()
    expect([
      await storedRecord(fresh.page, first.id),
      await storedRecord(fresh.page, second.id),
    ]).toEqual(stored)
    const restored = await storedFiles(fresh.page)
    expect(restored.sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(
      [
        { key: pdfSha, size: files.pdf.length, sha256: pdfSha },
        { key: pngSha, size: files.png.length, sha256: pngSha },
      ].sort((a, b) => (a.key < b.key ? -1 : 1)),
    )

    // A hostile archive: an entry that would climb out of its folder. Refused, nothing changes.
    const hostile = join(dir, `hostile-${locale}.zip`)
    writeFileSync(hostile, zipOf({ ...entries, '../../evil.sh': new Uint8Array([35, 33]) }))
    await fresh.page.getByLabel(exchange.import.inputLabel).setInputFiles(hostile)
    const refusal = fresh.page.getByRole('alert')
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain(
      archiveText.problem['unsafe-name'].replace('{{name}}', '../../evil.sh'),
    )
    expect(await axeViolations(fresh.page)).toEqual([])
    expect(await storedFiles(fresh.page)).toHaveLength(2)
    expect(fresh.problems).toEqual([])
    await fresh.context.close()
  })
})
