import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { isKnownSet } from '../../src/content/defaultIndicatorSet'
import { sha256OfText } from '../../src/content/setSha256'
import { buildPackage, serialisePackage } from '../../src/domain/departments/packageFile'
import { serialiseSetFile } from '../../src/domain/indicators/setFile'
import { testAssessment } from '../../src/domain/testing/testAssessment'
import { readReturnBytes } from '../../src/domain/departments/readDepartmentFile'
import { must } from '../../src/domain/testing/must'
import { getResponse } from '../../src/storage/responseStorage'
import { assessmentActions, assessments } from '../../src/store/appStore'
import { transportPackage } from '../utils/departmentPackage'
import { blobBytes, captureDownloads } from '../utils/downloads'
import { districtSet } from '../utils/districtSet'
import { renderApp } from '../utils/renderApp'

/**
 * A department's side in jsdom over the app's real store and (fake) IndexedDB: open a package,
 * answer from the keyboard, come back (a reload: the page is mounted anew from storage), return
 * the answers; a file of another kind is refused with its reason and stores nothing. The browser
 * journey (tests/e2e/departmentWorkspace.e2e.test.ts) does the same in Chromium.
 */
const pkg = transportPackage()
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' })
const exportV3 = readFileSync(resolve(import.meta.dirname, '../fixtures/exports/v3.json'), 'utf8')
const upload = (input: HTMLElement, chosen: File) =>
  userEvent.setup({ applyAccept: false }).upload(input, chosen)
const card = (id: string) => screen.getByRole('article', { name: new RegExp(`^${id} `) })

beforeAll(async () => {
  await assessmentActions.hydrate()
})
afterEach(async () => {
  vi.restoreAllMocks()
  await act(() => i18next.changeLanguage('en'))
})

describe('a department answers its package', () => {
  // A whole journey (some forty user actions over two mounts of the app): about 3 s alone, twice
  // that on a machine busy with the other test files, so it gets the time such a journey takes.
  it('opens the package, autosaves keyboard answers, keeps them across a reload and returns them', async () => {
    const downloads = captureDownloads()
    const { user, unmount, location } = renderApp('/')
    await user.click(await screen.findByRole('link', { name: /Answering for a department/ }))
    await upload(await screen.findByLabelText('Department package file'), file('p.json', pkg.text))
    expect(await screen.findByText('Department response — not an assessment')).toBeVisible()
    expect(location.history?.at(-1)).toBe('/department/pkg-transport-01')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Department response: 交通运输局, 杭州市 2025',
    )
    expect(screen.getByText('Please use the 2024 annual figures.')).toBeVisible()
    expect(screen.getByText('Due March 31, 2025')).toBeVisible()
    // Only the assigned indicators, grouped by section; no way to results or print.
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual([
      'indicator-SC-002',
      'indicator-SC-003',
      'indicator-SC-014',
    ])
    expect(screen.queryByRole('link', { name: /Results|Print/ })).toBeNull()
    expect(document.title).toMatch(/^Department response: 交通运输局/)

    const [numerator] = within(card('SC-002')).getAllByRole('textbox')
    await user.click(numerator as HTMLElement)
    await user.keyboard('45')
    await user.tab()
    await user.keyboard('50')
    await user.click(within(card('SC-003')).getByRole('checkbox', { name: /does not apply/ }))
    await user.tab()
    await user.keyboard('No unified entry yet')
    expect(await screen.findByText(/^Saved at/)).toBeVisible()
    await waitFor(async () => {
      const stored = await getResponse('pkg-transport-01')
      expect(stored.ok && stored.record?.answers['SC-003']?.answer).toEqual({
        notApplicable: { reason: 'No unified entry yet' },
      })
    })
    expect(
      screen.getByText('2 answered, 1 not applicable, 0 still open, of 3 indicators.'),
    ).toBeVisible()
    // The carried answer is shown and counted, but returned only when the department changes it.
    expect(within(card('SC-014')).getByRole('textbox', { name: /Value/ })).toHaveValue('75')

    await user.click(screen.getByRole('button', { name: 'Return to the coordinator' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter your name and department under “Who is answering” before returning.',
    )
    expect(screen.getByLabelText('Your name')).toHaveFocus()
    expect(downloads).toEqual([])
    unmount()

    // A reload: everything comes back from storage.
    const again = renderApp('/department/pkg-transport-01')
    await screen.findByText('Department response — not an assessment')
    const [n2, d2] = within(card('SC-002')).getAllByRole('textbox')
    expect(n2).toHaveValue('45')
    expect(d2).toHaveValue('50')
    expect(within(card('SC-003')).getByRole('checkbox', { name: /does not apply/ })).toBeChecked()
    expect(screen.getByLabelText('Your department')).toHaveValue('交通运输局')
    await again.user.type(screen.getByLabelText('Your name'), '王伟')
    await again.user.click(screen.getByRole('button', { name: 'Return to the coordinator' }))
    await screen.findByText(/^Downloaded “/)
    expect(downloads.map((d) => d.name)).toEqual([
      expect.stringMatching(/^杭州市-2025-交通运输局-return-\d{4}-\d{2}-\d{2}\.json$/),
    ])
    const read = readReturnBytes(new Uint8Array(await blobBytes(must(downloads[0]).blob)))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.file.packageId).toBe('pkg-transport-01')
    expect(read.file.respondent).toEqual({ name: '王伟', department: '交通运输局' })
    expect(Object.keys(read.file.answers).sort()).toEqual(['SC-002', 'SC-003'])
    expect(read.file.answers['SC-003']?.answer).toEqual({
      notApplicable: { reason: 'No unified entry yet' },
    })
    expect(read.file.answers['SC-002']?.answeredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    await waitFor(async () => {
      const stored = await getResponse('pkg-transport-01')
      expect(stored.ok && stored.record?.lastReturnedAt).toBe(read.file.returnedAt)
    })
    again.unmount()
  }, 15_000)

  it('lists the package; opening it again goes to it and keeps the department’s work', async () => {
    const { user } = renderApp('/department')
    const item = await screen.findByRole('listitem', { name: /交通运输局/ })
    expect(item).toHaveTextContent('3 of 3')
    expect(item).toHaveTextContent('March 31, 2025')
    await upload(screen.getByLabelText('Department package file'), file('p.json', pkg.text))
    await screen.findByText('Department response — not an assessment')
    const [numerator] = within(card('SC-002')).getAllByRole('textbox')
    expect(numerator).toHaveValue('45')
    await user.click(screen.getByRole('link', { name: 'All packages in this browser' }))
    await user.click(await screen.findByRole('button', { name: /^Remove: 交通运输局/ }))
    await user.click(screen.getByRole('button', { name: 'Remove' }))
    expect(await screen.findByText('This browser is not answering any package yet.')).toBeVisible()
    expect(await getResponse('pkg-transport-01')).toEqual({ ok: true, record: null })
  })

  it.each([
    [
      'en',
      'an export.json',
      exportV3,
      'this is an export of assessments, not a department package: import it on the home page.',
    ],
    [
      'zh-CN',
      'return.json',
      JSON.stringify({ format: 'smartcity-department-return', schemaVersion: 1 }),
      '这是部门交回的文件，不是任务包：由牵头部门在评估的“部门”页面合并。',
    ],
    [
      'en',
      'not json',
      '{"format":',
      'the file is not valid JSON (syntax error at line 1, column 11).',
    ],
    [
      'en',
      'newer',
      JSON.stringify({ ...pkg.file, schemaVersion: 2 }),
      'it was made by a newer version (v2); this app reads up to v1.',
    ],
    [
      'zh-CN',
      'other hash',
      JSON.stringify({
        ...pkg.file,
        assessment: {
          ...pkg.file.assessment,
          indicatorSet: { ...pkg.file.assessment.indicatorSet, sha256: 'b'.repeat(64) },
        },
      }),
      '与本应用中同名同版本的指标体系内容不同',
    ],
  ])(
    'refuses a file with its reason (%s: %s) and stores nothing',
    async (language, name, text, reason) => {
      await act(() => i18next.changeLanguage(language))
      renderApp('/department')
      await upload(
        await screen.findByLabelText(/Department package file|部门任务包文件/),
        file(name, text),
      )
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent(reason)
      expect(alert).toHaveTextContent(
        language === 'en' ? 'Nothing was stored.' : '未保存任何内容。',
      )
      expect(
        await screen.findByText(
          language === 'en'
            ? 'This browser is not answering any package yet.'
            : '本浏览器尚未填报任何任务包。',
        ),
      ).toBeVisible()
    },
  )

  it('opens a package that carries the coordinator’s own indicator set, checked by its hash', async () => {
    const set = districtSet()
    const ref = { setId: set.meta.setId, version: set.meta.version }
    const [first, second] = set.indicators
    const sha256 = await sha256OfText(serialiseSetFile(set))
    const carrying = buildPackage(
      testAssessment({ id: 'district-2026', year: 2026, indicatorSet: ref, answers: {} }),
      { id: 'health', name: 'Health bureau' },
      {
        packageId: 'pkg-district-01',
        departmentId: 'health',
        createdAt: '2026-03-01T08:00:00.000Z',
        indicatorIds: [must(first).id, must(second).id],
        base: {},
      },
      { sha256, carry: set },
      '1.0.0',
    )
    expect(isKnownSet(ref)).toBe(false)
    renderApp('/department')
    await upload(
      await screen.findByLabelText('Department package file'),
      file('district.json', serialisePackage(carrying)),
    )
    await screen.findByText('Department response — not an assessment')
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual([
      `indicator-${must(first).id}`,
      `indicator-${must(second).id}`,
    ])
    // Registered for this session only: the store's own list of kept sets is unchanged.
    expect(isKnownSet(ref)).toBe(true)
    expect(assessments.store.getState().customSets).toEqual([])
  })
})
