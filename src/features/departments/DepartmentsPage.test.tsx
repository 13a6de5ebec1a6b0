import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import fixture from '../../../tests/fixtures/hangzhou-2024.assessment.json'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { AssessmentSchema, type Assessment } from '../../domain/assessment/assessment'
import { must } from '../../domain/testing/must'
import { routes } from '../../routes/routes'
import { assessments } from '../../store/appStore'
import { DepartmentsPage } from './DepartmentsPage'

const hangzhou: Assessment = AssessmentSchema.parse(fixture)
const transport = { id: 'd-transport', name: '市交通运输局', contact: '张三' }
const health = { id: 'd-health', name: '市卫生健康委' }
const stored = () => must(assessments.store.getState().byId[hangzhou.id], 'the assessment')

const renderPage = (changes: Partial<Assessment>) => {
  seedStore('ready', { ...hangzhou, ...changes })
  const location = memoryLocation({ path: routes.departments.href(hangzhou.id) })
  render(
    <Router hook={location.hook}>
      <DepartmentsPage id={hangzhou.id} />
    </Router>,
  )
  return userEvent.setup()
}

afterEach(resetStore)

describe('DepartmentsPage', () => {
  it('renames a department and clears its contact', async () => {
    const user = renderPage({ departments: [transport, health] })
    await user.click(await screen.findByRole('button', { name: 'Edit 市交通运输局' }))
    const form = must(
      screen.getByRole('heading', { name: 'Edit 市交通运输局' }).nextElementSibling,
      'the edit form',
    ) as HTMLElement
    const name = within(form).getByRole('textbox', { name: /^Name/ })
    await user.clear(name)
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(within(form).getByText('Enter the department’s name.')).toBeVisible()
    await user.type(name, '市交通局')
    await user.clear(within(form).getByRole('textbox', { name: 'Contact (optional)' }))
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('heading', { level: 3, name: '市交通局' })).toBeVisible()
    expect(stored().departments).toEqual([{ id: 'd-transport', name: '市交通局' }, health])
  })

  it('removes a department after asking, which unassigns its indicators', async () => {
    const user = renderPage({
      departments: [transport, health],
      assignments: { 'SC-001': 'd-transport', 'SC-002': 'd-health' },
    })
    await user.click(await screen.findByRole('button', { name: 'Remove 市交通运输局' }))
    expect(
      screen.getByText(
        'Remove 市交通运输局? Its indicators become unassigned; the packages already sent stay on record.',
      ),
    ).toBeVisible()
    expect(stored().departments).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Remove the department' }))
    expect(stored().departments).toEqual([health])
    expect(stored().assignments).toEqual({ 'SC-002': 'd-health' })
    expect(screen.queryByRole('heading', { name: '市交通运输局' })).toBeNull()
  })

  it('marks an overdue department and says a package cannot go out with nothing assigned', async () => {
    const user = renderPage({
      departments: [transport, health],
      assignments: { 'SC-001': 'd-transport' },
      packages: [
        {
          packageId: 'pkg-00000001',
          departmentId: 'd-transport',
          createdAt: '2020-01-02T08:00:00.000Z',
          dueDate: '2020-01-31',
          indicatorIds: ['SC-001'],
          base: {},
        },
      ],
    })
    const board = await screen.findByRole('table', { name: 'Status of each department' })
    const row = within(board).getByRole('row', { name: /市交通运输局/ })
    expect(within(row).getByText('Overdue')).toBeVisible()
    expect(within(row).getByText('Not yet')).toBeVisible()
    await user.click(within(board).getByRole('button', { name: 'Export package… 市卫生健康委' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Assign at least one indicator to 市卫生健康委 before exporting its package.',
    )
  })
})
