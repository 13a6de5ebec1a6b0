import { act, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { defaultIndicatorSet } from '../../src/content/defaultIndicatorSet'
import { buildExport, serialiseExport } from '../../src/domain/exchange/exportFile'
import { routes } from '../../src/routes/routes'
import { assessmentActions, assessments } from '../../src/store/appStore'
import { departmentReturn } from '../utils/departmentReturn'
import { renderApp } from '../utils/renderApp'

/**
 * Merging a department's return, in jsdom over the app's real store and (fake) IndexedDB: bad
 * files are refused with their reasons and change nothing; a good one is planned answer by answer
 * (new, different, conflict), the conflict starts as "keep", the coordinator accepts it, merges,
 * and undoes. An imported assessment of the same city and year is merged through the same screen.
 * The browser journey (tests/e2e/mergeReturn.e2e.test.ts) checks results and print.
 */
const { assessment, text, file, indicators, yes, no } = departmentReturn(defaultIndicatorSet())
const [fresh, differing, conflicting] = indicators
const json = (name: string, content: string) =>
  new File([content], name, { type: 'application/json' })
const stored = () => assessments.store.getState().byId[assessment.id]

beforeAll(async () => {
  await assessmentActions.hydrate()
  const seeded = await assessmentActions.importAssessments([assessment], new Map())
  if (!seeded.ok) throw new Error(seeded.reason)
})
afterEach(async () => {
  await act(() => i18next.changeLanguage('en'))
})

describe('merging a department’s return', () => {
  it('refuses a file that is not a return, or not for this assessment, and changes nothing', async () => {
    const before = stored()
    const { user, unmount } = renderApp(routes.merge.href(assessment.id))
    const input = await screen.findByLabelText(
      'Department return file (JSON, or ZIP with attached files)',
    )
    await user.upload(
      input,
      json(
        'other-year.json',
        JSON.stringify({
          ...file,
          assessment: { ...file.assessment, year: 2025 },
        }),
      ),
    )
    expect(
      await screen.findByText(
        'other-year.json was not merged, and nothing changed: it answers the year 2025, not this assessment’s year.',
      ),
    ).toBeVisible()
    await user.upload(
      input,
      json('package.json', JSON.stringify({ ...file, format: 'smartcity-department-package' })),
    )
    expect(
      await screen.findByText(
        /package\.json was not merged, and nothing changed: it is a department package/,
      ),
    ).toBeVisible()
    await user.upload(
      input,
      json('unknown.json', JSON.stringify({ ...file, packageId: 'pkg-unknown-0001' })),
    )
    expect(await screen.findByText(/it answers a package this assessment never sent/)).toBeVisible()
    expect(stored()).toEqual(before)
    unmount()
  })

  it('plans each answer, merges the accepted ones with their provenance, and undoes', async () => {
    const before = stored()
    const { user } = renderApp(routes.merge.href(assessment.id))
    await user.upload(
      await screen.findByLabelText('Department return file (JSON, or ZIP with attached files)'),
      json('return.json', text),
    )
    expect(
      await screen.findByText(/Return from Transport Bureau 交通运输局, filled in by Li Ming 李明/),
    ).toBeVisible()
    expect(screen.getByText('1 new, 1 different, 1 in conflict, 0 the same as now.')).toBeVisible()
    const entry = (id: string) => {
      const heading = screen.getByRole('heading', { name: new RegExp(`^${id} `) })
      const section = heading.closest('section')
      if (section === null) throw new Error(`no entry for ${id}`)
      return within(section)
    }
    expect(entry(fresh.id).getByText('New')).toBeVisible()
    expect(entry(fresh.id).getByText('Note: Opened in 2025')).toBeVisible()
    expect(entry(differing.id).getByText('Different')).toBeVisible()
    expect(entry(conflicting.id).getByText('Conflict')).toBeVisible()
    expect(entry(fresh.id).getByRole('radio', { name: 'Accept the returned answer' })).toBeChecked()
    expect(
      entry(differing.id).getByRole('radio', { name: 'Accept the returned answer' }),
    ).toBeChecked()
    // A conflict is the coordinator's call: it starts as "keep".
    expect(entry(conflicting.id).getByRole('radio', { name: 'Keep the answer here' })).toBeChecked()
    await user.click(entry(differing.id).getByRole('radio', { name: 'Keep the answer here' }))
    await user.click(screen.getByRole('button', { name: 'Accept all that are not conflicts' }))
    expect(
      entry(differing.id).getByRole('radio', { name: 'Accept the returned answer' }),
    ).toBeChecked()
    expect(entry(conflicting.id).getByRole('radio', { name: 'Keep the answer here' })).toBeChecked()
    await user.click(
      entry(conflicting.id).getByRole('radio', { name: 'Accept the returned answer' }),
    )
    expect(stored()).toEqual(before)
    await user.click(screen.getByRole('button', { name: 'Merge' }))
    expect(
      await screen.findByText(
        'Merged. Returned answers accepted: 3; answers kept as they were: 0.',
      ),
    ).toBeVisible()
    const merged = stored()
    expect(merged?.answers[fresh.id]).toMatchObject({ ...yes, note: 'Opened in 2025' })
    expect(merged?.answers[differing.id]).toMatchObject(no)
    expect(merged?.answers[conflicting.id]).toMatchObject(yes)
    expect(merged?.answers[fresh.id]?.merged).toMatchObject({
      department: 'Transport Bureau 交通运输局',
      person: 'Li Ming 李明',
      packageId: 'pkg-transport-0001',
    })
    expect(merged?.packages?.[0]?.returns).toHaveLength(1)
    expect(assessments.store.getState().backupCount).toBeGreaterThan(0)

    await user.click(screen.getByRole('button', { name: 'Undo the merge' }))
    expect(await screen.findByText(/The merge is undone/)).toBeVisible()
    expect({ ...stored(), revision: before?.revision }).toEqual(before)
  })

  it('speaks Chinese too', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    const { user } = renderApp(routes.merge.href(assessment.id))
    await user.upload(
      await screen.findByLabelText('部门答复文件（JSON，或含附件的 ZIP）'),
      json('return.json', text),
    )
    expect(
      await screen.findByText('新增 1 项，不同 1 项，冲突 1 项，与当前相同 0 项。'),
    ).toBeVisible()
    expect(screen.getByRole('button', { name: '接受所有非冲突项' })).toBeVisible()
  })

  it('merges an imported assessment of the same city and year answer by answer', async () => {
    const before = stored()
    if (before === undefined) throw new Error('not seeded')
    const incoming = {
      ...before,
      id: 'merge-hangzhou-2026-elsewhere',
      answers: { ...before.answers, [fresh.id]: no, [conflicting.id]: yes },
      updatedAt: '2026-02-01T08:00:00.000Z',
    }
    const exported = serialiseExport(buildExport([incoming], 'test', '2026-02-01T09:00:00.000Z'))
    const { user, location } = renderApp('/')
    await user.upload(
      await screen.findByLabelText('JSON file to import'),
      json('other.json', exported),
    )
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('radio', { name: /^Merge answer by answer/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    expect(await screen.findByText(/Answers of the imported assessment 杭州市 2026/)).toBeVisible()
    expect(location.history?.at(-1)).toBe(routes.merge.href(assessment.id))
    expect(screen.getByText('1 new, 0 different, 1 in conflict, 1 the same as now.')).toBeVisible()
    // Nothing was imported: the merge takes the answers.
    expect(assessments.store.getState().byId[incoming.id]).toBeUndefined()
    expect(stored()).toEqual(before)
    await user.click(screen.getByRole('button', { name: 'Merge' }))
    expect(
      await screen.findByText(
        'Merged. Returned answers accepted: 1; answers kept as they were: 1.',
      ),
    ).toBeVisible()
    expect(stored()?.answers[fresh.id]).toEqual(no)
    // Differing answers of an imported assessment are conflicts: kept unless accepted.
    expect(stored()?.answers[conflicting.id]).toEqual(no)
  })
})
