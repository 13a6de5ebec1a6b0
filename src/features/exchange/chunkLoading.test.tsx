import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildExport, serialiseExport } from '../../domain/exchange/exportFile'
import { testAssessment } from '../../domain/testing/testAssessment'
import { assessmentActions, assessments } from '../../store/appStore'
import { AssessmentExportButtons } from './AssessmentExportButtons'
import { ExchangePanel } from './ExchangePanel'

/**
 * The import and export code is fetched on the first click. These tests stand in for a fetch that
 * is slow and then fails (offline before the service worker cached the app): the UI must say it
 * is busy, then say what went wrong, write nothing, and keep the chosen file for "Try again".
 */

const hangzhou = testAssessment({ id: 'hangzhou-2024', revision: 1 })
const ningbo = testAssessment({ id: 'ningbo-2024', city: '宁波市' })
const fetchError = 'Failed to fetch dynamically imported module: /assets/chunk.js'

/** Makes the next `import()` of `path` wait for `release()`, then fail like a lost connection. */
const failingChunk = (path: string) => {
  let release: () => void = () => undefined
  const gate = new Promise<undefined>((resolve) => {
    release = () => resolve(undefined)
  })
  vi.doMock(path, async () => {
    await gate
    throw new TypeError(fetchError)
  })
  return { release }
}

beforeAll(async () => {
  await assessmentActions.hydrate()
})

beforeEach(() => {
  assessments.store.setState({ byId: { [hangzhou.id]: hangzhou }, save: {} })
})

afterEach(() => {
  vi.doUnmock('./ImportSession')
  vi.doUnmock('./exportFiles')
})

describe('import code fetched when a file is chosen', () => {
  it('shows "Checking…", then a translated error, writes nothing, and retries with the same file', async () => {
    const chunk = failingChunk('./ImportSession')
    render(<ExchangePanel />)
    const user = userEvent.setup({ applyAccept: false })
    const file = new File(
      [serialiseExport(buildExport([ningbo], '1', hangzhou.updatedAt))],
      'backup.json',
      { type: 'application/json' },
    )
    await user.upload(screen.getByLabelText('JSON file to import'), file)
    expect(await screen.findByText('Checking “backup.json”…')).toHaveAttribute('role', 'status')

    chunk.release()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      '“backup.json” was not imported: the part of the app that checks files could not be downloaded (no connection, or a network error).',
    )
    expect(alert).toHaveTextContent('Nothing was imported')
    expect(alert).toHaveTextContent('The file is still selected')
    expect(screen.queryByText('Checking “backup.json”…')).toBeNull()
    expect(assessments.store.getState().byId['ningbo-2024']).toBeUndefined()

    // Back online: "Try again" imports the file chosen before, without the file picker.
    vi.doUnmock('./ImportSession')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    const summary = (await screen.findByText('Import finished')).closest('[role="status"]')
    expect(summary).toHaveTextContent('Added: 1')
    expect(assessments.store.getState().byId['ningbo-2024']).toEqual(ningbo)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('export code fetched on the first export click', () => {
  it('says "Preparing…", then that the file could not be created, and records no backup', async () => {
    const chunk = failingChunk('./exportFiles')
    render(<ExchangePanel />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export all (JSON)' }))
    expect(await screen.findByText('Preparing the file…')).toHaveAttribute('role', 'status')

    chunk.release()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file could not be created: part of the app could not be downloaded (no connection, or a network error). Check the connection and try again.',
    )
    expect(screen.queryByText('Preparing the file…')).toBeNull()
    expect(localStorage.getItem('scm.lastExport')).toBeNull()
    expect(screen.getByText(/No backup has been made yet/)).toBeVisible()
  })

  it('reports the failure once per row, in the interface language', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    const chunk = failingChunk('./exportFiles')
    render(<AssessmentExportButtons id={hangzhou.id} />)
    const user = userEvent.setup()
    await user.click(
      screen.getByRole('button', { name: '将 杭州市 2024 导出为 JSON（可重新导入）' }),
    )
    await user.click(screen.getByRole('button', { name: '将 杭州市 2024 导出为 XLSX（Excel）' }))
    expect(screen.getByText('正在生成文件…')).toHaveAttribute('role', 'status')
    expect(screen.getByText('正在生成 Excel 文件…')).toHaveAttribute('role', 'status')

    chunk.release()
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.getByRole('alert')).toHaveTextContent(
      '无法生成文件：未能下载所需的应用组件（未联网或网络出错）。请检查网络后重试。',
    )
  })
})
