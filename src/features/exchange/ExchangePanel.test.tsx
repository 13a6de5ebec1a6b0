import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { openDB } from 'idb'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildExport, serialiseExport } from '../../domain/exchange/exportFile'
import { testAssessment } from '../../domain/testing/testAssessment'
import { databaseName } from '../../storage/indexedDbStorage'
import { assessmentActions, assessments } from '../../store/appStore'
import { AssessmentExportButtons } from './AssessmentExportButtons'
import { ExchangePanel } from './ExchangePanel'
import { storedOnly } from '../../../tests/utils/storedOnly'
import { captureDownloads } from '../../../tests/utils/downloads'

const hangzhou = testAssessment({ id: 'hangzhou-2024', revision: 1 })
const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/import-bad', name), 'utf8')

/** The raw stored records: what "byte-identical" compares. */
const stored = async () => {
  const db = await openDB(databaseName)
  const keys = await db.getAllKeys('assessments')
  const values = await db.getAll('assessments')
  db.close()
  return keys.map((k, i) => [k, values[i]])
}

/** The blob's text, byte-order mark kept (FileReader's readAsText would drop it). */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () =>
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })

const upload = async (name: string, text: string) => {
  const user = userEvent.setup({ applyAccept: false })
  const file = new File([text], name, { type: 'application/json' })
  await user.upload(screen.getByLabelText(/JSON/), file)
  return user
}

beforeAll(async () => {
  await assessmentActions.hydrate()
})

beforeEach(async () => {
  await storedOnly(hangzhou)
})

const { createObjectURL, revokeObjectURL } = URL

afterEach(() => {
  vi.restoreAllMocks()
  Object.assign(URL, { createObjectURL, revokeObjectURL })
})

describe('ExchangePanel: import', () => {
  it('names the problem and its JSON path, and leaves storage byte-identical', async () => {
    render(<ExchangePanel />)
    const before = await stored()
    await upload('evil.json', fixture('proto-nested-in-answers.json'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      '“evil.json” was not imported: it contains the key “__proto__” in $.assessments[0].answers, which is refused for safety.',
    )
    expect(alert).toHaveTextContent('Nothing was imported')
    expect(await stored()).toEqual(before)
  })

  it('gives the line and column of a JSON syntax error, in Chinese too', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    render(<ExchangePanel />)
    await upload('cut.json', fixture('truncated.json'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“cut.json”未导入：文件不是有效的 JSON（第 27 行第 9 列有语法错误）。',
    )
  })

  it('refuses a file over 5 MB by its size, without reading it', async () => {
    render(<ExchangePanel />)
    const file = new File(['{}'], 'huge.json', { type: 'application/json' })
    Object.defineProperty(file, 'size', { value: 6 * 1024 * 1024 })
    const text = vi.spyOn(file, 'text')
    const bytes = vi.spyOn(file, 'arrayBuffer')
    await userEvent.setup().upload(screen.getByLabelText('JSON file to import'), file)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'the file is too large (6 MB); at most 5 MB can be imported.',
    )
    expect(text).not.toHaveBeenCalled()
    expect(bytes).not.toHaveBeenCalled()
  })

  it('refuses a file from a newer version with the version numbers', async () => {
    render(<ExchangePanel />)
    await upload('new.json', fixture('future-version.json'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'it was made by a newer version (v5); this app reads up to v3.',
    )
  })

  it('adds new assessments at once and shows a summary', async () => {
    render(<ExchangePanel />)
    const ningbo = testAssessment({ id: 'ningbo-2024', city: '宁波市' })
    await upload('b.json', serialiseExport(buildExport([ningbo], '1', hangzhou.updatedAt)))
    const status = await screen.findByText('Import finished')
    expect(status.closest('[role="status"]')).toHaveTextContent('Added: 1')
    expect(assessments.store.getState().byId['ningbo-2024']).toEqual(ningbo)
    expect((await stored()).map(([k]) => k)).toEqual(['hangzhou-2024', 'ningbo-2024'])
  })

  it('asks about every collision, offering keep-both only for a pure id clash, then replaces', async () => {
    render(<ExchangePanel />)
    const sameCityYear = { ...hangzhou, id: 'other-hz-2024', answers: {} }
    const sameIdOtherYear = testAssessment({ id: 'hangzhou-2024', city: '杭州市', year: 2022 })
    await upload(
      'backup.json',
      serialiseExport(buildExport([sameCityYear, sameIdOtherYear], '1', hangzhou.updatedAt)),
    )
    const dialog = await screen.findByRole('dialog', {
      name: 'Some assessments in the file already exist here',
    })
    const cityYear = within(dialog).getByRole('group', {
      name: '杭州市 2024 already exists in this browser.',
    })
    const sameId = within(dialog).getByRole('group', {
      name: '杭州市 2022 in the file has the same internal id as 杭州市 2024 in this browser.',
    })
    expect(
      within(cityYear)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['replace', 'skip'])
    expect(
      within(sameId)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['replace', 'keep-both', 'skip'])
    // Nothing is overwritten by default.
    expect(within(cityYear).getByRole('radio', { name: /Skip/ })).toBeChecked()
    const before = await stored()
    const user = userEvent.setup()
    await user.click(within(cityYear).getByRole('radio', { name: /Replace/ }))
    await user.click(within(sameId).getByRole('radio', { name: /Keep both/ }))
    expect(await stored()).toEqual(before)
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    const summary = (await screen.findByText('Import finished')).closest('[role="status"]')
    expect(summary).toHaveTextContent('Replaced: 1')
    expect(summary).toHaveTextContent('Kept as a copy: 1')
    expect(summary).toHaveTextContent('The 1 replaced assessment(s) were backed up')
    const state = assessments.store.getState().byId
    expect(state['hangzhou-2024']).toMatchObject({ answers: {}, revision: 2 })
    expect(
      Object.values(state)
        .map((a) => a.year)
        .sort(),
    ).toEqual([2022, 2024])
    const db = await openDB(databaseName)
    expect(await db.count('backups')).toBe(1)
    db.close()
  })

  it('writes nothing when the collision dialog is cancelled', async () => {
    render(<ExchangePanel />)
    const before = await stored()
    await upload(
      'a.json',
      serialiseExport(buildExport([{ ...hangzhou, answers: {} }], '1', hangzhou.updatedAt)),
    )
    const dialog = await screen.findByRole('dialog')
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await stored()).toEqual(before)
    expect(assessments.store.getState().byId['hangzhou-2024']).toEqual(hangzhou)
  })
})

describe('ExchangePanel: export all and the reminder', () => {
  it('reminds when nothing was ever exported, downloads one JSON file, then stops reminding', async () => {
    const downloads = captureDownloads()
    render(<ExchangePanel />)
    expect(screen.getByText(/No backup has been made yet/)).toBeVisible()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export all (JSON)' }))
    // The export code is fetched on the click, so the file arrives a moment later.
    await waitFor(() => expect(downloads).toHaveLength(1))
    expect(downloads[0]?.name).toMatch(/^smart-city-assessments-\d{4}-\d{2}-\d{2}\.json$/)
    const file = JSON.parse(await readBlob(downloads[0]?.blob ?? new Blob())) as unknown
    expect(file).toMatchObject({
      format: 'smartcity-assessment-export',
      schemaVersion: 3,
      assessments: [hangzhou],
      sets: [],
    })
    expect(await screen.findByText(/1 assessment\(s\) exported/)).toBeVisible()
    expect(screen.queryByText(/No backup has been made yet/)).toBeNull()
    expect(localStorage.getItem('scm.lastExport')).not.toBeNull()
  })

  it('reminds again after 30 days', () => {
    localStorage.setItem('scm.lastExport', '2020-01-01T00:00:00.000Z')
    render(<ExchangePanel />)
    expect(screen.getByText(/more than 30 days old/)).toBeVisible()
  })
})

describe('AssessmentExportButtons', () => {
  // The export code is fetched with import() on first use: load it once here, so that the wait
  // below is for the exports, not for a first import that takes seconds on a busy machine.
  beforeAll(async () => {
    await Promise.all([import('./exportFiles'), import('./xlsxExport')])
  })

  it('exports JSON (importable), CSV (BOM, translated headers, neutralised formulas) and XLSX on demand', async () => {
    const withFormula = {
      ...hangzhou,
      answers: { 'SC-001': { value: { type: 'kpi' as const, value: 80 }, note: '=1+1' } },
    }
    assessments.store.setState({ byId: { [hangzhou.id]: withFormula } })
    const downloads = captureDownloads()
    render(<AssessmentExportButtons id={hangzhou.id} />)
    const user = userEvent.setup()
    await user.click(
      screen.getByRole('button', { name: 'Export 杭州市 2024 as JSON (for import)' }),
    )
    await user.click(
      screen.getByRole('button', { name: 'Export 杭州市 2024 as CSV (spreadsheet)' }),
    )
    await user.click(screen.getByRole('button', { name: 'Export 杭州市 2024 as XLSX (Excel)' }))
    await waitFor(() => expect(downloads).toHaveLength(3))
    // Each export runs on its own once the code has arrived, so they may finish in any order.
    const file = (extension: string) =>
      downloads.find((d) => d.name === `杭州市-2024-smart-city-assessment.${extension}`)?.blob ??
      new Blob()
    expect(downloads.map((d) => d.name).sort()).toEqual([
      '杭州市-2024-smart-city-assessment.csv',
      '杭州市-2024-smart-city-assessment.json',
      '杭州市-2024-smart-city-assessment.xlsx',
    ])
    const json = JSON.parse(await readBlob(file('json'))) as { assessments: unknown[] }
    expect(json.assessments).toEqual([withFormula])
    const csv = await readBlob(file('csv'))
    expect(csv.startsWith('\uFEFFIndicator id,Dimension,Indicator,Answer')).toBe(true)
    expect(csv).toContain(",'=1+1,")
    expect(file('xlsx').type).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
  }, 15_000)
})
