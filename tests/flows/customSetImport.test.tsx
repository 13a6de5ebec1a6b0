import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { isKnownSet } from '../../src/content/defaultIndicatorSet'
import { assessmentActions, assessments } from '../../src/store/appStore'
import { districtSet, districtSetText } from '../utils/districtSet'
import { renderApp } from '../utils/renderApp'

/**
 * Bringing a set into the app, in jsdom over the app's real store and (fake) IndexedDB: an export
 * that carries the set offers it and stores it with its assessment; the set file itself is then
 * "already kept"; a file with the same id and version but other content, and a broken file, are
 * refused with their reasons. The browser journey (tests/e2e/customSet.e2e.test.ts) does the same
 * end to end; this is the fast check of the wording and the order of events.
 */
const set = districtSet()
const ref = { setId: set.meta.setId, version: set.meta.version }
const exportV2 = readFileSync(resolve(import.meta.dirname, '../fixtures/exports/v2.json'), 'utf8')
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' })

beforeAll(async () => {
  await assessmentActions.hydrate()
})
afterEach(async () => {
  await act(() => i18next.changeLanguage('en'))
})

describe('bringing a district’s own indicator set', () => {
  it('an export that carries the set asks first, then stores the set with the assessment', async () => {
    expect(isKnownSet(ref)).toBe(false)
    const { user, unmount } = renderApp('/')
    await userEvent
      .setup({ applyAccept: false })
      .upload(screen.getByLabelText('JSON file to import'), file('district.json', exportV2))
    const dialog = await screen.findByRole('dialog', { name: 'This file brings indicator sets' })
    expect(dialog).toHaveTextContent(
      'Example District digital-government assessment set (trial) (“example-district-gov”, version 1.1.0, 12 indicators)',
    )
    expect(isKnownSet(ref)).toBe(false)
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    await screen.findByText('Import finished')
    expect(isKnownSet(ref)).toBe(true)
    expect(assessments.store.getState().customSets).toEqual([ref])
    expect(
      assessments.store.getState().byId['fixture-example-district-2026']?.indicatorSet,
    ).toEqual(ref)
    unmount()
  })

  it('the same set file is then already kept and chosen; other content under its version is refused', async () => {
    const { user } = renderApp('/new')
    const input = await screen.findByLabelText('Import an indicator set file…')
    await user.upload(input, file('district.set.json', districtSetText))
    expect(
      await screen.findByText(/was already kept in this browser; it is chosen below/),
    ).toBeVisible()
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Indicator set and version' })).toHaveValue(
        'example-district-gov@1.1.0',
      ),
    )
    const changed = JSON.parse(districtSetText) as { meta: { name: { en: string } } }
    changed.meta.name.en = 'A different set under the same version'
    await user.upload(input, file('changed.set.json', JSON.stringify(changed)))
    expect(
      await screen.findByText(
        /“changed\.set\.json” was not imported: a set example-district-gov@1\.1\.0 with other content is already kept/,
      ),
    ).toBeVisible()
  })

  it('a broken set file is refused with every problem, in the user’s language', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    const { user } = renderApp('/new')
    const broken = JSON.parse(districtSetText) as {
      meta: { setId: string }
      indicators: { id: string }[]
    }
    broken.meta.setId = 'scm-default'
    const [first, second] = broken.indicators
    if (first === undefined || second === undefined) throw new Error('the fixture has indicators')
    second.id = first.id
    await user.upload(
      await screen.findByLabelText('导入指标集文件…'),
      file('broken.set.json', JSON.stringify(broken)),
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('未导入“broken.set.json”：它不是有效的指标集文件')
    expect(within(alert).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2)
    expect(alert).toHaveTextContent('scm-default')
  })
})
