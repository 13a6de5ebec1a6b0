/**
 * The coordinator's side of departments (jsdom): add a department, assign it a whole section, and
 * export its package; the downloaded file reads back as a package of exactly that section's
 * indicators with the assessment's answers to them. A second export replaces the first.
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { builtInSetIds } from '../../src/content/defaultIndicatorSet'
import { AssessmentSchema, type Assessment } from '../../src/domain/assessment/assessment'
import { readPackageBytes } from '../../src/domain/departments/readDepartmentFile'
import { must } from '../../src/domain/testing/must'
import { DepartmentsPage } from '../../src/features/departments/DepartmentsPage'
import { routes } from '../../src/routes/routes'
import { assessments } from '../../src/store/appStore'
import fixture from '../fixtures/hangzhou-2024.assessment.json'
import { blobBytes, captureDownloads } from '../utils/downloads'
import { fixtureSet } from '../utils/fixtureSet'
import { resetStore, seedStore } from '../utils/seedStore'

const set = fixtureSet()
const hangzhou: Assessment = AssessmentSchema.parse(fixture)
const firstDimension = must(set.meta.dimensions[0], 'a first dimension')
const sectionIds = set.indicators
  .filter((i) => i.dimension === firstDimension.id)
  .filter((i) => i.applicability === 'all' || hangzhou.cityLevel === 'prefecture-and-above')
  .map((i) => i.id)
const stored = () => must(assessments.store.getState().byId[hangzhou.id], 'the assessment')

afterEach(() => {
  resetStore()
  vi.restoreAllMocks()
})

const renderPage = () => {
  seedStore('ready', hangzhou)
  const location = memoryLocation({ path: routes.departments.href(hangzhou.id) })
  render(
    <Router hook={location.hook}>
      <DepartmentsPage id={hangzhou.id} />
    </Router>,
  )
  return userEvent.setup()
}

describe('departments: add, assign, export a package', () => {
  it('exports a package of the assigned section with its current answers', async () => {
    const downloads = captureDownloads()
    const user = renderPage()
    await screen.findByRole('heading', { level: 1, name: 'Departments' })

    await user.click(screen.getByRole('button', { name: 'Add the department' }))
    expect(await screen.findByText('Enter the department’s name.')).toBeVisible()
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), '市交通运输局')
    await user.type(screen.getByRole('textbox', { name: 'Contact (optional)' }), '张三')
    await user.click(screen.getByRole('button', { name: 'Add the department' }))
    expect(await screen.findByRole('heading', { level: 3, name: '市交通运输局' })).toBeVisible()
    expect(stored().departments).toEqual([
      {
        id: expect.stringMatching(/^d-[a-z0-9]{8}$/) as unknown,
        name: '市交通运输局',
        contact: '张三',
      },
    ])

    const section = screen.getByRole('region', { name: firstDimension.name.en })
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Assign the whole section to' }),
      '市交通运输局',
    )
    expect(
      within(section).getByText(`${sectionIds.length} of ${sectionIds.length} assigned`),
    ).toBeVisible()
    expect(screen.getByText(`Indicators assigned: ${sectionIds.length}`)).toBeVisible()

    const board = screen.getByRole('table', { name: 'Status of each department' })
    const row = within(board).getByRole('row', { name: /市交通运输局/ })
    expect(within(row).getByText('Not sent')).toBeVisible()
    await user.click(within(row).getByRole('button', { name: 'Export package… 市交通运输局' }))
    await user.type(screen.getByLabelText('Due date (optional)'), '2026-12-20')
    await user.type(
      screen.getByRole('textbox', { name: 'Note to the department (optional)' }),
      '请月底前填报',
    )
    await user.click(screen.getByRole('button', { name: 'Export the package' }))

    await waitFor(() => expect(downloads).toHaveLength(1))
    const download = must(downloads[0], 'the download')
    expect(download.name).toMatch(/^杭州市-2024-市交通运输局-package-\d{4}-\d{2}-\d{2}\.json$/)
    const read = readPackageBytes(new Uint8Array(await blobBytes(download.blob)), builtInSetIds)
    if (!read.ok) throw new Error(`package refused: ${read.problem.kind}`)
    expect(read.file.indicatorIds).toEqual(sectionIds)
    expect(read.file.department.name).toBe('市交通运输局')
    expect(read.file.dueDate).toBe('2026-12-20')
    expect(read.file.note).toBe('请月底前填报')
    expect(read.file.assessment).toMatchObject({ id: hangzhou.id, city: '杭州市', year: 2024 })
    const expected = Object.fromEntries(
      sectionIds.flatMap((id) =>
        hangzhou.answers[id] === undefined ? [] : [[id, hangzhou.answers[id]]],
      ),
    )
    expect(Object.keys(expected).length).toBeGreaterThan(0)
    expect(read.file.answers).toEqual(expected)
    expect(read.file.set).toBeUndefined()

    const packages = must(stored().packages, 'the packages sent')
    expect(packages.map((p) => p.packageId)).toEqual([read.file.packageId])
    expect(await screen.findByText(`Package saved: ${download.name}`)).toBeVisible()
    expect(within(row).queryByText('Not sent')).toBeNull()
    // Exporting again replaces the package, and says so.
    expect(screen.getByText(/The new package replaces the package of/)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Export the package' }))
    await waitFor(() => expect(downloads).toHaveLength(2))
    expect(stored().packages).toHaveLength(2)
    expect(within(row).getByText('replaces 1 earlier')).toBeVisible()
  })
})
