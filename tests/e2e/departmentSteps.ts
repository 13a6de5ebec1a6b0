import type { Page } from 'playwright-core'
import type enDepartments from '../../src/i18n/locales/en.departments.json'

type DepartmentsWords = (typeof enDepartments)['departments']

/**
 * The coordinator, on an assessment's departments page, adds a department, assigns it a whole
 * section (by the section's name as shown) and saves its package to `file`.
 */
export const sendPackage = async (
  page: Page,
  words: DepartmentsWords,
  name: string,
  sectionName: string,
  file: string,
): Promise<void> => {
  const form = page.locator('form').filter({ has: page.locator('#department-add-name') })
  await form.locator('#department-add-name').fill(name)
  await form.getByRole('button', { name: words.form.add }).click()
  await page.getByRole('heading', { level: 3, name, exact: true }).waitFor()
  await page
    .getByRole('region', { name: sectionName, exact: true })
    .getByRole('combobox', { name: words.assign.wholeSection })
    .selectOption({ label: name })
  const board = page.getByRole('table', { name: words.status.caption })
  await board.getByRole('button', { name: `${words.package.export} ${name}` }).click()
  await page.getByLabel(words.package.dueDate).fill('2026-12-20')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: words.package.create, exact: true }).click(),
  ])
  await download.saveAs(file)
}
